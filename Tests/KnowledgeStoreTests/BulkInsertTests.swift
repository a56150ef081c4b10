import Testing
import GRDB
@testable import KnowledgeStore

/// `BulkInsert` binds values through SQLite's C API instead of GRDB's arguments: what it stores must
/// be what GRDB would store, and its errors must still name the statement.
@Suite struct BulkInsertTests {
    @Test func storesWhatGRDBWouldStore() throws {
        let db = try DatabaseQueue()
        try db.write { db in
            try db.execute(sql: "CREATE TABLE t (n INTEGER, s TEXT, o TEXT)")
            let insert = try BulkInsert(db, sql: "INSERT INTO t (n, s, o) VALUES (?, ?, ?)")
            for (n, s, o) in [(Int64(1), "", String?.none), (2, "Rückgabe 退货 😀", "x"), (Int64.max, "a\u{0}b", "")] {
                var row = insert.row()
                row.bind(n); row.bind(s); row.bind(o)
                try row.run()
                try db.execute(sql: "INSERT INTO t (n, s, o) VALUES (?, ?, ?)", arguments: [-n, s, o])
            }
            let rows = try Row.fetchAll(db, sql: "SELECT n, s, o, typeof(s), typeof(o) FROM t ORDER BY rowid")
            for pair in stride(from: 0, to: rows.count, by: 2) {
                let (mine, grdb) = (rows[pair], rows[pair + 1])
                #expect((mine[0] as Int64) == -(grdb[0] as Int64))
                #expect((mine[1] as String) == (grdb[1] as String))
                #expect((mine[2] as String?) == (grdb[2] as String?))
                #expect((mine[3] as String) == (grdb[3] as String) && (mine[4] as String) == (grdb[4] as String))
            }
            #expect((rows[0][4] as String) == "null" && (rows[0][3] as String) == "text")
        }
    }

    @Test func aFailedInsertThrowsWithItsSQLAndLeavesTheStatementUsable() throws {
        let db = try DatabaseQueue()
        try db.write { db in
            try db.execute(sql: "CREATE TABLE t (n INTEGER PRIMARY KEY)")
            let sql = "INSERT INTO t (n) VALUES (?)"
            let insert = try BulkInsert(db, sql: sql)
            var first = insert.row(); first.bind(1); try first.run()
            var again = insert.row(); again.bind(1)
            let error = #expect(throws: DatabaseError.self) { try again.run() }
            #expect(error?.resultCode == .SQLITE_CONSTRAINT && error?.sql == sql)
            var next = insert.row(); next.bind(2); try next.run()
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM t") == 2)
        }
    }
}
