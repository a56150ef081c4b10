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

    static func create(_ db: Database, _ lang: String) throws {
        guard let t = table(lang), try !db.tableExists(t) else { return }
        try db.execute(sql: "CREATE VIRTUAL TABLE \(t) USING fts5(\(columns), content = '', tokenize = 'ascii', detail = full)")
    }

    static func allTables(_ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'fts\\_%' ESCAPE '\\' AND sql LIKE 'CREATE VIRTUAL TABLE%'")
    }
}
