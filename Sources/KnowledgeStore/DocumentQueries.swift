import Foundation
import GRDB

extension KnowledgeStore {
    /// Every language version, sorted by id then language. Removed documents only when asked.
    public func documents(includeRemoved: Bool = false, language: String? = nil, market: String? = nil) throws(StoreError) -> [DocumentSummary] {
        let all = try read { db in
            try Row.fetchAll(db, sql: """
                SELECT d.id, d.lang, v.markets, v.type, v.title, d.path, d.current_version, v.updated, d.removed_at
                FROM documents d JOIN versions v ON v.document_key = d.key AND v.version = d.current_version
                ORDER BY d.id, d.lang
                """).map(Self.summary)
        }
        return all.filter { doc in
            (includeRemoved || !doc.removed) && (language == nil || doc.lang == language)
                && (market == nil || doc.markets.isEmpty || doc.markets.contains(market!))
        }
    }

    /// From a row with the columns id, lang, markets, type, title, path, current_version, updated, removed_at.
    static func summary(_ row: Row) -> DocumentSummary {
        let marketsJSON: String = row["markets"]
        let markets = (try? JSONDecoder().decode([String].self, from: Data(marketsJSON.utf8))) ?? []
        return DocumentSummary(id: row["id"], lang: row["lang"], markets: markets, type: row["type"], title: row["title"], path: row["path"],
                               version: row["current_version"], updated: row["updated"], removed: (row["removed_at"] as String?) != nil)
    }

    /// Resolves what a user typed: "de/returns", "returns" (+ language), or a path.
    public func resolve(_ reference: String, language: String? = nil) throws(StoreError) -> DocumentSummary {
        let docs = try documents(includeRemoved: true)
        if let exact = docs.first(where: { $0.key == reference || $0.path == reference }) { return exact }
        var byID = docs.filter { $0.id == reference }
        if let language { byID = byID.filter { $0.lang == language } }
        if byID.count == 1 { return byID[0] }
        if byID.count > 1 { throw .ambiguousDocument(reference, candidates: byID.map(\.key)) }
        let needle = reference.lowercased()
        let similar = docs.filter { $0.key.contains(needle) || $0.title.lowercased().contains(needle) }.prefix(5).map(\.key)
        throw .noSuchDocument(reference, suggestions: Array(similar))
    }

    /// One version of a document with its structure (the current one by default).
    public func document(_ summary: DocumentSummary, version: Int? = nil) throws(StoreError) -> StoredDocument {
        try read { db in try Self.loadDocument(db, summary, version: version) }
    }

    /// The same, inside a transaction the caller already holds (the indexer reads within its write).
    static func loadDocument(_ db: Database, _ summary: DocumentSummary, version: Int? = nil) throws -> StoredDocument {
        let wanted = version ?? summary.version
        return try { () throws -> StoredDocument in
            guard let docKey = try Int64.fetchOne(db, sql: "SELECT key FROM documents WHERE id = ? AND lang = ?", arguments: [summary.id, summary.lang]) else {
                throw StoreError.noSuchDocument(summary.key, suggestions: [])
            }
            guard let v = try Row.fetchOne(db, sql: "SELECT key, content_hash, format, metadata, title, markets, type, updated FROM versions WHERE document_key = ? AND version = ?", arguments: [docKey, wanted]) else {
                throw StoreError.noSuchVersion(document: summary.key, version: wanted)
            }
            let versionKey: Int64 = v[0]
            let decoder = JSONDecoder()
            let headingRows = try Row.fetchAll(db, sql: "SELECT ordinal, heading_path FROM sections WHERE version_key = ? ORDER BY ordinal", arguments: [versionKey])
            var sections = headingRows.map { row -> StoredSection in
                let path = (try? decoder.decode([String].self, from: Data((row[1] as String).utf8))) ?? []
                return StoredSection(headingPath: path, blocks: [])
            }
            for row in try Row.fetchAll(db, sql: "SELECT section, kind, depth, text, step FROM blocks WHERE version_key = ? ORDER BY section, ordinal", arguments: [versionKey]) {
                let s: Int = row[0]
                if s < sections.count { sections[s].blocks.append(StoredBlock(kind: row[1], depth: row[2], text: row[3], step: row[4])) }
            }
            let faq = try Row.fetchAll(db, sql: "SELECT question, answer, origin FROM faq_pairs WHERE version_key = ? ORDER BY ordinal", arguments: [versionKey])
                .map { StoredFAQ(question: $0[0], answer: $0[1], origin: $0[2]) }
            let links = try Row.fetchAll(db, sql: "SELECT href, text FROM links WHERE version_key = ? ORDER BY ordinal", arguments: [versionKey])
                .map { StoredLink(href: $0[0], text: $0[1]) }
            let versions = try Row.fetchAll(db, sql: "SELECT version, content_hash, imported_at FROM versions WHERE document_key = ? ORDER BY version", arguments: [docKey])
                .map { VersionInfo(version: $0[0], contentHash: $0[1], importedAt: $0[2]) }
            var metadata: [String: String] = [:]
            if let object = try? JSONSerialization.jsonObject(with: Data((v[3] as String).utf8)) as? [String: Any] {
                for (k, value) in object {
                    if let s = value as? String { metadata[k] = s } else if let a = value as? [String], !a.isEmpty { metadata[k] = a.joined(separator: ", ") }
                    else if let d = value as? [String: String] { for (ek, ev) in d { metadata[ek] = ev } }
                }
            }
            var s = summary
            s.title = v[4]
            s.type = v[6]
            s.updated = v[7]
            s.markets = (try? decoder.decode([String].self, from: Data((v[5] as String).utf8))) ?? s.markets
            return StoredDocument(summary: s, version: wanted, contentHash: v[1], format: v[2], metadata: metadata,
                                  sections: sections, faq: faq, links: links, versions: versions)
        }()
    }

    /// Counts for status lines: documents alive, removed, versions.
    public func counts() throws(StoreError) -> (documents: Int, removed: Int, versions: Int) {
        try read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM documents WHERE removed_at IS NULL") ?? 0,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM documents WHERE removed_at IS NOT NULL") ?? 0,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM versions") ?? 0)
        }
    }
}
