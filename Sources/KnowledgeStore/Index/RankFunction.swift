internal import CFTS5Rank
import GRDB

/// `kbkit_rank`: BM25 as FTS5's bm25() computes it, with each phrase's document frequency given by the
/// searcher (TermStatistics) instead of counted by FTS5 for every query, so that a search pays only
/// for the rows it scores. Its C side and why: Sources/CFTS5Rank.
enum RankFunction {
    static let name = "kbkit_rank"

    /// Registers the function on a connection (every connection of the store's pool, as it opens).
    static func register(_ db: Database) throws {
        guard let connection = db.sqliteConnection else { throw StoreError.database("no SQLite connection to register \(name) on") }
        let code = kb_fts5_rank_register(UnsafeMutableRawPointer(connection))
        guard code == 0 else { throw StoreError.database("cannot register \(name) (SQLite code \(code)): this SQLite has no FTS5") }
    }

    /// The score column of a language's table: `kbkit_rank(fts_xx, ?, ?, ?, weights…)`, the first `?`
    /// bound to the query's document frequencies (RankedQuery.frequencies), the second to the table's
    /// document lengths (DocumentLengths.bind) or NULL, the third to the phrases scored from memory
    /// (MemoryPhrases.bind) or NULL.
    static func column(table: String) -> String {
        let w = Searcher.weights
        return "\(name)(\(table), ?, ?, ?, \(w.filter), \(w.title), \(w.headings), \(w.question), \(w.body))"
    }
}
