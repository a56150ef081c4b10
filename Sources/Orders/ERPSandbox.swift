import Foundation
internal import GRDBSQLite

/// Runs the SQL fixtures of `kb/erp/` where they can write nothing but the ERP's own tables.
///
/// A fixture is workspace content, and a workspace may come from anyone: SQL can `ATTACH` a file
/// anywhere, `VACUUM INTO` one, or load an extension. The fixtures therefore run on a private
/// in-memory connection under SQLite's authorizer (GRDB keeps its own authorizer on its connections,
/// and SQLite allows one per connection), with no database to attach; the finished database is then
/// handed over whole (`sqlite3_serialize` → `sqlite3_deserialize`) to the GRDB queue the engine reads.
///
/// Allowed: creating, altering and dropping tables, indexes, views and triggers in `main`; inserting,
/// updating, deleting and selecting; transactions; harmless pragmas (`foreign_keys`, reads of schema
/// information). Refused, with the file, the line and the reason: ATTACH, DETACH, VACUUM (INTO), any
/// other pragma write, `load_extension`, temporary triggers, and anything outside `main`.
final class ERPSandbox {
    private var db: OpaquePointer?
    private let guard_ = Guard()

    /// What the authorizer refused last (read after a failed prepare).
    final class Guard {
        var refusal: String?
    }

    init() throws(EmbeddedERP.LoadError) {
        guard sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil) == SQLITE_OK, db != nil else {
            throw EmbeddedERP.LoadError(file: "kb/erp", message: "cannot open an in-memory database")
        }
        sqlite3_exec(db, "PRAGMA foreign_keys = ON", nil, nil, nil)
        // No database can be attached at all (VACUUM INTO attaches its target too).
        sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0)
        sqlite3_set_authorizer(db, { context, action, a1, a2, a3, _ in
            let g = Unmanaged<Guard>.fromOpaque(context!).takeUnretainedValue()
            func s(_ p: UnsafePointer<CChar>?) -> String? { p.map { String(cString: $0) } }
            if let refusal = ERPSandbox.refusal(action: action, s(a1), s(a2), database: s(a3)) {
                g.refusal = refusal
                return SQLITE_DENY
            }
            return SQLITE_OK
        }, Unmanaged.passUnretained(guard_).toOpaque())
    }

    deinit { sqlite3_close_v2(db) }

    /// Why an action is refused, or nil when it is allowed. `database` is the schema it touches.
    static func refusal(action: Int32, _ a1: String?, _ a2: String?, database: String?) -> String? {
        let outside = database.map { $0 != "main" } ?? false
        switch action {
        case SQLITE_CREATE_TABLE, SQLITE_CREATE_INDEX, SQLITE_CREATE_VIEW, SQLITE_CREATE_TRIGGER,
             SQLITE_DROP_TABLE, SQLITE_DROP_INDEX, SQLITE_DROP_VIEW, SQLITE_DROP_TRIGGER, SQLITE_ALTER_TABLE,
             SQLITE_INSERT, SQLITE_UPDATE, SQLITE_DELETE, SQLITE_READ:
            return outside ? "the ERP fixtures may only use the database 'main', not '\(database ?? "")'" : nil
        case SQLITE_SELECT, SQLITE_TRANSACTION, SQLITE_SAVEPOINT, SQLITE_RECURSIVE, SQLITE_REINDEX, SQLITE_ANALYZE:
            return nil
        case SQLITE_FUNCTION:
            return a2?.lowercased() == "load_extension" ? "loading SQLite extensions is not allowed in ERP fixtures" : nil
        case SQLITE_PRAGMA:
            let name = (a1 ?? "").lowercased()
            if a2 == nil, readablePragmas.contains(name) { return nil }
            if harmlessPragmaWrites.contains(name) { return nil }
            return "PRAGMA \(name)\(a2.map { " = \($0)" } ?? "") is not allowed in ERP fixtures (allowed: \(harmlessPragmaWrites.sorted().joined(separator: ", ")) and schema reads)"
        case SQLITE_ATTACH: return "ATTACH is not allowed in ERP fixtures: they may not open other database files"
        case SQLITE_DETACH: return "DETACH is not allowed in ERP fixtures"
        case SQLITE_CREATE_TEMP_TABLE, SQLITE_CREATE_TEMP_INDEX, SQLITE_CREATE_TEMP_VIEW, SQLITE_CREATE_TEMP_TRIGGER,
             SQLITE_DROP_TEMP_TABLE, SQLITE_DROP_TEMP_INDEX, SQLITE_DROP_TEMP_VIEW, SQLITE_DROP_TEMP_TRIGGER:
            return "temporary tables, views and triggers are not allowed in ERP fixtures (create them in main)"
        case SQLITE_CREATE_VTABLE, SQLITE_DROP_VTABLE: return "virtual tables are not allowed in ERP fixtures"
        default: return "this statement is not allowed in ERP fixtures (SQLite action \(action))"
        }
    }

    static let harmlessPragmaWrites: Set<String> = ["foreign_keys", "defer_foreign_keys", "recursive_triggers", "case_sensitive_like"]
    static let readablePragmas: Set<String> = [
        "foreign_keys", "table_info", "table_xinfo", "index_list", "index_info", "index_xinfo", "foreign_key_list",
        "foreign_key_check", "integrity_check", "quick_check", "user_version", "schema_version", "defer_foreign_keys",
    ]

    /// Statements whose first word is refused before SQLite sees them: VACUUM has no authorizer action.
    static let refusedKeywords: [String: String] = [
        "VACUUM": "VACUUM is not allowed in ERP fixtures (VACUUM INTO writes a file anywhere)",
        "ATTACH": "ATTACH is not allowed in ERP fixtures: they may not open other database files",
        "DETACH": "DETACH is not allowed in ERP fixtures",
    ]

    /// Runs one fixture file statement by statement; a failure names the file and the line of the
    /// statement that failed.
    func run(sql: String, file: String) throws(EmbeddedERP.LoadError) {
        let bytes = Array(sql.utf8)
        var offset = 0
        while offset < bytes.count {
            let start = Self.statementStart(bytes, from: offset)
            if start >= bytes.count { break }
            let line = bytes[..<start].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            let keyword = Self.firstWord(bytes, at: start)
            if let refusal = Self.refusedKeywords[keyword] { throw EmbeddedERP.LoadError(file: file, line: line, message: "refused: \(refusal)") }
            var statement: OpaquePointer?
            var tailOffset = bytes.count
            guard_.refusal = nil
            let rc = bytes.withUnsafeBufferPointer { buf -> Int32 in
                buf.withMemoryRebound(to: CChar.self) { chars in
                    var tail: UnsafePointer<CChar>?
                    let base = chars.baseAddress! + start
                    let rc = sqlite3_prepare_v2(db, base, Int32(chars.count - start), &statement, &tail)
                    if let tail { tailOffset = tail - chars.baseAddress! }
                    return rc
                }
            }
            if rc != SQLITE_OK {
                let message = guard_.refusal.map { "refused: \($0)" } ?? String(cString: sqlite3_errmsg(db))
                sqlite3_finalize(statement)
                throw EmbeddedERP.LoadError(file: file, line: line, message: message)
            }
            if let statement {
                var step = sqlite3_step(statement)
                while step == SQLITE_ROW { step = sqlite3_step(statement) }
                if step != SQLITE_DONE {
                    let message = guard_.refusal.map { "refused: \($0)" } ?? String(cString: sqlite3_errmsg(db))
                    sqlite3_finalize(statement)
                    throw EmbeddedERP.LoadError(file: file, line: line, message: message)
                }
                sqlite3_finalize(statement)
            }
            offset = max(tailOffset, start + 1)
        }
    }

    /// The whole database, serialized: the bytes of an SQLite file, owned by the caller (sqlite3_free).
    func serialized() throws(EmbeddedERP.LoadError) -> (UnsafeMutablePointer<UInt8>, Int64) {
        // The fixtures are done: serialize reads PRAGMA page_count, which they could not.
        sqlite3_set_authorizer(db, nil, nil)
        var size: sqlite3_int64 = 0
        guard let bytes = sqlite3_serialize(db, "main", &size, 0) else {
            throw EmbeddedERP.LoadError(file: "kb/erp", message: "cannot serialize the ERP database")
        }
        return (bytes, Int64(size))
    }

    /// Replaces the main database of `connection` by the serialized bytes (which it then owns).
    static func install(_ bytes: UnsafeMutablePointer<UInt8>, size: Int64, into connection: OpaquePointer) -> String? {
        let flags = UInt32(SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE)
        let rc = sqlite3_deserialize(connection, "main", bytes, sqlite3_int64(size), sqlite3_int64(size), flags)
        return rc == SQLITE_OK ? nil : String(cString: sqlite3_errmsg(connection))
    }

    /// Skips white space and comments (`-- …` and `/* … */`) to where the next statement begins.
    static func statementStart(_ b: [UInt8], from: Int) -> Int {
        var i = from
        while i < b.count {
            let c = b[i]
            if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 || c == 0x3B { i += 1; continue }
            if c == 0x2D, i + 1 < b.count, b[i + 1] == 0x2D {
                while i < b.count, b[i] != 0x0A { i += 1 }
                continue
            }
            if c == 0x2F, i + 1 < b.count, b[i + 1] == 0x2A {
                i += 2
                while i + 1 < b.count, !(b[i] == 0x2A && b[i + 1] == 0x2F) { i += 1 }
                i += 2
                continue
            }
            break
        }
        return i
    }

    static func firstWord(_ b: [UInt8], at start: Int) -> String {
        var end = start
        while end < b.count, (0x41...0x5A).contains(b[end] & 0xDF) { end += 1 }
        return String(decoding: b[start..<end], as: UTF8.self).uppercased()
    }
}
