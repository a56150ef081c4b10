import GRDB
internal import GRDBSQLite

/// Moves a finished FTS5 table from one connection's database to another's, as its shadow tables
/// (`<t>_data`, `_idx`, `_docsize`, `_config`: the segments, the structure record, each row's
/// length, the settings) copied row for row, values as they are.
///
/// This relies on FTS5 keeping everything in those tables (SQLite documents them as the table's
/// storage) and on one thing of its implementation: a connection caches a table's structure record
/// and drops the cache only when *another* connection commits (`PRAGMA data_version`). So the
/// receiving table must be one this connection has just created with `CREATE VIRTUAL TABLE` and not
/// used since — FTS5 forgets the structure it read while connecting — or it would go on writing
/// over the copied segments from the empty structure it remembers. `IndexTests` check that a copied
/// table gives what one built in place gives, byte for byte and in searches, also after a later
/// change made on the same connection.
enum ShadowTables {
    /// The names of `table`'s shadow tables in `db`.
    static func names(_ db: Database, of table: String) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE ? ESCAPE '\\' ORDER BY name",
                            arguments: [table.replacingOccurrences(of: "_", with: "\\_") + "\\_%"])
    }

    /// Replaces the rows of `table`'s shadow tables in `target` with those in `source`. `target`'s
    /// table must have just been created (see above); both connections are used on this thread.
    static func copy(_ table: String, from source: Database, to target: Database) throws {
        let sourceNames = try names(source, of: table)
        guard try Set(names(target, of: table)) == Set(sourceNames), !sourceNames.isEmpty else {
            throw DatabaseError(message: "the shadow tables of \(table) differ between the side database and the store")
        }
        for name in sourceNames {
            try target.execute(sql: "DELETE FROM \"\(name)\"")
            let read = try source.makeStatement(sql: "SELECT * FROM \"\(name)\"")
            let columns = read.columnCount
            let write = try target.makeStatement(sql: "INSERT INTO \"\(name)\" VALUES (\(Array(repeating: "?", count: columns).joined(separator: ", ")))")
            try copyRows(read.sqliteStatement, into: write.sqliteStatement, columns: Int32(columns), sql: write.sql)
        }
    }

    /// Steps `read` to its end, inserting each row through `write` (its values bound as SQLite holds
    /// them: integers, blobs and texts byte for byte).
    private static func copyRows(_ read: OpaquePointer, into write: OpaquePointer, columns: Int32, sql: String) throws {
        defer { _ = sqlite3_reset(read) }
        while true {
            let step = sqlite3_step(read)
            if step == SQLITE_DONE { return }
            guard step == SQLITE_ROW else { throw error(read, code: step, sql: "SELECT") }
            for i in 0..<columns { _ = sqlite3_bind_value(write, i + 1, sqlite3_column_value(read, i)) }
            let code = sqlite3_step(write)
            let failure = code == SQLITE_DONE ? nil : error(write, code: code, sql: sql)
            _ = sqlite3_reset(write)
            if let failure { throw failure }
        }
    }

    private static func error(_ statement: OpaquePointer, code: Int32, sql: String) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: sqlite3_db_handle(statement).map { String(cString: sqlite3_errmsg($0)) }, sql: sql)
    }
}
