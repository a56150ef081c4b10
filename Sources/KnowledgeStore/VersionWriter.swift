import Foundation
import GRDB
import Ingest

/// Writes documents and their versions inside the import's transaction, with statements prepared once
/// (the per-document ones through `cachedStatement`: compiled again for each of the bench corpus's
/// 6,231 documents, GRDB's authorizer callbacks were a twelfth of the import writer's time).
struct VersionWriter {
    let db: Database
    let importedAt: String
    private let insertVersion: BulkInsert
    private let insertSection: BulkInsert
    private let insertBlock: BulkInsert
    private let insertFAQ: BulkInsert
    private let insertLink: BulkInsert

    init(db: Database, importedAt: String) throws {
        self.db = db
        self.importedAt = importedAt
        insertVersion = try BulkInsert(db, sql: """
            INSERT INTO versions (document_key, version, content_hash, format, title, markets, type, updated,
                translation_of, source_updated, metadata, size, imported_at, extractor)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertSection = try BulkInsert(db, sql: "INSERT INTO sections (version_key, ordinal, heading_path) VALUES (?, ?, ?)")
        insertBlock = try BulkInsert(db, sql: "INSERT INTO blocks (version_key, section, ordinal, kind, depth, text, step) VALUES (?, ?, ?, ?, ?, ?, ?)")
        insertFAQ = try BulkInsert(db, sql: "INSERT INTO faq_pairs (version_key, ordinal, question, answer, origin, heading_path) VALUES (?, ?, ?, ?, ?, ?)")
        insertLink = try BulkInsert(db, sql: "INSERT INTO links (version_key, ordinal, href, text) VALUES (?, ?, ?, ?)")
    }

    mutating func insertDocument(path: String, id: String, lang: String, hash: String, size: Int, doc: ExtractedDocument, metadataJSON: String) throws {
        try db.cachedStatement(sql: "INSERT INTO documents (id, lang, path, current_version) VALUES (?, ?, ?, 1)").execute(arguments: [id, lang, path])
        try writeVersion(documentKey: db.lastInsertedRowID, version: 1, hash: hash, size: size, doc: doc, metadataJSON: metadataJSON)
    }

    mutating func addVersion(documentKey: Int64, version: Int, id: String, lang: String, hash: String, size: Int, doc: ExtractedDocument,
                             metadataJSON: String, newPath: String? = nil) throws {
        try writeVersion(documentKey: documentKey, version: version, hash: hash, size: size, doc: doc, metadataJSON: metadataJSON)
        try db.cachedStatement(sql: """
            UPDATE documents SET current_version = ?, id = ?, lang = ?, path = COALESCE(?, path), removed_at = NULL WHERE key = ?
            """).execute(arguments: [version, id, lang, newPath, documentKey])
    }

    func restore(documentKey: Int64) throws {
        try db.execute(sql: "UPDATE documents SET removed_at = NULL WHERE key = ?", arguments: [documentKey])
    }

    func markRemoved(documentKey: Int64) throws {
        try db.execute(sql: "UPDATE documents SET removed_at = ? WHERE key = ?", arguments: [importedAt, documentKey])
    }

    /// A version's metadata as the `versions` table stores it (sorted keys, slashes as they are).
    static func metadataJSON(_ metadata: DocumentMetadata) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(metadata)).flatMap { String(data: $0, encoding: .utf8) } ?? "null"
    }

    private func json(_ strings: [String]) -> String { JSONArray.encode(strings) }

    private mutating func writeVersion(documentKey: Int64, version: Int, hash: String, size: Int, doc: ExtractedDocument, metadataJSON: String) throws {
        let m = doc.metadata
        var v = insertVersion.row()
        v.bind(documentKey); v.bind(version); v.bind(hash); v.bind(doc.format.rawValue); v.bind(doc.title); v.bind(json(m.markets))
        v.bind(m.type); v.bind(m.updated); v.bind(m.translationOf); v.bind(m.sourceUpdated); v.bind(metadataJSON); v.bind(size); v.bind(importedAt); v.bind(Extractor.version)
        try v.run()
        let versionKey = db.lastInsertedRowID
        for (s, section) in doc.sections.enumerated() {
            var row = insertSection.row()
            row.bind(versionKey); row.bind(s); row.bind(json(section.headingPath))
            try row.run()
            for (b, block) in section.blocks.enumerated() {
                var row = insertBlock.row()
                row.bind(versionKey); row.bind(s); row.bind(b); row.bind(block.kind.rawValue); row.bind(block.depth); row.bind(block.text); row.bind(block.ordinal)
                try row.run()
            }
        }
        for (i, pair) in doc.faq.enumerated() {
            var row = insertFAQ.row()
            row.bind(versionKey); row.bind(i); row.bind(pair.question); row.bind(pair.answer); row.bind(pair.origin.rawValue); row.bind(json(pair.headingPath))
            try row.run()
        }
        for (i, link) in doc.links.enumerated() {
            var row = insertLink.row()
            row.bind(versionKey); row.bind(i); row.bind(link.href); row.bind(link.text)
            try row.run()
        }
    }
}
