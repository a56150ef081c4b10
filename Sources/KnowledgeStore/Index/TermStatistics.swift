import Foundation
import GRDB
import Synchronization

/// The number of chunks each query phrase matches, per language, as FTS5's bm25() would count them:
/// kept between searches so that a query does not walk the whole doclist of every common term again
/// (the built-in bm25() does, for every query). A language's counts are forgotten as soon as its
/// index changes (IndexStamp).
final class TermStatistics: Sendable {
    private struct Counts { var stamp: [UInt8]; var frequencies: [String: Int] }
    /// Counts kept per language at most; a long session's memory stays flat.
    static let limit = 50_000
    private let languages = Mutex<[String: Counts]>([:])

    /// The document frequency of each phrase (FTS5 syntax: `"term"` or `"prefix" *`), in order.
    func frequencies(_ db: Database, table: String, phrases: [String]) throws -> [Int] {
        try frequencies(db, table: table, stamp: IndexStamp.read(db, table: table), phrases: phrases)
    }

    /// The same, for a search that has read the table's stamp already.
    func frequencies(_ db: Database, table: String, stamp: [UInt8], phrases: [String]) throws -> [Int] {
        var known = languages.withLock { all -> [String: Int] in
            if all[table]?.stamp != stamp { all[table] = Counts(stamp: stamp, frequencies: [:]) }
            return all[table]!.frequencies
        }
        var counted: [String: Int] = [:]
        for phrase in phrases where known[phrase] == nil {
            let n = try Self.count(db, table: table, phrase: phrase)
            known[phrase] = n
            counted[phrase] = n
        }
        if !counted.isEmpty {
            languages.withLock { all in
                guard all[table]?.stamp == stamp else { return }
                if all[table]!.frequencies.count + counted.count > Self.limit { all[table]!.frequencies.removeAll() }
                all[table]!.frequencies.merge(counted) { a, _ in a }
            }
        }
        return phrases.map { known[$0] ?? 0 }
    }

    /// A phrase's chunks. A term's come from FTS5's vocabulary (one lookup; the markets column holds
    /// only `mkt_` tokens, so a word's count there is its count in the text columns, as bm25() counts);
    /// a prefix's are counted by a query of its own.
    private static func count(_ db: Database, table: String, phrase: String) throws -> Int {
        if let term = RankedQuery.term(ofPhrase: phrase) {
            try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.\(table)_vocab USING fts5vocab(main, '\(table)', 'row')")
            return try Int.fetchOne(db, sql: "SELECT doc FROM temp.\(table)_vocab WHERE term = ?", arguments: [term]) ?? 0
        }
        return try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table) WHERE \(table) MATCH ?",
                                arguments: ["{\(Searcher.textColumns)} : \(phrase)"]) ?? 0
    }
}
