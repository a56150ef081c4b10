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

/// `Chunker.comparable` works on UTF-8 bytes; it must give what the rule says scalar by scalar
/// (the implementation it replaced, kept here as the reference: ASCII keeps letters and digits only, a
/// wider character goes by its properties; the caseless shortcut is checked by the suite above) for every character.
@Suite struct ChunkerComparableBytesTests {
    static func reference(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            if u.isASCII {
                let v = u.value
                if (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) { out.append(u) }
                else if (0x41...0x5A).contains(v) { out.append(Unicode.Scalar(v + 0x20)!) }
                continue
            }
            let p = u.properties
            if p.isWhitespace { continue }
            switch p.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                 .initialPunctuation, .finalPunctuation, .otherPunctuation: continue
            default: out.append(contentsOf: p.lowercaseMapping.unicodeScalars)
            }
        }
        return String(out)
    }

    @Test func everyCharacterAsTheScalarRuleHasIt() {
        var scalars = (0..<0x11000).compactMap(Unicode.Scalar.init)
        scalars += [0x1F600, 0x10400, 0x1E900, 0x20000, 0xE0041].compactMap(Unicode.Scalar.init)   // emoji, Deseret and Adlam capitals, CJK B, a tag
        for chunk in stride(from: 0, to: scalars.count, by: 64) {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[chunk..<min(chunk + 64, scalars.count)])
            let text = "A-b " + String(s) + " İ."
            #expect(Chunker.comparable(text) == Self.reference(text), "from U+\(String(scalars[chunk].value, radix: 16))")
        }
    }

    @Test func examples() {
        #expect(Chunker.comparable("Return Policy: 30 days!") == "returnpolicy30days")
        #expect(Chunker.comparable("Rückgabe – ÄÖÜ «ß»") == "rückgabeäöüß")
        #expect(Chunker.comparable("ΣΟΦΙΑ, İstanbul") == "σοφιαi̇stanbul")
    }
}
