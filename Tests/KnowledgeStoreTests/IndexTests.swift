import Foundation
import GRDB
import Ingest
import Testing
@testable import KnowledgeStore

@Suite struct IndexTests {
    func search(_ ws: TempWorkspace, _ q: String, lang: String = "en", market: String? = nil) throws -> [SearchHit] {
        try Searcher(store: ws.store).search(SearchQuery(text: q, languages: [lang], market: market, limit: 10)).hits
    }

    @Test func incrementalReindexTouchesOnlyChangedDocuments() throws {
        let ws = try TempWorkspace()
        try ws.write("en/returns.md", TempWorkspace.policy(id: "returns", lang: "en", days: 30, markets: "[US]"))
        try ws.write("en/shipping.md", "---\nid: shipping\nlang: en\nmarkets: [US, GB]\n---\n# Shipping\n\nExpress delivery takes 2 days with UPS.\n")
        _ = try ws.importDocs()
        let first = try Indexer(store: ws.store).run()
        #expect(first.indexed == ["en/returns", "en/shipping"])
        #expect(try search(ws, "express ups").first?.doc == "shipping")

        #expect(try Indexer(store: ws.store).run().indexed.isEmpty)

        // Change one document: only it is re-indexed, and the old wording is gone from the index.
        try ws.write("en/shipping.md", "---\nid: shipping\nlang: en\nmarkets: [US, GB]\n---\n# Shipping\n\nExpress delivery takes 2 days with FedEx.\n")
        _ = try ws.importDocs()
        let second = try Indexer(store: ws.store).run()
        #expect(second.indexed == ["en/shipping"])
        #expect(try search(ws, "fedex").map(\.doc) == ["shipping"])
        #expect(try search(ws, "ups").isEmpty)

        // Remove it: dropped from the index.
        try ws.delete("en/shipping.md")
        _ = try ws.importDocs()
        #expect(try Indexer(store: ws.store).run().dropped == ["en/shipping"])
        #expect(try search(ws, "express").isEmpty)
        #expect(try search(ws, "returns").map(\.doc).contains("returns"))
    }

    /// An index made by another analyzer version is reported (the engine refuses it: queries would
    /// be analysed differently), and indexing again rebuilds it.
    @Test func anIndexOfAnotherAnalyzerVersionIsReportedAndRebuilt() throws {
        let ws = try TempWorkspace()
        try ws.write("en/returns.md", TempWorkspace.policy(id: "returns", lang: "en", days: 30, markets: "[US]"))
        _ = try ws.importDocs()
        _ = try Indexer(store: ws.store).run()
        #expect(try ws.store.otherIndexVersions().isEmpty)
        try ws.store.write { db in try db.execute(sql: "UPDATE index_state SET analyzer = 'chunker-1/analyzer-0'") }
        #expect(try ws.store.otherIndexVersions() == ["chunker-1/analyzer-0"])
        #expect(try Indexer(store: ws.store).run().indexed == ["en/returns"])
        #expect(try ws.store.otherIndexVersions().isEmpty)
    }

    @Test func importAndIndexLeaveNoWriteAheadLogBehind() throws {
        // The log is moved into the database and truncated after each: the file on disk is the store.
        let ws = try TempWorkspace()
        for i in 0..<40 {
            try ws.write("en/doc\(i).md", TempWorkspace.policy(id: "doc\(i)", lang: "en", days: 10 + i, markets: "[US]"))
        }
        let wal = ws.store.path + "-wal"
        func walBytes() -> Int { (try? FileManager.default.attributesOfItem(atPath: wal)[.size] as? Int) ?? 0 }
        _ = try ws.importDocs()
        #expect(walBytes() == 0)
        _ = try Indexer(store: ws.store).run()
        #expect(walBytes() == 0)
        #expect(try search(ws, "returns").count == 10)
    }

    /// Chunk texts are not stored but cut again from the version's blocks (ChunkTexts): a long
    /// paragraph's second piece, a table and a list come back as indexed, and FTS5's contentless
    /// 'delete' of an old version's chunks, which needs the exact text, leaves nothing behind.
    @Test func chunkTextsAreMadeAgainFromTheBlocksAsIndexed() throws {
        let ws = try TempWorkspace()
        let first = (1...40).map { "Sentence \($0) tells about parcels and alphaword." }.joined(separator: " ")
        let second = (1...40).map { "Sentence \($0) tells about lockers and omegaword." }.joined(separator: " ")
        try ws.write("en/guide.md", """
            ---\nid: guide\nlang: en\nmarkets: [US]\n---\n# Guide\n\n\(first) \(second)\n\n## Fees\n\n| Market | Fee |\n|---|---|\n| US | 5 zetadollars |\n\n- a list item with betaword\n
            """)
        _ = try ws.importDocs()
        _ = try Indexer(store: ws.store).run()
        let omega = try search(ws, "omegaword")
        // The paragraph is cut into pieces of at most 160 words; each piece comes back as the chunker cut it.
        let pieces = Chunker().chunks(sections: [Section(headingPath: ["Guide"], blocks: [Block(.paragraph, first + " " + second)])], faq: [], language: "en").map(\.text)
        #expect(pieces.count >= 3 && omega.count >= 2 && omega.allSatisfy { pieces.contains($0.text) && $0.text.contains("omegaword") })
        #expect(try search(ws, "alphaword").first?.text.hasPrefix("Sentence 1 tells about parcels") == true)
        #expect(try search(ws, "zetadollars").first?.text == "Market: US · Fee: 5 zetadollars")
        #expect(try search(ws, "betaword").first?.text == "- a list item with betaword")
        #expect(try ws.store.tableChunks(docs: ["guide"], language: "en").map(\.text) == ["Market: US · Fee: 5 zetadollars"])

        // A new version: the old chunks leave the FTS5 table itself, not only the chunks table.
        try ws.write("en/guide.md", "---\nid: guide\nlang: en\nmarkets: [US]\n---\n# Guide\n\nNothing but gammaword now.\n")
        _ = try ws.importDocs()
        _ = try Indexer(store: ws.store).run()
        let stale = try ws.store.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM fts_en WHERE fts_en MATCH 'omegaword OR alphaword OR zetadollars OR betaword'") ?? -1
        }
        #expect(stale == 0)
        #expect(try search(ws, "gammaword").first?.text == "Nothing but gammaword now.")
        let columns = try ws.store.read { db in try Row.fetchAll(db, sql: "PRAGMA table_info(chunks)").map { $0["name"] as String } }
        #expect(!columns.contains("text"))
    }

    @Test func marketFilterAndFieldWeights() throws {
        let ws = try TempWorkspace()
        try ws.write("en/a.md", "---\nid: a\nlang: en\nmarkets: [US]\n---\n# Invoices\n\nText about something else entirely.\n")
        try ws.write("en/b.md", "---\nid: b\nlang: en\nmarkets: [GB]\n---\n# Other\n\nYou can download invoices in your account.\n")
        try ws.write("en/c.md", "---\nid: c\nlang: en\n---\n# Help\n\nInvoices for every market.\n")
        _ = try ws.importDocs()
        _ = try Indexer(store: ws.store).run()
        // The title weighs more than the body.
        #expect(try search(ws, "invoices").first?.doc == "a")
        // Market filter: GB sees b and the all-markets c, never a.
        #expect(Set(try search(ws, "invoices", market: "GB").map(\.doc)) == ["b", "c"])
        // An unknown language has no table: no hits, no error.
        #expect(try search(ws, "invoices", lang: "xx").isEmpty)
    }

    @Test func searchWithinDocumentsWithExtraTermsAndReadTheirTables() throws {
        let ws = try TempWorkspace()
        try ws.write("en/manual.md", "---\nid: manual\nlang: en\n---\n# Lantern manual\n\nThe lantern has three modes. The lantern lens is glass.\n")
        try ws.write("en/returns.md", "---\nid: returns\nlang: en\n---\n# Returns\n\n## Damaged items\n\nReport damaged items within 7 days.\n\n"
                     + "| Market | Window |\n|---|---|\n| US | 30 days |\n| JP | 14 days |\n")
        _ = try ws.importDocs()
        _ = try Indexer(store: ws.store).run()
        let searcher = Searcher(store: ws.store)
        // The product name makes the manual win an open search…
        #expect(try searcher.search(SearchQuery(text: "lantern lens cracked", languages: ["en"])).hits.first?.doc == "manual")
        // …within the returns policy, the intent's words find its section.
        let within = try searcher.search(SearchQuery(text: "lantern lens cracked", languages: ["en"], documents: ["returns"],
                                                     extraTerms: ["en": ["damag"]])).hits
        #expect(!within.isEmpty && within.allSatisfy { $0.doc == "returns" })
        #expect(within.first?.text.contains("7 days") == true)
        #expect(try searcher.search(SearchQuery(text: "lantern", languages: ["en"], documents: [])).hits.isEmpty)
        // The tables of a document, current version only.
        let tables = try ws.store.tableChunks(docs: ["returns", "manual"], language: "en")
        #expect(tables.map(\.kind) == [.table])
        #expect(tables.first?.text.contains("Market: JP · Window: 14 days") == true)
        #expect(try ws.store.tableChunks(docs: ["returns"], language: "de").isEmpty)
    }

    @Test func aTableFilledInBulkIsMergedOnceAndMergesByItselfAfterwards() throws {
        let ws = try TempWorkspace()
        try ws.write("en/returns.md", TempWorkspace.policy(id: "returns", lang: "en", days: 30, markets: "[US]"))
        try ws.write("en/shipping.md", "---\nid: shipping\nlang: en\n---\n# Shipping\n\nExpress delivery takes 2 days with UPS.\n")
        _ = try ws.importDocs()
        for full in [false, true] {
            _ = try Indexer(store: ws.store).run(full: full)
            // Filled without merging, merged at the end, then FTS5's own merging is back for later changes.
            let settings = try ws.store.read { db in try LanguageIndex.mergeSettings(db, "en") }
            #expect(settings.automerge == 4)
            #expect(settings.crisismerge == 16)
            #expect(try search(ws, "express ups").first?.doc == "shipping")
        }
        let sizes = try ws.store.tableSizes()
        // The FTS5 table's shadow tables count as the table; the chunks are a table of their own.
        #expect(sizes.contains { $0.name == "fts_en" && $0.bytes > 0 })
        #expect(sizes.contains { $0.name == "chunks" && $0.bytes > 0 })
        #expect(!sizes.contains { $0.name.hasPrefix("fts_en_") })
    }

    @Test func indexTermsKeepLettersAndDigitsAndReplaceTheRest() {
        #expect(IndexTerms.term("refund30") == "refund30")
        #expect(IndexTerms.term("Don't") == "don_t")
        #expect(IndexTerms.term("e-mail") == "e_mail")
        #expect(IndexTerms.term("Rückerstattung") == "rückerstattung")
        #expect(IndexTerms.term("退货") == "退货")
    }

    @Test func matchExpressionQuotesTermsAndTruncatesSlavicWords() {
        let e = Searcher.matchExpression(terms: ["zapłacić", "a\"b"], language: "pl", market: "PL")!
        #expect(e.hasPrefix("(markets : \"mkt_pl\" OR markets : \"mkt_all\") AND "))
        #expect(e.contains("\"a\"\"b\""))
        #expect(e.contains("\"zapła\" *"))
        #expect(Searcher.matchExpression(terms: [], language: "en", market: nil) == nil)
    }
}
