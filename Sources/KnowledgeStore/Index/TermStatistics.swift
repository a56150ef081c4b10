import Foundation
import GRDB
import Synchronization

/// The number of chunks each query phrase matches, per language, as FTS5's bm25() would count them:
/// kept between searches so that a query does not walk the whole doclist of every common term again
/// (the built-in bm25() does, for every query). A language's counts are forgotten as soon as its
/// index changes (IndexStamp).
final class TermStatistics: Sendable {
    private struct Counts {
        var stamp: [UInt8]
        var frequencies: [String: Int]
        /// Every term of the language and its chunks, when read ahead (`readVocabulary`).
        var vocabulary: [String: Int]? = nil
    }
    /// Counts kept per language at most; a long session's memory stays flat.
    static let limit = 50_000
    private let languages = Mutex<[String: Counts]>([:])

    /// The document frequency of each phrase (FTS5 syntax: `"term"` or `"prefix" *`), in order.
    func frequencies(_ db: Database, table: String, phrases: [String]) throws -> [Int] {
        try frequencies(db, table: table, stamp: IndexStamp.read(db, table: table), phrases: phrases)
    }

    /// The same, for a search that has read the table's stamp already.
    func frequencies(_ db: Database, table: String, stamp: [UInt8], phrases: [String]) throws -> [Int] {
        let (cached, vocabulary) = languages.withLock { all -> ([String: Int], [String: Int]?) in
            if all[table]?.stamp != stamp { all[table] = Counts(stamp: stamp, frequencies: [:]) }
            return (all[table]!.frequencies, all[table]!.vocabulary)
        }
        var known = cached
        if let vocabulary {
            for phrase in phrases where known[phrase] == nil {
                if let term = RankedQuery.term(ofPhrase: phrase) { known[phrase] = vocabulary[term] ?? 0 }
            }
        }
        let counted = try Self.counts(db, table: table, phrases: Array(Set(phrases.filter { known[$0] == nil })))
        known.merge(counted) { a, _ in a }
        if !counted.isEmpty {
            languages.withLock { all in
                guard all[table]?.stamp == stamp else { return }
                if all[table]!.frequencies.count + counted.count > Self.limit { all[table]!.frequencies.removeAll() }
                all[table]!.frequencies.merge(counted) { a, _ in a }
            }
        }
        return phrases.map { known[$0] ?? 0 }
    }

    /// Reads a language's whole vocabulary, each term with its chunks, unless it has more than
    /// `limit` terms: what the searches of an evaluation would otherwise look up a few terms at a
    /// time (`AnswerEngine.prepare`; the sample workspace's 14 languages, 12,000 terms, in ≈ 10 ms,
    /// where the look-ups were ≈ 6 % of the evaluation's case time). Kept under the table's stamp.
    func readVocabulary(_ db: Database, table: String) throws {
        let stamp = try IndexStamp.read(db, table: table)
        try Self.declareVocabulary(db, table: table)
        var vocabulary: [String: Int] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT term, doc FROM temp.\(table)_vocab LIMIT ?", arguments: [Self.limit + 1])
        while let row = try rows.next() { vocabulary[row[0]] = row[1] }
        guard vocabulary.count <= Self.limit else { return }
        languages.withLock { all in
            if all[table]?.stamp != stamp { all[table] = Counts(stamp: stamp, frequencies: [:]) }
            all[table]!.vocabulary = vocabulary
        }
    }

    /// The language's fts5vocab table on this connection. (A no-op once the connection has it;
    /// SQLite prepares the cached statement again after the table was made.)
    private static func declareVocabulary(_ db: Database, table: String) throws {
        try db.cachedStatement(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.\(table)_vocab USING fts5vocab(main, '\(table)', 'row')").execute()
    }

    /// The phrases' chunks. A term's come from FTS5's vocabulary (the markets column holds only
    /// `mkt_` tokens, so a word's count there is its count in the text columns, as bm25() counts),
    /// all of a search's new terms in one look-up: FTS5 compiles a statement of its own each time a
    /// vocabulary cursor opens, and with one look-up per term (each also compiled anew) compiling
    /// was half of an evaluation's term counting. A prefix's are counted by a query of its own.
    private static func counts(_ db: Database, table: String, phrases: [String]) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        var terms: [String: [String]] = [:]
        for phrase in phrases {
            if let term = RankedQuery.term(ofPhrase: phrase) {
                terms[term, default: []].append(phrase)
                counts[phrase] = 0
            } else {
                counts[phrase] = try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM \(table) WHERE \(table) MATCH ?"),
                                                  arguments: ["{\(Searcher.textColumns)} : \(phrase)"]) ?? 0
            }
        }
        guard !terms.isEmpty else { return counts }
        try Self.declareVocabulary(db, table: table)
        let list = String(decoding: try JSONEncoder().encode(Array(terms.keys)), as: UTF8.self)
        let rows = try Row.fetchAll(db.cachedStatement(sql: "SELECT term, doc FROM temp.\(table)_vocab WHERE term IN (SELECT value FROM json_each(?))"),
                                    arguments: [list])
        for row in rows {
            let term: String = row[0], n: Int = row[1]
            for phrase in terms[term] ?? [] { counts[phrase] = n }
        }
        return counts
    }
}
