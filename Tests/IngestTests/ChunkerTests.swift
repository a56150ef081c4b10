import Testing
@testable import Ingest

@Suite struct ChunkerTests {
    @Test func keepsHeadingPathsAndNeverSplitsRowsOrItems() {
        let rows = (1...30).map { Block(.tableRow, "Market: M\($0) · Return window: \($0) days · Return shipping: free prepaid label from your account") }
        let sections = [
            Section(headingPath: ["Returns"], blocks: [Block(.paragraph, "You can return items within 30 days.")]),
            Section(headingPath: ["Returns", "By market"], blocks: rows),
            Section(headingPath: ["Returns", "Not returnable"], blocks: [Block(.listItem, "Opened hygiene items"), Block(.listItem, "earplugs", depth: 1)]),
        ]
        let chunks = Chunker(budget: 60).chunks(sections: sections, faq: [], language: "en")
        #expect(chunks.first?.headingPath == ["Returns"])
        let tableChunks = chunks.filter { $0.kind == .table }
        #expect(tableChunks.count > 1, "30 rows do not fit one chunk of 60 tokens")
        // Every row is whole in exactly one chunk, and every table chunk's rows carry their headers.
        for row in rows { #expect(tableChunks.filter { $0.text.contains(row.text) }.count == 1) }
        for c in tableChunks { #expect(c.headingPath == ["Returns", "By market"]); #expect(c.text.hasPrefix("Market: ")) }
        #expect(chunks.last?.text == "- Opened hygiene items\n  - earplugs")
        #expect(chunks.map(\.ordinal) == Array(0..<chunks.count))
    }

    @Test func cutsLongParagraphsBetweenSentencesOnly() {
        let sentences = (1...12).map { "Sentence number \($0) explains one more rule about refunds and their timing." }
        let chunks = Chunker(budget: 40).chunks(sections: [Section(headingPath: ["Refunds"], blocks: [Block(.paragraph, sentences.joined(separator: " "))])],
                                                faq: [], language: "en")
        #expect(chunks.count > 2)
        let rejoined = chunks.map(\.text).joined(separator: " ")
        for s in sentences { #expect(rejoined.contains(s), "a sentence was split: \(s)") }
    }

    @Test func oneFAQPairIsOneChunkAndIsNotRepeated() {
        let faq = [FAQPair(question: "Can I exchange an item?", answer: "No: return it and order again.", origin: .details, headingPath: ["FAQ"])]
        let sections = [Section(headingPath: ["FAQ"], blocks: [Block(.paragraph, "Can I exchange an item?"), Block(.paragraph, "No: return it and order again."),
                                                                Block(.paragraph, "Other text.")])]
        let chunks = Chunker().chunks(sections: sections, faq: faq, language: "en")
        #expect(chunks.count == 2)
        #expect(chunks[0].kind == .faq && chunks[0].question == "Can I exchange an item?")
        #expect(chunks[1].text == "Other text.")
    }

    @Test func cjkBudgetCountsCharacters() {
        let text = String(repeating: "退货到达后七个工作日内退款。", count: 30)
        let chunks = Chunker(budget: 100).chunks(sections: [Section(headingPath: ["退款"], blocks: [Block(.paragraph, text)])], faq: [], language: "zh")
        #expect(chunks.count >= 4)
        #expect(chunks.allSatisfy { $0.text.hasSuffix("。") })
    }
}

/// The chunker's comparison form keeps Han, kana and Hangul letters without asking their properties:
/// the general rule (no space, no punctuation, lower-cased) must keep each of them as it is.
@Suite struct ChunkerComparableTests {
    @Test func caselessLettersAreKeptAsTheGeneralRuleKeepsThem() {
        for range in Chunker.caselessLetters {
            for v in range {
                guard let u = Unicode.Scalar(v) else { continue }
                let p = u.properties
                #expect(!p.isWhitespace, "U+\(String(v, radix: 16))")
                #expect(![.connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
                           .finalPunctuation, .otherPunctuation].contains(p.generalCategory), "U+\(String(v, radix: 16))")
                #expect(p.lowercaseMapping.unicodeScalars.elementsEqual([u]), "U+\(String(v, radix: 16))")
            }
        }
        #expect(Chunker.comparable("返品・交換について、Ｑ＆Ａ！환불 정책") == "返品交換についてｑａ환불정책")
    }
}
