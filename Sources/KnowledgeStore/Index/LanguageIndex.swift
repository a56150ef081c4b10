import GRDB

/// The FTS5 table of one language: `fts_<lang>`, contentless, columns in bm25() weight order.
enum LanguageIndex {
    static let columns = "markets, title, headings, question, body"

    static func table(_ lang: String) -> String? {
        let l = lang.lowercased()
        guard (2...3).contains(l.count), l.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        return "fts_\(l)"
    }

    static func exists(_ db: Database, _ lang: String) throws -> Bool {
        guard let t = table(lang) else { return false }
        return try db.tableExists(t)
    }

    /// Creates the table if it is missing (true: it was created). A new table is about to be filled
    /// in bulk, so it merges nothing until `optimize` (FTS5 would otherwise merge its segments again
    /// and again while they are written, then once more at the end).
    @discardableResult
    static func create(_ db: Database, _ lang: String) throws -> Bool {
        guard let t = table(lang), try !db.tableExists(t) else { return false }
        try declare(db, lang)
        try db.execute(sql: "INSERT INTO \(t) (\(t), rank) VALUES ('automerge', 0)")
        try db.execute(sql: "INSERT INTO \(t) (\(t), rank) VALUES ('crisismerge', 64)")
        return true
    }

    /// Creates the table with FTS5's default settings, and nothing else: what `ShadowTables.copy`
    /// fills (a table that has not been used since it was created).
    static func declare(_ db: Database, _ lang: String) throws {
        guard let t = table(lang) else { throw DatabaseError(message: "no index table for language \(lang)") }
        try db.execute(sql: "CREATE VIRTUAL TABLE \(t) USING fts5(\(columns), content = '', tokenize = 'ascii', detail = full)")
    }

    /// Merges the table into one segment and gives later, smaller changes FTS5's default merging back.
    static func optimize(_ db: Database, _ table: String) throws {
        try db.execute(sql: "INSERT INTO \(table) (\(table)) VALUES ('optimize')")
        try db.execute(sql: "INSERT INTO \(table) (\(table), rank) VALUES ('automerge', 4)")
        try db.execute(sql: "INSERT INTO \(table) (\(table), rank) VALUES ('crisismerge', 16)")
    }

    static func allTables(_ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'fts\\_%' ESCAPE '\\' AND sql LIKE 'CREATE VIRTUAL TABLE%'")
    }

    /// FTS5's merge settings of a language's table (automerge, crisismerge), as stored in its config.
    static func mergeSettings(_ db: Database, _ lang: String) throws -> (automerge: Int?, crisismerge: Int?) {
        guard let t = table(lang), try db.tableExists(t) else { return (nil, nil) }
        func value(_ key: String) throws -> Int? { try Int.fetchOne(db, sql: "SELECT v FROM \(t)_config WHERE k = ?", arguments: [key]) }
        return (try value("automerge"), try value("crisismerge"))
    }
}
