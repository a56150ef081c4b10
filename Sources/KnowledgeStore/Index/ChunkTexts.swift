import GRDB
import Ingest
import Synchronization

/// A chunk's text is not stored: it is the chunker's cut of its version's blocks and FAQ pairs, made
/// again when the chunk is read. Stored, it was the documents' text a second time (33 of the 149 MB
/// of the bench corpus's store). The chunker is deterministic, and a change to it changes
/// `Indexer.version`, which rebuilds the whole index: the text read is always the text that was
/// indexed, as FTS5's contentless 'delete' needs.
final class ChunkTexts: Sendable {
    /// The one chunker the index is cut with.
    static let chunker = Chunker()
    /// How many versions' texts are kept: search and the engine read the same documents again and
    /// again; a bound keeps a long session's memory flat.
    static let cacheLimit = 1_024
    private let cache = Mutex<[String: [String]]>([:])

    /// The texts of a version's chunks, by ordinal.
    func texts(_ db: Database, documentKey: Int64, version: Int, language: String) throws -> [String] {
        let key = "\(documentKey)|\(version)"
        if let known = cache.withLock({ $0[key] }) { return known }
        guard let versionKey = try Int64.fetchOne(db, sql: "SELECT key FROM versions WHERE document_key = ? AND version = ?",
                                                  arguments: [documentKey, version]) else { return [] }
        var sections = try Row.fetchAll(db, sql: "SELECT heading_path FROM sections WHERE version_key = ? ORDER BY ordinal", arguments: [versionKey])
            .map { Section(headingPath: JSONArray.decode($0[0]) ?? [], blocks: []) }
        for row in try Row.fetchAll(db, sql: "SELECT section, kind, depth, text FROM blocks WHERE version_key = ? ORDER BY section, ordinal",
                                    arguments: [versionKey]) {
            let s: Int = row[0]
            if s < sections.count { sections[s].blocks.append(Block(Block.Kind(rawValue: row[1]) ?? .paragraph, row[3], depth: row[2])) }
        }
        let faq = try Row.fetchAll(db, sql: "SELECT question, answer, origin FROM faq_pairs WHERE version_key = ? ORDER BY ordinal", arguments: [versionKey])
            .map { FAQPair(question: $0[0], answer: $0[1], origin: FAQPair.Origin(rawValue: $0[2]) ?? .heading) }
        let texts = Self.chunker.chunks(sections: sections, faq: faq, language: language).map(\.text)
        cache.withLock { cache in
            if cache.count >= Self.cacheLimit { cache.removeAll() }
            cache[key] = texts
        }
        return texts
    }

    /// The text of the chunk a row names by its `document_key`, `version`, `ordinal` and `lang`.
    func text(_ db: Database, row: Row) throws -> String {
        let ordinal: Int = row["ordinal"]
        let texts = try texts(db, documentKey: row["document_key"], version: row["version"], language: row["lang"])
        return ordinal < texts.count ? texts[ordinal] : ""
    }
}
