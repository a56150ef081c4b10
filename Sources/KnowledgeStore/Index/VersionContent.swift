import GRDB
import Ingest

/// The sections (with their blocks) and FAQ pairs of one version, as the chunker takes them: what the
/// index build cuts into chunks, and what `ChunkTexts` cuts again when a chunk is read.
///
/// The statements are prepared once per connection (`cachedStatement`): compiled again for every
/// document (four statements each), GRDB's authorizer callbacks alone took a twentieth of the index
/// build's reading and analysis on the bench corpus.
struct VersionContent {
    var sections: [Section]
    var faq: [FAQPair]

    /// nil: the document has no such version.
    static func read(_ db: Database, documentKey: Int64, version: Int) throws -> VersionContent? {
        let versionKeys = try db.cachedStatement(sql: "SELECT key FROM versions WHERE document_key = ? AND version = ?")
        guard let versionKey = try Int64.fetchOne(versionKeys, arguments: [documentKey, version]) else { return nil }
        let headings = try db.cachedStatement(sql: "SELECT heading_path FROM sections WHERE version_key = ? ORDER BY ordinal")
        var sections = try Row.fetchAll(headings, arguments: [versionKey])
            .map { Section(headingPath: JSONArray.decode($0[0]) ?? [], blocks: []) }
        let blocks = try db.cachedStatement(sql: "SELECT section, kind, depth, text, step FROM blocks WHERE version_key = ? ORDER BY section, ordinal")
        for row in try Row.fetchAll(blocks, arguments: [versionKey]) {
            let s: Int = row[0]
            if s < sections.count { sections[s].blocks.append(Block(Block.Kind(rawValue: row[1]) ?? .paragraph, row[3], depth: row[2], ordinal: row[4])) }
        }
        let pairs = try db.cachedStatement(sql: "SELECT question, answer, origin FROM faq_pairs WHERE version_key = ? ORDER BY ordinal")
        let faq = try Row.fetchAll(pairs, arguments: [versionKey])
            .map { FAQPair(question: $0[0], answer: $0[1], origin: FAQPair.Origin(rawValue: $0[2]) ?? .heading) }
        return VersionContent(sections: sections, faq: faq)
    }
}
