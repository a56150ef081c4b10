internal import CFTS5Rank
import GRDB
import Synchronization

/// A phrase's postings in one language's FTS5 table, in memory: every chunk it occurs in, with its
/// weighted count (the sum of the column weights of its occurrences), as `kbkit_rank` counts it.
///
/// Why: in a pruned query (RankedQuery) the common terms only refine what the rare ones found, yet
/// FTS5 walks their whole doclists to seek them to the rare terms' chunks; that walk was most of a
/// Japanese search (p50 0.57 ms with the common bigrams in the MATCH expression, 0.24 without).
/// Held here, kbkit_rank looks each candidate up in them. 16 bytes a posting. The C side:
/// Sources/CFTS5Rank/kb_term_postings.h.
final class TermPostings: @unchecked Sendable {
    // Immutable once loaded, freed with the last reference: a search holds one while its query runs.
    fileprivate let handle: UnsafeMutableRawPointer

    /// The most one mention of the phrase adds to a chunk's score, over its IDF: BM25's term-frequency
    /// factor at its largest over the phrase's chunks (below k1 + 1, the bound that holds for any
    /// phrase). What ScoreBound bounds a phrase by once its postings are here.
    let maxFactor: Double

    /// Reads the postings of `phrase` (FTS5 syntax, as Searcher.phrases makes it) in the text columns;
    /// `lengths`, the table's as of the same index, give the largest factor.
    init(_ db: Database, table: String, phrase: String, lengths: DocumentLengths) throws {
        guard let connection = db.sqliteConnection else { throw StoreError.database("no SQLite connection to read \(phrase)'s postings on") }
        let w = Searcher.weights
        let weights = [w.filter, w.title, w.headings, w.question, w.body]
        var handle: UnsafeMutableRawPointer?
        let code = kb_term_postings_load(UnsafeMutableRawPointer(connection), table, "{\(Searcher.textColumns)} : \(phrase)", weights, Int32(weights.count), &handle)
        guard code == 0, let handle else { throw StoreError.database("cannot read the postings of \(phrase) in \(table) (SQLite code \(code))") }
        self.handle = handle
        self.maxFactor = lengths.withHandle { kb_term_postings_max_factor(handle, $0, kb_document_lengths_average($0)) }
    }

    deinit { kb_term_postings_free(handle) }

    var count: Int { Int(kb_term_postings_count(handle)) }

    /// The phrase's weighted count in a chunk (0 when it does not occur there).
    func weightedCount(inRow rowid: Int64) -> Double { kb_term_postings_count_in(handle, rowid) }
}

/// The phrases one query scores from their postings in memory (kbkit_rank's memory-phrases argument),
/// each with its document frequency, in the order their scores add up.
final class MemoryPhrases {
    private let handle: UnsafeMutableRawPointer
    /// Kept so that the postings outlive the query.
    private let postings: [TermPostings]

    init(_ phrases: [(postings: TermPostings, frequency: Int)]) throws {
        guard let handle = kb_memory_phrases_create(Int32(phrases.count)) else { throw StoreError.database("out of memory for a query's \(phrases.count) phrases") }
        for (i, p) in phrases.enumerated() { kb_memory_phrases_set(handle, Int32(i), p.postings.handle, Int64(p.frequency)) }
        self.handle = handle
        self.postings = phrases.map(\.postings)
    }

    deinit { kb_memory_phrases_free(handle) }

    /// Binds `phrases` (nil: none) to a statement's parameter; the caller keeps them alive until the
    /// statement has run.
    static func bind(_ phrases: MemoryPhrases?, to statement: Statement, at index: Int32) throws {
        let code = kb_memory_phrases_bind(UnsafeMutableRawPointer(statement.sqliteStatement), index, phrases.map { UnsafeRawPointer($0.handle) })
        guard code == 0 else { throw StoreError.database("cannot bind a query's memory phrases (SQLite code \(code)) to \(statement.sql)") }
    }
}

/// Each language's postings of the common phrases queries have refined with, kept until its index
/// changes (IndexStamp), at most `limit` postings in all.
final class TermPostingsCache: Sendable {
    /// About 32 MB.
    static let limit = 2_000_000
    private struct Table { var stamp: [UInt8]; var phrases: [String: TermPostings] }
    private struct State { var tables: [String: Table] = [:]; var postings = 0 }
    private let state = Mutex(State())

    /// The postings of `phrase` if they are kept (as of `stamp`).
    func known(table: String, stamp: [UInt8], phrase: String) -> TermPostings? {
        state.withLock { $0.tables[table]?.stamp == stamp ? $0.tables[table]?.phrases[phrase] : nil }
    }

    /// The postings of `phrase`, read and kept if they are not yet. `lengths`: the table's as of `stamp`.
    func postings(_ db: Database, table: String, stamp: [UInt8], phrase: String, lengths: DocumentLengths) throws -> TermPostings {
        if let known = known(table: table, stamp: stamp, phrase: phrase) { return known }
        let loaded = try TermPostings(db, table: table, phrase: phrase, lengths: lengths)
        state.withLock { s in
            if s.tables[table]?.stamp != stamp {
                s.postings -= s.tables[table]?.phrases.values.reduce(0) { $0 + $1.count } ?? 0
                s.tables[table] = Table(stamp: stamp, phrases: [:])
            }
            // Over the limit, everything goes: the phrases queries use again come back one by one.
            if s.postings + loaded.count > Self.limit { s = State(); s.tables[table] = Table(stamp: stamp, phrases: [:]) }
            if s.tables[table]!.phrases[phrase] == nil {
                s.tables[table]!.phrases[phrase] = loaded
                s.postings += loaded.count
            }
        }
        return loaded
    }
}
