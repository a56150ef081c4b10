import Foundation
import Support
import GRDB
import Ingest
import Linguistics

/// Builds the retrieval index from the store: chunks of the current version of every live document,
/// analyzed with the analyzer of the document's language. Incremental: a document whose current
/// version is already indexed (with the same analyzer and chunker) is left alone; removed documents
/// leave the index. One transaction, like the import. Three kinds of threads share the work: the
/// cores analyse batches ahead (`PreparedBatches`), the store's single writer inserts the chunks, and
/// the FTS5 tables this run creates are filled and merged on side indexes and copied in at the end
/// (`SideIndexes`); existing tables are changed in place by the writer.
public struct Indexer: Sendable {
    public struct Report: Sendable, Codable, Equatable {
        public var indexed: [String] = []
        public var unchanged = 0
        public var dropped: [String] = []
        public var chunks = 0
    }

    /// Bump when analysis or chunking changes: everything is re-indexed once. (analyzer-2: Thai "มี"
    /// became a stop word; analyzer-3: Polish case endings are stripped, `SuffixStemmer`; chunker-2:
    /// an ordered list's items are written "1. ", not "- ", `ListLine`.)
    public static let version = "chunker-2/analyzer-3/fts-per-language"

    /// An existing table is merged into one segment after a run that wrote at least a quarter of its
    /// chunks, and at least `optimizeFrom` of them, unless it holds more than `optimizeUpTo` (see `run`).
    static let optimizeUpTo = 20_000
    static let optimizeFrom = 50

    let store: KnowledgeStore
    /// How many side indexes build the tables this run creates (`SideIndexes`); 0: the writer builds
    /// them in place, as it did before there were sides (the reference the tests compare them with).
    var sideIndexes = ProcessInfo.processInfo.activeProcessorCount
    /// The chunker whose cut `ChunkTexts` makes again when a chunk is read: one for the whole index.
    var chunker: Chunker { ChunkTexts.chunker }

    public init(store: KnowledgeStore) {
        self.store = store
    }

    struct Pending: Sendable {
        var documentKey: Int64
        var summary: DocumentSummary
        /// An earlier version is in the index: its chunks must leave it first.
        var wasIndexed: Bool
        /// The source file's bytes: how much the document gives its table, roughly (`SideIndexes`).
        var size: Int
    }

    struct Prepared: Sendable {
        var pending: Pending
        var chunks: [Chunk]
        var fields: [IndexFields]
        /// The JSON of the document's markets and of each chunk's heading path, as the chunks table
        /// stores them: encoded here, on the cores that analyse, not by the single writer.
        var marketsJSON: String
        var headingPathsJSON: [String]
    }

    public func run(full: Bool = false, progress: (@Sendable (Int, Int) -> Void)? = nil) throws(StoreError) -> Report {
        var report = Report()
        let (todo, gone, current) = try store.read { db -> ([Pending], [(Int64, String)], Int) in
            let rows = try Row.fetchAll(db, sql: """
                SELECT d.key, d.id, d.lang, v.markets, v.type, v.title, d.path, d.current_version, v.updated, d.removed_at, v.size,
                       s.version AS indexed_version, s.analyzer
                FROM documents d
                JOIN versions v ON v.document_key = d.key AND v.version = d.current_version
                LEFT JOIN index_state s ON s.document_key = d.key
                WHERE ? OR (d.removed_at IS NULL AND (s.version IS NOT d.current_version OR s.analyzer IS NOT ?))
                           OR (d.removed_at IS NOT NULL AND s.version IS NOT NULL)
                ORDER BY d.id, d.lang
                """, arguments: [full, Self.version])
            // Only the documents with something to do are read (and their summaries decoded): the
            // others are counted. Re-indexing one changed document no longer reads every document.
            let current = full ? 0 : try Int.fetchOne(db, sql: """
                SELECT count(*) FROM documents d
                JOIN versions v ON v.document_key = d.key AND v.version = d.current_version
                JOIN index_state s ON s.document_key = d.key
                WHERE d.removed_at IS NULL AND s.version = d.current_version AND s.analyzer = ?
                """, arguments: [Self.version]) ?? 0
            var todo: [Pending] = []
            var gone: [(Int64, String)] = []
            for row in rows {
                let summary = KnowledgeStore.summary(row)
                let key: Int64 = row["key"]
                let indexedVersion: Int? = row["indexed_version"]
                let analyzer: String? = row["analyzer"]
                if summary.removed {
                    if indexedVersion != nil { gone.append((key, summary.key)) }
                } else if full || indexedVersion != summary.version || analyzer != Self.version {
                    todo.append(Pending(documentKey: key, summary: summary, wasIndexed: indexedVersion != nil, size: row["size"]))
                }
            }
            return (todo, gone, current)
        }
        report.unchanged = current

        // Reading and analysing the documents is the expensive part: batches are prepared ahead on
        // all cores (through the pool's readers) while the single writer inserts the earlier ones and
        // hands their FTS5 rows to the sides. (Prepared on the writer's thread, the cores waited for
        // the writer and the writer for them.)
        let batchSize = 64
        let batches = stride(from: 0, to: todo.count, by: batchSize).map { Array(todo[$0..<min($0 + batchSize, todo.count)]) }
        let store = self.store, chunker = self.chunker
        let prepared = PreparedBatches(count: batches.count) { i in Self.prepare(batches[i], store: store, chunker: chunker) }
        defer { prepared.stop() }
        try store.write { db in
            let stale = try Int.fetchOne(db, sql: "SELECT count(*) FROM index_state WHERE analyzer <> ?", arguments: [Self.version]) ?? 0
            let rebuild = full || stale > 0
            if rebuild {
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
            // A language without a table gets one built on a side (SideIndexes); the others are
            // changed in place.
            var newTables: [String: Int] = [:]   // source bytes per language
            for p in todo where LanguageIndex.table(p.summary.lang) != nil {
                if try !LanguageIndex.exists(db, p.summary.lang) { newTables[p.summary.lang, default: 0] += p.size }
            }
            var sides = try SideIndexes(bytes: sideIndexes > 0 ? newTables : [:], sides: sideIndexes)
            defer { sides.abandon() }
            let insertChunk = try BulkInsert(db, sql: """
                INSERT INTO chunks (document_key, version, ordinal, doc_id, lang, markets, type, title, heading_path, kind, question)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            var insertFTS: [String: BulkInsert] = [:]
            var builtInPlace = Set<String>()  // tables created by this run without sides: merged once, at the end
            var inserted: [String: Int] = [:]  // chunks inserted per table
            let saveState = try db.makeStatement(sql: "INSERT OR REPLACE INTO index_state (document_key, version, analyzer) VALUES (?, ?, ?)")
            var done = 0
            for i in batches.indices {
                for p in try prepared.take(i).get() {
                    let s = p.pending.summary
                    if p.pending.wasIndexed && !rebuild { touched.formUnion(try deleteChunks(db, documentKey: p.pending.documentKey)) }
                    guard let table = LanguageIndex.table(s.lang) else { continue }
                    touched.insert(s.lang)
                    let onSide = sides.covers(s.lang)
                    if !onSide && insertFTS[table] == nil {
                        if try LanguageIndex.create(db, s.lang) { builtInPlace.insert(table) }
                        insertFTS[table] = try BulkInsert(db, sql: "INSERT INTO \(table) (rowid, \(LanguageIndex.columns)) VALUES (?, ?, ?, ?, ?, ?)")
                    }
                    for (i, (chunk, f)) in zip(p.chunks, p.fields).enumerated() {
                        var c = insertChunk.row()
                        c.bind(p.pending.documentKey); c.bind(s.version); c.bind(chunk.ordinal); c.bind(s.id); c.bind(s.lang)
                        c.bind(p.marketsJSON); c.bind(s.type); c.bind(s.title); c.bind(p.headingPathsJSON[i]); c.bind(chunk.kind.rawValue)
                        c.bind(chunk.question)
                        try c.run()
                        if onSide {
                            sides.add(lang: s.lang, rowid: db.lastInsertedRowID, fields: f)
                        } else {
                            var r = insertFTS[table]!.row()
                            r.bind(db.lastInsertedRowID); r.bind(f.markets); r.bind(f.title); r.bind(f.headings); r.bind(f.question); r.bind(f.body)
                            try r.run()
                        }
                    }
                    try saveState.execute(arguments: [p.pending.documentKey, s.version, Self.version])
                    report.indexed.append(s.key)
                    report.chunks += p.chunks.count
                    inserted[table, default: 0] += p.chunks.count
                }
                sides.send()
                done += batches[i].count
                progress?(done, todo.count)
            }
            try sides.finish(into: db)
            // Merge a table's segments into one when this run wrote much of it: segments left by a bulk
            // insert are visited by every query (a query on the sample KB took 1.2 ms before merging,
            // 0.5 ms after). A new table was filled without merges (`LanguageIndex.create`), so it is
            // merged once, on its side or here. Merging rewrites the whole table, about 0.1 ms per chunk: a change of a few documents
            // in a large table is left to FTS5's own automerge, which keeps the segments few enough
            // (re-indexing one document is then a few milliseconds, not seconds).
            for lang in touched.sorted() where !sides.covers(lang) {
                guard let table = LanguageIndex.table(lang), try db.tableExists(table) else { continue }
                let written = inserted[table] ?? 0
                if builtInPlace.contains(table) {
                    try LanguageIndex.optimize(db, table)
                } else if written >= Self.optimizeFrom {
                    let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM chunks WHERE lang = ?", arguments: [lang]) ?? 0
                    if written * 4 >= count, count <= Self.optimizeUpTo { try LanguageIndex.optimize(db, table) }
                }
            }
        }
        if report.chunks > 0 || !gone.isEmpty { store.checkpoint() }
        return report
    }

    /// Removes a document's chunks. The FTS5 tables are contentless, so each chunk's analyzed fields
    /// are computed again (same analyzer version: index_state guarantees it) for FTS5's 'delete'.
    /// Returns the languages whose FTS5 tables it deleted from.
    @discardableResult
    private func deleteChunks(_ db: Database, documentKey: Int64) throws -> Set<String> {
        var languages = Set<String>()
        let rows = try Row.fetchAll(db, sql: "SELECT key, lang, markets, title, heading_path, question, document_key, version, ordinal FROM chunks WHERE document_key = ?",
                                    arguments: [documentKey])
        for row in rows {
            let lang: String = row["lang"]
            guard let table = LanguageIndex.table(lang), try LanguageIndex.exists(db, lang) else { continue }
            let chunk = Chunk(ordinal: 0, kind: .section, headingPath: Searcher.decode(row["heading_path"]), question: row["question"],
                              text: try store.chunkTexts.text(db, row: row))
            let f = Self.fields(chunk, title: row["title"], markets: Searcher.decode(row["markets"]), analyzer: Analyzer(language: lang))
            try db.execute(sql: "INSERT INTO \(table) (\(table), rowid, \(LanguageIndex.columns)) VALUES ('delete', ?, ?, ?, ?, ?, ?)",
                           arguments: [row["key"] as Int64, f.markets, f.title, f.headings, f.question, f.body])
            languages.insert(lang)
        }
        try db.execute(sql: "DELETE FROM chunks WHERE document_key = ?", arguments: [documentKey])
        return languages
    }

    /// Reads the documents of a batch and analyzes their chunks on all cores (each read on a reader
    /// of the pool: the import committed them, so the writer's open transaction does not matter).
    static func prepare(_ batch: [Pending], store: KnowledgeStore, chunker: Chunker) -> Result<[Prepared], StoreError> {
        let results = ResultSlots<Result<Prepared, StoreError>>(count: batch.count)
        DispatchQueue.concurrentPerform(iterations: batch.count) { i in
            let pending = batch[i]
            results.set(i, Result { () throws(StoreError) -> Prepared in
                let content = try store.read { db in try VersionContent.read(db, documentKey: pending.documentKey, version: pending.summary.version) }
                guard let content else { throw StoreError.noSuchVersion(document: pending.summary.key, version: pending.summary.version) }
                return Self.analyze(pending, content, chunker: chunker)
            })
        }
        // concurrentPerform ran every index; the first failure, in batch order, is the batch's.
        var done: [Prepared] = []
        for result in results.values {
            switch result! {
            case .success(let p): done.append(p)
            case .failure(let error): return .failure(error)
            }
        }
        return .success(done)
    }

    static func analyze(_ pending: Pending, _ content: VersionContent, chunker: Chunker) -> Prepared {
        let lang = pending.summary.lang
        let analyzer = Analyzer(language: lang)
        let chunks = chunker.chunks(sections: content.sections, faq: content.faq, language: lang)
        // The title and markets are the same in every chunk of the document: analysed once.
        var scratch = TermBuffer()
        let title = IndexField.text(pending.summary.title, analyzer: analyzer, scratch: &scratch)
        let markets = marketsField(pending.summary.markets)
        var headings = HeadingFields()
        var fields: [IndexFields] = [], headingPathsJSON: [String] = []
        fields.reserveCapacity(chunks.count)
        headingPathsJSON.reserveCapacity(chunks.count)
        for chunk in chunks {
            let h = headings.of(chunk.headingPath, analyzer: analyzer, scratch: &scratch)
            fields.append(Self.fields(chunk, titleField: title, marketsField: markets, headingsField: h.field, analyzer: analyzer, scratch: &scratch))
            headingPathsJSON.append(h.json)
        }
        return Prepared(pending: pending, chunks: chunks, fields: fields, marketsJSON: JSONArray.encode(pending.summary.markets),
                        headingPathsJSON: headingPathsJSON)
    }

    struct IndexFields: Sendable {
        var markets: String, title: String, headings: String, question: String, body: String
    }

    /// What one chunk puts into its language's FTS5 table (and must put again to delete it).
    static func fields(_ c: Chunk, title: String, markets: [String], analyzer: Analyzer) -> IndexFields {
        var scratch = TermBuffer()
        let title = IndexField.text(title, analyzer: analyzer, scratch: &scratch)
        return fields(c, titleField: title, marketsField: marketsField(markets), analyzer: analyzer, scratch: &scratch)
    }

    static func fields(_ c: Chunk, titleField: String, marketsField: String, analyzer: Analyzer, scratch: inout TermBuffer) -> IndexFields {
        let headings = IndexField.text(c.headingPath.joined(separator: " "), analyzer: analyzer, scratch: &scratch)
        return fields(c, titleField: titleField, marketsField: marketsField, headingsField: headings, analyzer: analyzer, scratch: &scratch)
    }

    /// `headingsField`: the chunk's heading path, analysed (`HeadingFields` reuses it along a document).
    static func fields(_ c: Chunk, titleField: String, marketsField: String, headingsField: String, analyzer: Analyzer,
                       scratch: inout TermBuffer) -> IndexFields {
        IndexFields(markets: marketsField,
                    title: titleField,
                    headings: headingsField,
                    question: c.question.map { IndexField.text($0, analyzer: analyzer, scratch: &scratch) } ?? "",
                    body: IndexField.text(c.question.map { String(c.text.dropFirst($0.count)) } ?? c.text, analyzer: analyzer, scratch: &scratch))
    }

    static func marketsField(_ markets: [String]) -> String {
        markets.isEmpty ? IndexTerms.allMarketsToken : markets.map(IndexTerms.marketToken).joined(separator: " ")
    }

}

extension KnowledgeStore {
    /// How many chunks the index holds (0: `kbkit index` has not run).
    public func indexedChunkCount() throws(StoreError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM chunks") ?? 0 }
    }

    /// The analyzer versions of indexed documents other than this build's (`Indexer.version`): an
    /// index made by another kbkit analyses its text differently from the queries (Polish endings,
    /// say), and matches worse without an error. `kbkit index` rebuilds it.
    public func otherIndexVersions() throws(StoreError) -> [String] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT analyzer FROM index_state WHERE analyzer <> ? ORDER BY analyzer",
                                arguments: [Indexer.version])
        }
    }
}
