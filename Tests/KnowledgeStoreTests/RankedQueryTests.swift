import Foundation
import GRDB
import Testing
@testable import KnowledgeStore

/// kbkit_rank scores as FTS5's bm25() does, and a pruned query (the rarest terms choose the chunks)
/// scores the chunks it finds exactly as the whole query does.
@Suite struct RankedQueryTests {
    /// Ten pages: every one says "parcel", some "locker", one "tracking"; titles weigh more than body.
    func store() throws -> TempWorkspace {
        let ws = try TempWorkspace()
        for i in 0..<10 {
            let extra = (i % 3 == 0 ? " The locker keeps the parcel for 7 days." : "") + (i == 4 ? " Tracking starts when the parcel leaves." : "")
                // Page 5 has a long sentence, a chunk of its own: its length takes two bytes in FTS5's size records.
                + (i == 5 ? " Each parcel weighed:" + String(repeating: " crate box bag", count: 60) + "." : "")
            let title = i == 7 ? "Parcel lockers" : "Page \(i)"
            try ws.write("en/p\(i).md", "---\nid: p\(i)\nlang: en\nmarkets: [US]\n---\n# \(title)\n\nThe parcel \(i) arrives in \(i + 2) days.\(extra)\n")
        }
        _ = try ws.importDocs()
        _ = try Indexer(store: ws.store).run()
        return ws
    }

    /// kbkit_rank's scores and bm25()'s on every row of a query, with the document lengths given
    /// (`withLengths`) or looked up by FTS5.
    func scores(_ ws: TempWorkspace, withLengths: Bool) throws -> [(ours: Double, builtIn: Double)] {
        let phrases = Searcher.phrases(terms: ["parcel", "locker", "track", "parcel"], language: "en")
        return try ws.store.read { db in
            let frequencies = try ws.store.termStatistics.frequencies(db, table: "fts_en", phrases: phrases)
            let plan = RankedQuery.plan(phrases: phrases, frequencies: frequencies, market: "US", pruning: nil)!
            let w = Searcher.weights
            let lengths = withLengths ? try DocumentLengths(db, table: "fts_en") : nil
            let statement = try db.makeStatement(sql: """
                SELECT \(RankFunction.column(table: "fts_en")), bm25(fts_en, \(w.filter), \(w.title), \(w.headings), \(w.question), \(w.body))
                FROM fts_en WHERE fts_en MATCH ?
                """)
            try statement.setArguments([plan.frequencies, nil, plan.match])
            try DocumentLengths.bind(lengths, to: statement, at: 2)
            return try withExtendedLifetime(lengths) { try Row.fetchAll(statement).map { ($0[0], $0[1]) } }
        }
    }

    @Test func rankFunctionScoresAsBuiltInBM25() throws {
        let ws = try store()
        for withLengths in [false, true] {
            let scores = try scores(ws, withLengths: withLengths)
            #expect(scores.count == 11)   // every page says "parcel", page 5 in both its chunks
            for (ours, builtIn) in scores { #expect(abs(ours - builtIn) < 1e-9) }
            #expect(Set(scores.map { ($0.ours * 1e6).rounded() }).count > 3)
        }
    }

    @Test func documentLengthsAreTheRowsTokenCounts() throws {
        let ws = try store()
        let (lengths, keys) = try ws.store.read { db in
            (try DocumentLengths(db, table: "fts_en"), try [Int64: String](uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT key, doc_id FROM chunks WHERE lang = 'en'").map { ($0[0], $0[1]) }))
        }
        #expect(lengths.count == keys.count)
        #expect(lengths.length(ofRow: -1) == nil)
        let byDoc = Dictionary(keys.map { ($0.value, lengths.length(ofRow: $0.key) ?? 0) }, uniquingKeysWith: max)
        #expect(byDoc.values.allSatisfy { $0 > 3 })
        // 180 words in page 5's body; a short page has a handful.
        #expect(byDoc["p5"]! > 180)
        #expect(byDoc["p1"]! < 20)
    }

    @Test func prunedQueryScoresItsChunksAsTheWholeQuery() throws {
        let ws = try store()
        var pruned = Searcher(store: ws.store), whole = Searcher(store: ws.store)
        // "track" (1 page) and "locker" (5) are rare enough for a budget of 6; "parcel" (10) refines.
        pruned.pruning = QueryPruning(above: 8, candidateBudget: 6)
        whole.pruning = nil
        let query = SearchQuery(text: "parcel locker tracking", languages: ["en"], limit: 3)
        let a = try pruned.search(query).hits, b = try whole.search(query).hits
        #expect(a.map(\.chunk) == b.map(\.chunk))
        #expect(a.map(\.score) == b.map(\.score))
        // Asked for more than the rare terms find (6 pages), the whole query fills up.
        let many = SearchQuery(text: "parcel locker tracking", languages: ["en"], limit: 8)
        #expect(try pruned.search(many).hits.map(\.chunk) == whole.search(many).hits.map(\.chunk))
        #expect(try pruned.search(many).hits.count == 8)
    }

    @Test func planRunsRareTermsFirstAndRepeatsThemWithoutScore() {
        let pruning = QueryPruning(above: 100, candidateBudget: 30)
        let plan = RankedQuery.plan(phrases: ["\"a\"", "\"b\"", "\"c\"", "\"a\""], frequencies: [90, 10, 15, 90], market: "DE", pruning: pruning)!
        #expect(plan.pruned)
        #expect(plan.match == "(markets : \"mkt_de\" OR markets : \"mkt_all\") AND {title headings question body} : ((\"b\" OR \"c\") AND (\"b\" OR \"c\" OR \"a\" OR \"a\"))")
        // Market phrases and the rare terms' second mention score nothing; "a" keeps both mentions.
        #expect(plan.frequencies == "-1 -1 10 15 -1 -1 90 90")
        // Cheap enough whole: 115 matches in all, not above 200.
        let whole = RankedQuery.plan(phrases: ["\"a\"", "\"b\"", "\"c\""], frequencies: [90, 10, 15], market: nil,
                                     pruning: QueryPruning(above: 200, candidateBudget: 30))!
        #expect(!whole.pruned)
        #expect(whole.match == "{title headings question body} : (\"a\" OR \"b\" OR \"c\")")
        #expect(whole.frequencies == "90 10 15")
        // The rarest term is always taken, even over the budget; a phrase's term is read back unquoted.
        #expect(RankedQuery.rarePhrases(phrases: ["\"x\"", "\"y\""], frequencies: [400, 500], pruning: pruning) == ["\"x\""])
        #expect(RankedQuery.term(ofPhrase: "\"a\"\"b\"") == "a\"b")
        #expect(RankedQuery.term(ofPhrase: "\"zapła\" *") == nil)
    }

    @Test func termCountsFollowTheIndexAndPrefixesAreCounted() throws {
        let ws = try store()
        func counts(_ phrases: [String]) throws -> [Int] {
            try ws.store.read { db in try ws.store.termStatistics.frequencies(db, table: "fts_en", phrases: phrases) }
        }
        // "locker": pages 0, 3, 6, 9 and page 7's title.
        #expect(try counts(["\"locker\"", "\"track\"", "\"nowhere\"", "\"park\" *"]) == [5, 1, 0, 0])
        try ws.write("en/q.md", "---\nid: q\nlang: en\nmarkets: [US]\n---\n# Parking\n\nTracking a parcel in a locker.\n")
        _ = try ws.importDocs()
        _ = try Indexer(store: ws.store).run()
        #expect(try counts(["\"locker\"", "\"track\"", "\"nowhere\"", "\"park\" *"]) == [6, 2, 0, 1])
    }

    @Test func rankFunctionRefusesFrequenciesThatDoNotMatchThePhrases() throws {
        let ws = try store()
        #expect(throws: StoreError.self) {
            try ws.store.read { db in
                try Row.fetchAll(db, sql: "SELECT \(RankFunction.column(table: "fts_en")) FROM fts_en WHERE fts_en MATCH ?",
                                 arguments: ["1 2", nil, "{title headings question body} : \"parcel\""])
            }
        }
    }
}
