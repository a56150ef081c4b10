import Foundation
import Support
import GRDB
import Ingest
import Linguistics

/// Imports source files into the store. Idempotent by content hash: an unchanged file is not parsed or
/// rewritten; a changed one becomes a new version (the old one kept); a file gone from an imported
/// folder is flagged removed, never silently dropped. The whole import is one transaction, and an import
/// that ends in an error commits nothing: "no documents found" is decided before any write, and "every
/// file was skipped" rolls the transaction back (so nothing is marked removed).
///
/// A file is one document; a help-centre export is one per article and language (`ExportImport.swift`),
/// each stored under `file#article/locale` and treated like a file of its own.
///
/// Extraction runs on all cores, one batch ahead of the single writer, so parsing and SQLite overlap.
public struct Importer: Sendable {
    public typealias LanguageGuess = @Sendable (_ document: ExtractedDocument, _ relativePath: String) -> String?

    public struct Progress: Sendable { public var done: Int; public var total: Int }

    let store: KnowledgeStore
    let workspaceRoot: URL
    let guessLanguage: LanguageGuess?
    let now: @Sendable () -> Date
    /// What ids, languages and markets a document may have (the workspace's markets and languages).
    let identity: IdentityRules

    public init(store: KnowledgeStore, workspaceRoot: URL, guessLanguage: LanguageGuess? = nil, identity: IdentityRules = IdentityRules(),
                now: @escaping @Sendable () -> Date = Date.init) {
        self.store = store
        self.workspaceRoot = workspaceRoot
        self.guessLanguage = guessLanguage
        self.identity = identity
        self.now = now
    }

    /// Imports every supported file under `roots` (folders or files).
    public func run(roots: [URL], batchSize: Int = 64, progress: (@Sendable (Progress) -> Void)? = nil) throws(StoreError) -> ImportReport {
        let discovery = FileDiscovery(workspaceRoot: workspaceRoot)
        let (candidates, unsupported) = discovery.files(under: roots)
        let folderRoots = roots.filter { url in var d: ObjCBool = false; return FileManager.default.fileExists(atPath: url.path, isDirectory: &d) && d.boolValue }
            .map { discovery.relativePath($0) }
        let fileRoots = roots.filter { url in var d: ObjCBool = false; return FileManager.default.fileExists(atPath: url.path, isDirectory: &d) && !d.boolValue }
            .map { discovery.relativePath($0) }
        let missingRoots = roots.filter { !FileManager.default.fileExists(atPath: $0.path) }
        if let missing = missingRoots.first {
            throw .nothingToImport("no such file or folder: \(missing.path)")
        }

        if candidates.isEmpty && unsupported.isEmpty {
            let names = roots.map { let rel = discovery.relativePath($0); return rel.isEmpty ? "." : rel }
            throw .nothingToImport("no documents found in \(names.joined(separator: ", ")) (kbkit imports .md, .markdown, .html, .htm, and help-centre exports .json)")
        }

        var report = ImportReport()
        report.skipped = unsupported
        report.files = candidates.count + unsupported.count
        let importedAt = ISO8601DateFormatter().string(from: now())

        try store.write { db in
            let existing = try ExistingDocuments(db, paths: candidates.map(\.relativePath).filter { path in
                !folderRoots.contains { Self.isUnder(path, folder: $0) }
            }, folders: folderRoots, containers: fileRoots)
            var writer = try VersionWriter(db: db, importedAt: importedAt)
            var claimed: [String: String] = [:]   // "lang/id" → path, within this run
            var seenPaths = Set<String>()

            let batches = stride(from: 0, to: candidates.count, by: batchSize).map { Array(candidates[$0..<min($0 + batchSize, candidates.count)]) }
            // Batches are extracted ahead on the other cores while this one is written.
            let guess = guessLanguage, identity = identity
            let prepared = PreparedBatches(count: batches.count) { i in Self.prepare(batches[i], existing: existing, guess: guess, identity: identity) }
            defer { prepared.stop() }
            var unreadableExports: [String] = []   // "file#": their articles were not read, so none is removed
            // Records one prepared document in the report and the store.
            func record(_ item: Prepared) throws {
                if case .withdrawn(let reason) = item.outcome {
                    // Not seen: a draft that was imported while published is flagged removed below.
                    report.skipped.append(SkippedFile(path: item.relativePath, reason: reason))
                    return
                }
                seenPaths.insert(item.relativePath)
                switch item.outcome {
                case .withdrawn: break
                case .failed(let failure):
                    report.skipped.append(SkippedFile(path: item.relativePath, reason: failure.description, line: failure.line))
                case .skipped(let reason, let line):
                    report.skipped.append(SkippedFile(path: item.relativePath, reason: reason, line: line))
                case .unchanged(let key):
                    if let old = existing.byPath[item.relativePath], old.removed {
                        try writer.restore(documentKey: old.key)
                        report.added.append(key)
                    } else {
                        report.unchanged.append(key)
                    }
                    claimed[key] = item.relativePath
                case .parsed(let doc, let id, let lang, let hash, let metadataJSON):
                    let key = "\(lang)/\(id)"
                    if let other = try claimed[key] ?? existing.pathOf(key: key, excluding: item.relativePath, aliveOnly: true, in: db) {
                        report.skipped.append(SkippedFile(path: item.relativePath, reason: "duplicate document \(key): \(other) already has this id and language (set a different id in its metadata)"))
                        return
                    }
                    claimed[key] = item.relativePath
                    report.warnings += doc.warnings.map { SkippedFile(path: item.relativePath, reason: $0.warningDescription, line: $0.line) }
                    if let old = existing.byPath[item.relativePath] {
                        try writer.addVersion(documentKey: old.key, version: old.version + 1, id: id, lang: lang, hash: hash, size: item.size, doc: doc,
                                              metadataJSON: metadataJSON)
                        report.updated.append(key)
                        if old.hash == hash { report.reread.append(key) }
                    } else if let old = try existing.document(key: key, in: db) {
                        // The file moved (or came back under a new name): same document, next version.
                        try writer.addVersion(documentKey: old.key, version: old.version + 1, id: id, lang: lang, hash: hash, size: item.size, doc: doc,
                                              metadataJSON: metadataJSON, newPath: item.relativePath)
                        report.updated.append(key)
                    } else {
                        try writer.insertDocument(path: item.relativePath, id: id, lang: lang, hash: hash, size: item.size, doc: doc, metadataJSON: metadataJSON)
                        report.added.append(key)
                    }
                }
            }

            for i in batches.indices {
                for file in prepared.take(i) {
                    report.bytes += file.bytes
                    seenPaths.insert(file.relativePath)
                    if file.unreadableExport { unreadableExports.append(file.relativePath + "#") }
                    for item in file.items { try record(item) }
                }
                progress?(Progress(done: min((i + 1) * batchSize, candidates.count), total: candidates.count))
            }

            // Every file skipped: an error, and an error commits nothing (throwing rolls back).
            if report.nothingImported { throw StoreError.nothingImported(report) }

            // Gone from a folder that was imported: flag as removed (the versions stay).
            // An export file named on the command line is the container of its articles ("file#…").
            for old in existing.all where !old.removed && !seenPaths.contains(old.path) && !claimed.keys.contains(old.documentKey) {
                let underImported = folderRoots.contains { Self.isUnder(old.path, folder: $0) } || fileRoots.contains { old.path.hasPrefix($0 + "#") }
                guard underImported, !unreadableExports.contains(where: { old.path.hasPrefix($0) }) else { continue }
                try writer.markRemoved(documentKey: old.key)
                report.removed.append(old.documentKey)
            }
        }
        report.added.sort(); report.updated.sort(); report.reread.sort(); report.unchanged.sort(); report.removed.sort()
        if !report.added.isEmpty || !report.updated.isEmpty || !report.removed.isEmpty { store.checkpoint() }
        return report
    }

    /// A path inside an imported folder ("" is the workspace root, which holds every path).
    static func isUnder(_ path: String, folder: String) -> Bool {
        folder.isEmpty || path.hasPrefix(folder + "/")
    }

    // MARK: - Preparing a batch (parallel, pure apart from reading files)

    enum Outcome: Sendable {
        case failed(IngestFailure)
        /// Not imported, with a reason that is not an `IngestFailure` (an export's broken article).
        case skipped(reason: String, line: Int?)
        /// Left out on purpose (an export's draft): reported, and an earlier import of it is flagged removed.
        case withdrawn(reason: String)
        case unchanged(key: String)
        /// `metadataJSON`: the version's metadata as stored, encoded here on the extracting cores
        /// (JSONEncoder on the single writer was a twentieth of its time).
        case parsed(ExtractedDocument, id: String, lang: String, hash: String, metadataJSON: String)
    }

    /// One document (or a reason it is not one). A page or Markdown file is one; an export gives one per
    /// article and language, named `file#article/locale`.
    struct Prepared: Sendable {
        var relativePath: String
        var size: Int
        var outcome: Outcome
    }

    /// One file and the documents it gave.
    struct PreparedFile: Sendable {
        var relativePath: String
        var bytes: Int
        var items: [Prepared]
        /// An export that could not be read at all (invalid JSON): its earlier articles stay as they are.
        var unreadableExport = false
    }

    static func prepare(_ batch: [FileDiscovery.Candidate], existing: ExistingDocuments, guess: LanguageGuess?,
                        identity: IdentityRules = IdentityRules()) -> [PreparedFile] {
        let results = ResultSlots<PreparedFile>(count: batch.count)
        DispatchQueue.concurrentPerform(iterations: batch.count) { i in
            results.set(i, prepareFile(batch[i], existing: existing, guess: guess, identity: identity))
        }
        return results.values.map { $0! }   // concurrentPerform ran every index
    }

    static func prepareFile(_ file: FileDiscovery.Candidate, existing: ExistingDocuments, guess: LanguageGuess?,
                            identity: IdentityRules) -> PreparedFile {
        if file.url.pathExtension.lowercased() == HelpCentreExport.fileExtension {
            return prepareExport(file, existing: existing, identity: identity)
        }
        let one = prepareOne(file, existing: existing, guess: guess, identity: identity)
        return PreparedFile(relativePath: file.relativePath, bytes: one.size, items: [one])
    }

    static func prepareOne(_ file: FileDiscovery.Candidate, existing: ExistingDocuments, guess: LanguageGuess?,
                           identity: IdentityRules = IdentityRules()) -> Prepared {
        let data: Data
        do { data = try Data(contentsOf: file.url) } catch {
            return Prepared(relativePath: file.relativePath, size: 0, outcome: .failed(.unreadable((error as NSError).localizedDescription)))
        }
        let hash = ContentHash.of(data)
        if let old = existing.byPath[file.relativePath], old.isCurrent(hash: hash) {
            return Prepared(relativePath: file.relativePath, size: data.count, outcome: .unchanged(key: old.documentKey))
        }
        guard let format = Extractor.format(ofExtension: file.url.pathExtension) else {
            return Prepared(relativePath: file.relativePath, size: data.count, outcome: .failed(.unsupportedType(file.url.pathExtension)))
        }
        do {
            let doc = try Extractor().extract(data: data, format: format, name: file.url.lastPathComponent)
            let lang = doc.language ?? DocumentIdentity.languageFromPath(file.relativePath) ?? guess?(doc, file.relativePath) ?? "und"
            let id = doc.metadata.id ?? DocumentIdentity.idFromPath(file.rootRelativePath, language: lang)
            if let problem = identity.problem(id: id, language: lang, markets: doc.metadata.markets) {
                return Prepared(relativePath: file.relativePath, size: data.count, outcome: .failed(problem))
            }
            return Prepared(relativePath: file.relativePath, size: data.count, outcome: .parsed(doc, id: id, lang: lang, hash: hash,
                                                                                          metadataJSON: VersionWriter.metadataJSON(doc.metadata)))
        } catch {
            return Prepared(relativePath: file.relativePath, size: data.count, outcome: .failed(error))
        }
    }
}
