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
    /// How many chunks' texts are kept: search and the engine read the same chunks again and again; a
    /// bound keeps a long session's memory flat. Kept one by one, not a version's all together: a
    /// search shows one or two chunks of a document, and a version's texts (ten chunks on average)
    /// held 1,024 documents in the memory that now holds 8,192 chunks — the bench corpus's 160
    /// queries show 1,600, and re-cutting the versions that had fallen out was a tenth of a search.
    static let cacheLimit = 8_192
    private struct Cache {
        var chunks: [ChunkKey: String] = [:]
        /// The last version cut, whole: a document's chunks are often read one after the other
        /// (removing a document from the index, `kbkit explain`).
        var lastVersion: (key: VersionKey, texts: [String])?
    }
    private struct VersionKey: Hashable { var documentKey: Int64; var version: Int }
    private struct ChunkKey: Hashable { var version: VersionKey; var ordinal: Int }
    private let cache = Mutex(Cache())

    /// The texts of a version's chunks, by ordinal.
    func texts(_ db: Database, documentKey: Int64, version: Int, language: String) throws -> [String] {
        let key = VersionKey(documentKey: documentKey, version: version)
        if let last = cache.withLock({ $0.lastVersion }), last.key == key { return last.texts }
        guard let content = try VersionContent.read(db, documentKey: documentKey, version: version) else { return [] }
        let texts = Self.chunker.chunks(sections: content.sections, faq: content.faq, language: language).map(\.text)
        cache.withLock { $0.lastVersion = (key, texts) }
        return texts
    }

    /// The text of the chunk a row names by its `document_key`, `version`, `ordinal` and `lang`.
    func text(_ db: Database, row: Row) throws -> String {
        let ordinal: Int = row["ordinal"]
        let key = ChunkKey(version: VersionKey(documentKey: row["document_key"], version: row["version"]), ordinal: ordinal)
        if let known = cache.withLock({ $0.chunks[key] }) { return known }
        let texts = try texts(db, documentKey: key.version.documentKey, version: key.version.version, language: row["lang"])
        let text = ordinal < texts.count ? texts[ordinal] : ""
        cache.withLock { cache in
            if cache.chunks.count >= Self.cacheLimit { cache.chunks.removeAll() }
            cache.chunks[key] = text
        }
        return text
    }
}
