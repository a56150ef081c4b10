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
            try statement.setArguments([plan.frequencies, nil, nil, plan.match])
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

    /// The rarest term's chunk is not the best one: the bound sees that "anchor" alone could outscore
    /// it, lets "anchor" choose too, and the whole query's best chunk is found.
    @Test func prunedQueryWidensWhenTheBoundSaysAnotherChunkCouldRank() throws {
        let ws = try TempWorkspace()
        func page(_ i: Int, title: String, body: String) throws {
            try ws.write("en/b\(i).md", "---\nid: b\(i)\nlang: en\nmarkets: [US]\n---\n# \(title)\n\n\(body)\n")
        }
        try page(0, title: "Page zero", body: "The zeppelin lands.")
        try page(1, title: "Anchor anchor", body: "The anchor holds the bridge and the anchor chain.")
        try page(2, title: "Page two", body: "An anchor and a bridge.")
        for i in 3..<9 { try page(i, title: "Page \(i)", body: "A bridge over the river \(i).") }
        for i in 9..<20 { try page(i, title: "Page \(i)", body: "Nothing to see on page \(i).") }
        _ = try ws.importDocs()
        _ = try Indexer(store: ws.store).run()
        var pruned = Searcher(store: ws.store), whole = Searcher(store: ws.store)
        // "zeppelin" (1 chunk) alone fits the budget; "anchor" (2) and "bridge" (8) are left to refine.
        pruned.pruning = QueryPruning(above: 5, candidateBudget: 1)
        whole.pruning = nil
        let query = SearchQuery(text: "zeppelin anchor bridge", languages: ["en"], limit: 1)
        let best = try whole.search(query).hits
        #expect(best.map(\.doc) == ["b1"])
        #expect(try pruned.search(query).hits == best)
    }

    @Test func planLetsTheRareTermsChooseAndTheOthersRefine() {
        let pruning = QueryPruning(above: 100, candidateBudget: 30)
        let plan = RankedQuery.plan(phrases: ["\"a\"", "\"b\"", "\"c\"", "\"a\""], frequencies: [90, 10, 15, 90], market: "DE", pruning: pruning)!
        #expect(plan.pruned)
        #expect(plan.match == "(markets : \"mkt_de\" OR markets : \"mkt_all\") AND {title headings question body} : (\"b\" OR \"c\")")
        // Market phrases score nothing; "a" refines from memory, both its mentions.
        #expect(plan.frequencies == "-1 -1 10 15")
        #expect(plan.refining == [.init(phrase: "\"a\"", frequency: 90), .init(phrase: "\"a\"", frequency: 90)])
        // Cheap enough whole: 115 matches in all, not above 200.
        let whole = RankedQuery.plan(phrases: ["\"a\"", "\"b\"", "\"c\""], frequencies: [90, 10, 15], market: nil,
                                     pruning: QueryPruning(above: 200, candidateBudget: 30))!
        #expect(!whole.pruned)
        #expect(whole.refining.isEmpty)
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

    /// The vocabulary read ahead gives the counts the look-ups give (a term it lacks counts 0, a
    /// prefix is still counted by its query), and is forgotten when the index changes.
    @Test func termCountsReadAheadAreTheLookedUpOnes() throws {
        let phrases = ["\"locker\"", "\"track\"", "\"nowhere\"", "\"park\" *", "\"parcel\"", "\"page\""]
        let looked = try store()
        let lookedUp = try looked.store.read { db in try looked.store.termStatistics.frequencies(db, table: "fts_en", phrases: phrases) }
        let ws = try store()
        try ws.store.readTermStatistics()
        func counts(_ phrases: [String]) throws -> [Int] {
            try ws.store.read { db in try ws.store.termStatistics.frequencies(db, table: "fts_en", phrases: phrases) }
        }
        #expect(try counts(phrases) == lookedUp)
        #expect(lookedUp == [5, 1, 0, 0, 11, 10])  // page 5 is two chunks
        try ws.write("en/q.md", "---\nid: q\nlang: en\nmarkets: [US]\n---\n# Parking\n\nTracking a parcel in a locker.\n")
        _ = try ws.importDocs()
        _ = try Indexer(store: ws.store).run()
        #expect(try counts(["\"locker\"", "\"track\"", "\"nowhere\"", "\"park\" *"]) == [6, 2, 0, 1])
    }

    /// Every chunk a pruned plan finds scores as under the whole query, its refining phrases counted
    /// from their postings in memory.
    @Test func phrasesScoredFromMemoryScoreAsInTheMatchExpression() throws {
        let ws = try store()
        let phrases = Searcher.phrases(terms: ["parcel", "locker", "track", "parcel", "day"], language: "en")
        func scores(_ plan: RankedQuery, _ db: Database) throws -> [Int64: Double] {
            let lengths = try DocumentLengths(db, table: "fts_en")
            let memory = try MemoryPhrases(plan.refining.map { (try TermPostings(db, table: "fts_en", phrase: $0.phrase, lengths: lengths), $0.frequency) })
            let statement = try db.makeStatement(sql: "SELECT rowid, \(RankFunction.column(table: "fts_en")) FROM fts_en WHERE fts_en MATCH ?")
            try statement.setArguments([plan.frequencies, nil, nil, plan.match])
            try MemoryPhrases.bind(plan.refining.isEmpty ? nil : memory, to: statement, at: 3)
            return try withExtendedLifetime(memory) { Dictionary(uniqueKeysWithValues: try Row.fetchAll(statement).map { ($0[0], $0[1]) }) }
        }
        let (pruned, whole) = try ws.store.read { db in
            let frequencies = try ws.store.termStatistics.frequencies(db, table: "fts_en", phrases: phrases)
            let rare = RankedQuery.plan(phrases: phrases, frequencies: frequencies, market: "US", rare: ["\"locker\"", "\"track\""])
            return (try scores(rare, db), try scores(RankedQuery.plan(phrases: phrases, frequencies: frequencies, market: "US", pruning: nil)!, db))
        }
        #expect(pruned.count == 6)   // the pages with a locker (0, 3, 6, 9 and the lockers' title, 7) or tracking (4)
        for (rowid, score) in pruned { #expect(score == whole[rowid]) }
        #expect(Set(pruned.values).count > 2)
    }

    @Test func postingsHoldEachChunksWeightedCount() throws {
        let ws = try store()
        let (postings, keys) = try ws.store.read { db in
            (try TermPostings(db, table: "fts_en", phrase: "\"locker\"", lengths: DocumentLengths(db, table: "fts_en")),
             try [String: Int64](Row.fetchAll(db, sql: "SELECT doc_id, key FROM chunks WHERE lang = 'en'").map { ($0[0], $0[1]) }, uniquingKeysWith: max))
        }
        #expect(postings.count == 5)
        // Body text weighs 1; page 7's title weighs 3 (and its heading, the title again, 2).
        #expect(postings.weightedCount(inRow: keys["p0"]!) == 1)
        #expect(postings.weightedCount(inRow: keys["p7"]!) >= 3)
        #expect(postings.weightedCount(inRow: keys["p1"]!) == 0)
    }

    /// Phrases whose bounds (idf · (k1 + 1) a mention) sum to at most θ cannot bring a chunk to θ alone.
    @Test func essentialPhrasesAreThoseTheBoundCannotLeaveOut() {
        // In 100 chunks: "a" in 1 (bound 9.23), "b" in 10 (4.74 a mention, mentioned twice: 9.48), "c" in
        // 60 (IDF at the floor: 2.2e-6).
        let phrases = ["\"a\"", "\"b\"", "\"c\"", "\"b\""], frequencies = [1, 10, 60, 10]
        func essential(_ threshold: Double) -> Set<String> {
            ScoreBound.essentialPhrases(phrases: phrases, frequencies: frequencies, documents: 100, threshold: threshold)
        }
        #expect(essential(0) == ["\"a\"", "\"b\"", "\"c\""])
        #expect(essential(1) == ["\"a\"", "\"b\""])
        #expect(essential(9.2) == ["\"a\"", "\"b\""])
        // The rarer "a" can bring less than "b" mentioned twice: it is left out first.
        #expect(essential(9.3) == ["\"b\""])
        #expect(essential(18.8) == [])
        #expect(ScoreBound.idf(frequency: -1, documents: 100) == 0)
        #expect(abs(ScoreBound.idf(frequency: 1, documents: 100) - log(99.5 / 1.5)) < 1e-12)
    }

    @Test func rankFunctionRefusesFrequenciesThatDoNotMatchThePhrases() throws {
        let ws = try store()
        #expect(throws: StoreError.self) {
            try ws.store.read { db in
                try Row.fetchAll(db, sql: "SELECT \(RankFunction.column(table: "fts_en")) FROM fts_en WHERE fts_en MATCH ?",
                                 arguments: ["1 2", nil, nil, "{title headings question body} : \"parcel\""])
            }
        }
    }
}
