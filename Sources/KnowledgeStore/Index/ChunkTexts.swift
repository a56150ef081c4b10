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
        guard let content = try VersionContent.read(db, documentKey: documentKey, version: version) else { return [] }
        let texts = Self.chunker.chunks(sections: content.sections, faq: content.faq, language: language).map(\.text)
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
