import Foundation
import GRDB

/// The FTS5 tables of some languages, built in a temporary database on a thread of their own and
/// then copied into the store (`ShadowTables`).
///
/// Why: SQLite has one writer per database, and FTS5's work on each row (tokenizing, the in-memory
/// term hash, writing and merging segments) kept the store's writer busy for 1.9 s of the bench
/// corpus's 4.3 s of index CPU (the analysis on all cores took the rest), and alone for the last
/// 0.45 s while it merged every table. Each side is a connection of its own, so the sides fill
/// their tables at the same time as the writer inserts the chunks, and merge them (`optimize`) in
/// parallel. The rows, their order and the merge settings are the writer's, so a copied table holds
/// the index the writer would have built, term for term (its segments are laid out differently:
/// the writer's FTS5 flushed its pending terms more often, inside the store's larger transaction).
final class SideIndex: @unchecked Sendable {
    // @unchecked: `failure` is written by the side's thread before it signals `finished`, and read
    // after `finished` was waited for.
    struct Row: Sendable {
        var lang: String
        var rowid: Int64
        var fields: Indexer.IndexFields
    }

    let languages: [String]
    private let database: DatabaseQueue
    private let inbox = Handover<[Row]>(capacity: 4)
    private let finished = DispatchSemaphore(value: 0)
    private let abandonedFlag = Flag()
    private let finishedFlag = Flag()
    private let finishedAny: DispatchSemaphore
    private var failure: Error?

    /// Starts the side's thread, which creates the tables of `languages` and waits for rows.
    /// `finishedAny` is signalled once when the side has finished (as `finish` then returns at once).
    init(languages: [String], finishedAny: DispatchSemaphore) throws {
        self.languages = languages
        self.finishedAny = finishedAny
        // SQLite's private temporary database (an empty path): a file SQLite deletes itself when the
        // connection closes, its pages in the page cache until they spill. In memory, the sides'
        // segments before and after their merge raised the bench's peak memory from 103 to 144 MB.
        database = try DatabaseQueue(path: "")
        Thread.detachNewThread { [self] in build() }
    }

    /// Hands rows over (in rowid order per language); waits while the side is several batches behind.
    func send(_ rows: [Row]) {
        inbox.send(rows)
    }

    /// No more rows: the side merges its tables.
    func close() {
        inbox.close()
    }

    /// Waits until every row sent is in and each table is merged into one segment; throws what
    /// went wrong on the side.
    func finish() throws {
        inbox.close()
        finished.wait()
        if let failure { throw failure }
    }

    /// The store's writer failed: the side stops without merging, and nothing is copied.
    func abandon() {
        abandonedFlag.set()
        inbox.close()
    }

    /// Creates each finished table in the store's transaction on `db` and copies the side's into it.
    func copy(into db: Database) throws {
        try database.inDatabase { side in
            for lang in languages {
                try LanguageIndex.declare(db, lang)
                try ShadowTables.copy(LanguageIndex.table(lang)!, from: side, to: db)
            }
        }
    }

    private func build() {
        do {
            try database.inDatabase { db in
                try db.inTransaction {
                    var inserts: [String: BulkInsert] = [:]
                    for lang in languages {
                        try LanguageIndex.create(db, lang)
                        let table = LanguageIndex.table(lang)!
                        inserts[lang] = try BulkInsert(db, sql: "INSERT INTO \(table) (rowid, \(LanguageIndex.columns)) VALUES (?, ?, ?, ?, ?, ?)")
                    }
                    while let rows = inbox.receive() {
                        for row in rows {
                            guard let insert = inserts[row.lang] else { throw DatabaseError(message: "no side table for language \(row.lang)") }
                            var r = insert.row()
                            let f = row.fields
                            r.bind(row.rowid); r.bind(f.markets); r.bind(f.title); r.bind(f.headings); r.bind(f.question); r.bind(f.body)
                            try r.run()
                        }
                    }
                    if abandonedFlag.isSet { return .rollback }
                    for lang in languages { try LanguageIndex.optimize(db, LanguageIndex.table(lang)!) }
                    return .commit
                }
            }
        } catch {
            failure = error
            inbox.close()   // the writer's further rows are dropped; `finish` reports the error
        }
        finishedFlag.set()
        finished.signal()
        finishedAny.signal()
    }

    /// The side has finished (merged its tables, or failed): `finish` returns at once.
    var isFinished: Bool { finishedFlag.isSet }
}

/// Set once, from any thread.
private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() { lock.lock(); value = true; lock.unlock() }
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
}
