import GRDB

/// A snapshot of the documents already in the store, read once at the start of an import.
struct ExistingDocuments: Sendable {
    struct Entry: Sendable {
        var key: Int64
        var id: String
        var lang: String
        var path: String
        var version: Int
        var hash: String
        var removed: Bool
        var documentKey: String { "\(lang)/\(id)" }
    }

    let all: [Entry]
    let byPath: [String: Entry]
    let byKey: [String: Entry]

    init(_ db: Database) throws {
        let rows = try Row.fetchAll(db, sql: """
            SELECT d.key, d.id, d.lang, d.path, d.current_version, v.content_hash, d.removed_at
            FROM documents d JOIN versions v ON v.document_key = d.key AND v.version = d.current_version
            """)
        all = rows.map { Entry(key: $0[0], id: $0[1], lang: $0[2], path: $0[3], version: $0[4], hash: $0[5], removed: ($0[6] as String?) != nil) }
        byPath = Dictionary(all.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        byKey = Dictionary(all.map { ($0.documentKey, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The path of another live document with this key, if any (a duplicate id).
    func pathOf(key: String, excluding path: String, aliveOnly: Bool) -> String? {
        guard let e = byKey[key], e.path != path, !(aliveOnly && e.removed) else { return nil }
        return e.path
    }
}
