internal import CFTS5Rank
import GRDB
import Synchronization

/// Every chunk's length (its token count over all columns) in one language's FTS5 table, in memory,
/// for `kbkit_rank`: FTS5 looks a scored row's length up in its %_docsize b-tree, a statement stepped
/// per row, and that was half of a search's time on the bench corpus (p50 0.43 → 0.21 ms without it).
/// About 12 bytes a chunk (0.8 MB for the bench corpus's 65,000). The C side: Sources/CFTS5Rank.
final class DocumentLengths: @unchecked Sendable {
    // Immutable once loaded, freed with the last reference: a search holds one while its query runs.
    fileprivate let handle: UnsafeMutableRawPointer

    /// Reads a table's lengths (a few milliseconds for 10,000 chunks).
    init(_ db: Database, table: String) throws {
        guard let connection = db.sqliteConnection else { throw StoreError.database("no SQLite connection to read \(table)'s document lengths on") }
        var handle: UnsafeMutableRawPointer?
        let code = kb_document_lengths_load(UnsafeMutableRawPointer(connection), table, &handle)
        guard code == 0, let handle else { throw StoreError.database("cannot read \(table)'s document lengths (SQLite code \(code))") }
        self.handle = handle
    }

    deinit { kb_document_lengths_free(handle) }

    var count: Int { Int(kb_document_lengths_count(handle)) }

    /// The C side's pointer, for another C function of the module, while `body` runs.
    func withHandle<T>(_ body: (UnsafeRawPointer) -> T) -> T { withExtendedLifetime(self) { body(handle) } }

    /// A chunk's length, nil when the table has no such row.
    func length(ofRow rowid: Int64) -> Int? {
        let n = kb_document_lengths_of(handle, rowid)
        return n < 0 ? nil : Int(n)
    }

    /// Binds `lengths` (nil: none, FTS5 looks each row's length up) to a statement's parameter, as
    /// kbkit_rank's lengths argument. The caller keeps `lengths` alive until the statement has run.
    static func bind(_ lengths: DocumentLengths?, to statement: Statement, at index: Int32) throws {
        let code = kb_document_lengths_bind(UnsafeMutableRawPointer(statement.sqliteStatement), index, lengths.map { UnsafeRawPointer($0.handle) })
        guard code == 0 else { throw StoreError.database("cannot bind the document lengths (SQLite code \(code)) to \(statement.sql)") }
    }
}

/// The document lengths of each language's table, kept until its index changes (IndexStamp).
final class DocumentLengthsCache: Sendable {
    private let tables = Mutex<[String: (stamp: [UInt8], lengths: DocumentLengths)]>([:])

    func lengths(_ db: Database, table: String, stamp: [UInt8]) throws -> DocumentLengths {
        if let known = tables.withLock({ $0[table] }), known.stamp == stamp { return known.lengths }
        // Read outside the lock: another language's searches need not wait for it.
        let lengths = try DocumentLengths(db, table: table)
        tables.withLock { $0[table] = (stamp, lengths) }
        return lengths
    }
}
