import GRDB
internal import GRDBSQLite

/// A prepared INSERT run once per row with its values bound straight through SQLite's C API, for
/// the bulk writes of the import (a row per block) and the index build (two rows per chunk).
///
/// Why not `Statement.execute(arguments:)`: GRDB boxes every value in a `DatabaseValue`, checks the
/// arguments against the statement and records the database region each execution touched; on the
/// bench corpus that was about a quarter of the single writer's time, and the writer is what
/// bounds the index build. The statement is still GRDB's, prepared on the writer's connection
/// inside its transaction; only binding and stepping skip GRDB. Use it for writes that nothing
/// observes (kbkit registers no transaction observers).
///
///     var row = insertBlock.row()
///     row.bind(key); row.bind(text); row.bind(optionalText)
///     try row.run()
struct BulkInsert {
    private let statement: Statement
    private let sql: String

    init(_ db: Database, sql: String) throws {
        statement = try db.makeStatement(sql: sql)
        self.sql = sql
    }

    /// A row to bind, parameter after parameter, then `run`.
    func row() -> Values { Values(handle: statement.sqliteStatement, sql: sql) }

    struct Values {
        fileprivate let handle: OpaquePointer
        fileprivate let sql: String
        private var index: Int32 = 1

        fileprivate init(handle: OpaquePointer, sql: String) {
            self.handle = handle
            self.sql = sql
        }

        mutating func bind(_ value: Int64) {
            _ = sqlite3_bind_int64(handle, index, value)
            index += 1
        }

        mutating func bind(_ value: Int) { bind(Int64(value)) }

        /// As GRDB binds a string: as a C string, so text ends at its first NUL (the import and the
        /// index must store exactly what they stored through GRDB).
        mutating func bind(_ value: String) {
            value.withCString { _ = sqlite3_bind_text(handle, index, $0, -1, Self.transient) }
            index += 1
        }

        mutating func bind(_ value: Int?) {
            if let value { bind(value) } else { _ = sqlite3_bind_null(handle, index); index += 1 }
        }

        mutating func bind(_ value: String?) {
            if let value { bind(value) } else { _ = sqlite3_bind_null(handle, index); index += 1 }
        }

        /// Steps the statement once and resets it; throws SQLite's error with the statement's SQL.
        func run() throws {
            let code = sqlite3_step(handle)
            guard code == SQLITE_DONE else {
                let message = sqlite3_db_handle(handle).map { String(cString: sqlite3_errmsg($0)) }
                _ = sqlite3_reset(handle)
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: sql)
            }
            _ = sqlite3_reset(handle)
        }

        /// SQLITE_TRANSIENT: SQLite copies the bytes before `bind` returns.
        private static var transient: sqlite3_destructor_type { unsafeBitCast(-1, to: sqlite3_destructor_type.self) }
    }
}
