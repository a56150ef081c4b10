import GRDB
import Ingest

/// The documents already in the store that an import can touch, read once at its start: those at the
/// paths it was given and those under the folders it was given (which it may flag as removed). Reading
/// only those keeps the import of one edited file from reading every document of a large store.
/// A document elsewhere is found by its id and language when a file claims them (a move, or a duplicate).
struct ExistingDocuments: Sendable {
    struct Entry: Sendable {
        var key: Int64
        var id: String
        var lang: String
        var path: String
        var version: Int
        var hash: String
        var removed: Bool
        /// The `Extractor.version` that read the current version (nil: before versions were recorded).
        var extractor: String?
        var documentKey: String { "\(lang)/\(id)" }

        /// The file is the one this version was read from, read as this kbkit reads it: nothing to do.
        func isCurrent(hash: String) -> Bool { self.hash == hash && extractor == Extractor.version }
    }

    /// The documents read, the ones under the imported folders among them.
    let all: [Entry]
    let byPath: [String: Entry]
    /// Every document of the store was read (a folder import of the workspace root).
    private let complete: Bool
    private let byKey: [String: Entry]

    private static let columns = """
        SELECT d.key, d.id, d.lang, d.path, d.current_version, v.content_hash, d.removed_at, v.extractor
        FROM documents d JOIN versions v ON v.document_key = d.key AND v.version = d.current_version
        """
    /// SQLite's default limit on the number of `?` in one statement is 999.
    private static let pathsPerQuery = 500

    /// - Parameters:
    ///   - paths: the files given one by one (not found under `folders`).
    ///   - folders: the folders given, relative to the workspace root ("" is the root itself).
    ///   - containers: the files given one by one that may hold several documents (a help-centre
    ///     export's articles are stored at "file#id/locale").
    init(_ db: Database, paths: [String], folders: [String], containers: [String] = []) throws {
        var rows: [Row] = []
        if folders.contains("") {
            rows = try Row.fetchAll(db, sql: Self.columns)
        } else {
            for folder in Set(folders) {
                // Paths under "f/" sort from "f/" up to "f0" ("0" follows "/"): a range on the path index.
                rows += try Row.fetchAll(db, sql: Self.columns + " WHERE d.path >= ? AND d.path < ?", arguments: [folder + "/", folder + "0"])
            }
            for file in Set(containers) {
                // "file#…" sorts from "file#" up to "file$" ("$" follows "#").
                rows += try Row.fetchAll(db, sql: Self.columns + " WHERE d.path >= ? AND d.path < ?", arguments: [file + "#", file + "$"])
            }
            for start in stride(from: 0, to: paths.count, by: Self.pathsPerQuery) {
                let some = Array(paths[start..<min(start + Self.pathsPerQuery, paths.count)])
                let marks = Array(repeating: "?", count: some.count).joined(separator: ", ")
                rows += try Row.fetchAll(db, sql: Self.columns + " WHERE d.path IN (\(marks))", arguments: StatementArguments(some))
            }
        }
        var seen = Set<Int64>()   // nested folders read some documents twice
        all = rows.map(Self.entry).filter { seen.insert($0.key).inserted }
        byPath = Dictionary(all.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        byKey = Dictionary(all.map { ($0.documentKey, $0) }, uniquingKeysWith: { a, _ in a })
        complete = folders.contains("")
    }

    private static func entry(_ row: Row) -> Entry {
        Entry(key: row[0], id: row[1], lang: row[2], path: row[3], version: row[4], hash: row[5], removed: (row[6] as String?) != nil, extractor: row[7])
    }

    /// The document with this id and language (`lang/id`), read or looked up in the store.
    func document(key: String, in db: Database) throws -> Entry? {
        if let e = byKey[key] { return e }
        guard !complete, let slash = key.firstIndex(of: "/") else { return nil }
        let lang = String(key[..<slash]), id = String(key[key.index(after: slash)...])
        // Asked for every parsed document of an import that did not read them all: prepared once.
        let statement = try db.cachedStatement(sql: Self.columns + " WHERE d.id = ? AND d.lang = ?")
        return try Row.fetchOne(statement, arguments: [id, lang]).map(Self.entry)
    }

    /// The path of another live document with this key, if any (a duplicate id).
    func pathOf(key: String, excluding path: String, aliveOnly: Bool, in db: Database) throws -> String? {
        guard let e = try document(key: key, in: db), e.path != path, !(aliveOnly && e.removed) else { return nil }
        return e.path
    }
}
