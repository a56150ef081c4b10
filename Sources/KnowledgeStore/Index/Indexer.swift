import Foundation
import Support
import GRDB
import Ingest
import Linguistics

/// Builds the retrieval index from the store: chunks of the current version of every live document,
/// analyzed with the analyzer of the document's language. Incremental: a document whose current
/// version is already indexed (with the same analyzer and chunker) is left alone; removed documents
/// leave the index. One transaction, like the import.
public struct Indexer: Sendable {
    public struct Report: Sendable, Codable, Equatable {
        public var indexed: [String] = []
        public var unchanged = 0
        public var dropped: [String] = []
        public var chunks = 0
    }

    /// Bump when analysis or chunking changes: everything is re-indexed once.
    public static let version = "chunker-1/analyzer-1/fts-per-language"

    /// The largest table (in chunks) merged into one segment after a change (see `run`).
    static let optimizeUpTo = 20_000

    let store: KnowledgeStore
    let chunker: Chunker

    public init(store: KnowledgeStore, chunker: Chunker = Chunker()) {
        self.store = store
        self.chunker = chunker
    }

    struct Pending: Sendable {
        var documentKey: Int64
        var summary: DocumentSummary
    }

    struct Prepared: Sendable {
        var pending: Pending
        var chunks: [Chunk]
        var fields: [IndexFields]
    }

    public func run(full: Bool = false, progress: (@Sendable (Int, Int) -> Void)? = nil) throws(StoreError) -> Report {
        var report = Report()
        let (todo, gone, current) = try store.read { db -> ([Pending], [(Int64, String)], Int) in
            let rows = try Row.fetchAll(db, sql: """
                SELECT d.key, d.id, d.lang, v.markets, v.type, v.title, d.path, d.current_version, v.updated, d.removed_at,
                       s.version AS indexed_version, s.analyzer
                FROM documents d
                JOIN versions v ON v.document_key = d.key AND v.version = d.current_version
                LEFT JOIN index_state s ON s.document_key = d.key
                ORDER BY d.id, d.lang
                """)
            var todo: [Pending] = []
            var gone: [(Int64, String)] = []
            var current = 0
            for row in rows {
                let summary = KnowledgeStore.summary(row)
                let key: Int64 = row["key"]
                let indexedVersion: Int? = row["indexed_version"]
                let analyzer: String? = row["analyzer"]
                if summary.removed {
                    if indexedVersion != nil { gone.append((key, summary.key)) }
                } else if full || indexedVersion != summary.version || analyzer != Self.version {
                    todo.append(Pending(documentKey: key, summary: summary))
                } else {
                    current += 1
                }
            }
            return (todo, gone, current)
        }
        report.unchanged = current

        // Analysis is the expensive part: on all cores, in batches, while the writer inserts.
        let batchSize = 64
        let batches = stride(from: 0, to: todo.count, by: batchSize).map { Array(todo[$0..<min($0 + batchSize, todo.count)]) }
        try store.write { db in
            let stale = try Int.fetchOne(db, sql: "SELECT count(*) FROM index_state WHERE analyzer <> ?", arguments: [Self.version]) ?? 0
            if full || stale > 0 {
                // A rebuild, or an index made by another analyzer version: start from nothing.
                for t in try LanguageIndex.allTables(db) { try db.execute(sql: "DROP TABLE \(t)") }
                try db.execute(sql: "DELETE FROM chunks; DELETE FROM index_state")
            }
            var touched = Set<String>()
            for (key, name) in gone {
                touched.formUnion(try deleteChunks(db, documentKey: key))
                try db.execute(sql: "DELETE FROM index_state WHERE document_key = ?", arguments: [key])
                report.dropped.append(name)
            }
            let insertChunk = try db.makeStatement(sql: """
                INSERT INTO chunks (document_key, version, ordinal, doc_id, lang, markets, type, title, heading_path, kind, question, text)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            var insertFTS: [String: Statement] = [:]
            let saveState = try db.makeStatement(sql: "INSERT OR REPLACE INTO index_state (document_key, version, analyzer) VALUES (?, ?, ?)")
            var done = 0
            for batch in batches {
                let prepared = try prepare(batch, db: db)
                for p in prepared {
                    let s = p.pending.summary
                    touched.formUnion(try deleteChunks(db, documentKey: p.pending.documentKey))
                    let markets = JSONArray.encode(s.markets)
                    guard let table = LanguageIndex.table(s.lang) else { continue }
                    touched.insert(s.lang)
                    if insertFTS[table] == nil {
                        try LanguageIndex.create(db, s.lang)
                        insertFTS[table] = try db.makeStatement(sql: "INSERT INTO \(table) (rowid, \(LanguageIndex.columns)) VALUES (?, ?, ?, ?, ?, ?)")
                    }
                    for (chunk, f) in zip(p.chunks, p.fields) {
                        try insertChunk.execute(arguments: [p.pending.documentKey, s.version, chunk.ordinal, s.id, s.lang, markets, s.type, s.title,
                                                            JSONArray.encode(chunk.headingPath), chunk.kind.rawValue, chunk.question, chunk.text])
                        try insertFTS[table]!.execute(arguments: [db.lastInsertedRowID, f.markets, f.title, f.headings, f.question, f.body])
                    }
                    try saveState.execute(arguments: [p.pending.documentKey, s.version, Self.version])
                    report.indexed.append(s.key)
                    report.chunks += p.chunks.count
                }
                done += batch.count
                progress?(done, todo.count)
            }
            // Merge each changed table's segments into one: documents indexed one by one leave several
            // segments that every query visits (a query on the sample KB took 1.2 ms before, 0.5 ms
            // after). Merging rewrites the whole table, about 0.1 ms per chunk: above
            // `optimizeUpTo` chunks it would cost seconds for every changed document, and FTS5's
            // own automerge keeps the segments of a large table few enough.
            for lang in touched.sorted() {
                guard let table = LanguageIndex.table(lang), try db.tableExists(table) else { continue }
                let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM chunks WHERE lang = ?", arguments: [lang]) ?? 0
                if count <= Self.optimizeUpTo { try db.execute(sql: "INSERT INTO \(table) (\(table)) VALUES ('optimize')") }
            }
        }
        return report
    }

    /// Removes a document's chunks. The FTS5 tables are contentless, so each chunk's analyzed fields
    /// are computed again (same analyzer version: index_state guarantees it) for FTS5's 'delete'.
    /// Returns the languages whose FTS5 tables it deleted from.
    @discardableResult
    private func deleteChunks(_ db: Database, documentKey: Int64) throws -> Set<String> {
        var languages = Set<String>()
        let rows = try Row.fetchAll(db, sql: "SELECT key, lang, markets, title, heading_path, question, text FROM chunks WHERE document_key = ?", arguments: [documentKey])
        for row in rows {
            let lang: String = row["lang"]
            guard let table = LanguageIndex.table(lang), try LanguageIndex.exists(db, lang) else { continue }
            let chunk = Chunk(ordinal: 0, kind: .section, headingPath: Searcher.decode(row["heading_path"]), question: row["question"], text: row["text"])
            let f = Self.fields(chunk, title: row["title"], markets: Searcher.decode(row["markets"]), analyzer: Analyzer(language: lang))
            try db.execute(sql: "INSERT INTO \(table) (\(table), rowid, \(LanguageIndex.columns)) VALUES ('delete', ?, ?, ?, ?, ?, ?)",
                           arguments: [row["key"] as Int64, f.markets, f.title, f.headings, f.question, f.body])
            languages.insert(lang)
        }
        try db.execute(sql: "DELETE FROM chunks WHERE document_key = ?", arguments: [documentKey])
        return languages
    }

    /// Reads the documents of a batch and analyzes their chunks on all cores.
    private func prepare(_ batch: [Pending], db: Database) throws -> [Prepared] {
        let docs = try batch.map { p in (p, try KnowledgeStore.loadDocument(db, p.summary)) }
        let results = ResultSlots<Prepared>(count: docs.count)
        let chunker = self.chunker
        DispatchQueue.concurrentPerform(iterations: docs.count) { i in
            let (pending, doc) = docs[i]
            results.set(i, Self.analyze(pending, doc, chunker: chunker))
        }
        return results.values.map { $0! }   // concurrentPerform ran every index
    }

    static func analyze(_ pending: Pending, _ doc: StoredDocument, chunker: Chunker) -> Prepared {
        let lang = pending.summary.lang
        let analyzer = Analyzer(language: lang)
        let sections = doc.sections.map { s in
            Section(headingPath: s.headingPath, blocks: s.blocks.map { Block(Block.Kind(rawValue: $0.kind) ?? .paragraph, $0.text, depth: $0.depth) })
        }
        let faq = doc.faq.map { FAQPair(question: $0.question, answer: $0.answer, origin: FAQPair.Origin(rawValue: $0.origin) ?? .heading) }
        let chunks = chunker.chunks(sections: sections, faq: faq, language: lang)
        let fields = chunks.map { Self.fields($0, title: pending.summary.title, markets: pending.summary.markets, analyzer: analyzer) }
        return Prepared(pending: pending, chunks: chunks, fields: fields)
    }

    struct IndexFields: Sendable {
        var markets: String, title: String, headings: String, question: String, body: String
    }

    /// What one chunk puts into its language's FTS5 table (and must put again to delete it).
    static func fields(_ c: Chunk, title: String, markets: [String], analyzer: Analyzer) -> IndexFields {
        IndexFields(markets: markets.isEmpty ? IndexTerms.allMarketsToken : markets.map(IndexTerms.marketToken).joined(separator: " "),
                    title: IndexTerms.field(title, analyzer: analyzer),
                    headings: IndexTerms.field(c.headingPath.joined(separator: " "), analyzer: analyzer),
                    question: c.question.map { IndexTerms.field($0, analyzer: analyzer) } ?? "",
                    body: IndexTerms.field(c.question.map { String(c.text.dropFirst($0.count)) } ?? c.text, analyzer: analyzer))
    }

}

extension KnowledgeStore {
    /// How many chunks the index holds (0: `kbkit index` has not run).
    public func indexedChunkCount() throws(StoreError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM chunks") ?? 0 }
    }
}
