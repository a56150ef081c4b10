import Foundation
import GRDB
import Ingest

/// Writes documents and their versions inside the import's transaction, with statements prepared once.
struct VersionWriter {
    let db: Database
    let importedAt: String
    private let insertVersion: Statement
    private let insertSection: Statement
    private let insertBlock: Statement
    private let insertFAQ: Statement
    private let insertLink: Statement
    private let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }()

    init(db: Database, importedAt: String) throws {
        self.db = db
        self.importedAt = importedAt
        insertVersion = try db.makeStatement(sql: """
            INSERT INTO versions (document_key, version, content_hash, format, title, markets, type, updated,
                translation_of, source_updated, metadata, size, imported_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertSection = try db.makeStatement(sql: "INSERT INTO sections (version_key, ordinal, heading_path) VALUES (?, ?, ?)")
        insertBlock = try db.makeStatement(sql: "INSERT INTO blocks (version_key, section, ordinal, kind, depth, text) VALUES (?, ?, ?, ?, ?, ?)")
        insertFAQ = try db.makeStatement(sql: "INSERT INTO faq_pairs (version_key, ordinal, question, answer, origin, heading_path) VALUES (?, ?, ?, ?, ?, ?)")
        insertLink = try db.makeStatement(sql: "INSERT INTO links (version_key, ordinal, href, text) VALUES (?, ?, ?, ?)")
    }

    mutating func insertDocument(path: String, id: String, lang: String, hash: String, size: Int, doc: ExtractedDocument) throws {
        try db.execute(sql: "INSERT INTO documents (id, lang, path, current_version) VALUES (?, ?, ?, 1)", arguments: [id, lang, path])
        try writeVersion(documentKey: db.lastInsertedRowID, version: 1, hash: hash, size: size, doc: doc)
    }

    mutating func addVersion(documentKey: Int64, version: Int, id: String, lang: String, hash: String, size: Int, doc: ExtractedDocument, newPath: String? = nil) throws {
        try writeVersion(documentKey: documentKey, version: version, hash: hash, size: size, doc: doc)
        try db.execute(sql: """
            UPDATE documents SET current_version = ?, id = ?, lang = ?, path = COALESCE(?, path), removed_at = NULL WHERE key = ?
            """, arguments: [version, id, lang, newPath, documentKey])
    }

    func restore(documentKey: Int64) throws {
        try db.execute(sql: "UPDATE documents SET removed_at = NULL WHERE key = ?", arguments: [documentKey])
    }

    func markRemoved(documentKey: Int64) throws {
        try db.execute(sql: "UPDATE documents SET removed_at = ? WHERE key = ?", arguments: [importedAt, documentKey])
    }

    private func json<T: Encodable>(_ value: T) -> String {
        (try? encoder.encode(value)).flatMap { String(data: $0, encoding: .utf8) } ?? "null"
    }

    private func json(_ strings: [String]) -> String { JSONArray.encode(strings) }

    private mutating func writeVersion(documentKey: Int64, version: Int, hash: String, size: Int, doc: ExtractedDocument) throws {
        let m = doc.metadata
        try insertVersion.execute(arguments: [
            documentKey, version, hash, doc.format.rawValue, doc.title, json(m.markets), m.type, m.updated,
            m.translationOf, m.sourceUpdated, json(m), size, importedAt,
        ])
        let versionKey = db.lastInsertedRowID
        for (s, section) in doc.sections.enumerated() {
            try insertSection.execute(arguments: [versionKey, s, json(section.headingPath)])
            for (b, block) in section.blocks.enumerated() {
                try insertBlock.execute(arguments: [versionKey, s, b, block.kind.rawValue, block.depth, block.text])
            }
        }
        for (i, pair) in doc.faq.enumerated() {
            try insertFAQ.execute(arguments: [versionKey, i, pair.question, pair.answer, pair.origin.rawValue, json(pair.headingPath)])
        }
        for (i, link) in doc.links.enumerated() {
            try insertLink.execute(arguments: [versionKey, i, link.href, link.text])
        }
    }
}
