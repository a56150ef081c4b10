import Foundation
import KnowledgeStore
import Workspace

/// Everything the rules read, loaded once: the live documents (current versions) with their files,
/// the workspace's markets, intents, glossary and evalsets, and the source language. Rules are pure
/// functions of it.
public struct LintContext: Sendable {
    public var documents: [LintDocument]
    public var content: WorkspaceContent
    /// The language translations are compared with (`lint.source_language`, else the default market's language).
    public var sourceLanguage: String
    /// "Today" for how long a translation has been stale (`today` of kbkit.yaml, else the real date).
    public var today: ISODate
    /// Older versions of a document, for the stale rule's per-section comparison.
    var history: @Sendable (DocumentSummary, Int) -> StoredDocument?
    let mentions: MarketMentions
    let byID: [String: [LintDocument]]
    /// Carrier and payment names of the glossary, read as facts.
    let factNames: FactNames

    public init(documents: [LintDocument], content: WorkspaceContent, sourceLanguage: String, today: ISODate,
                history: @escaping @Sendable (DocumentSummary, Int) -> StoredDocument? = { _, _ in nil }) {
        self.documents = documents
        self.content = content
        self.sourceLanguage = sourceLanguage
        self.today = today
        self.history = history
        self.mentions = MarketMentions(markets: content.markets.values.sorted { $0.id < $1.id })
        self.byID = Dictionary(grouping: documents, by: \.id)
        self.factNames = FactNames(glossary: content.glossary, sourceLanguage: sourceLanguage)
    }

    /// The facts scanner for a language: its markets' order of day and month, the glossary's names.
    func factScanner(_ language: String) -> FactScanner {
        let orders = Set(content.markets.values.filter { $0.languages.contains(language) }.map(\.monthFirstDates))
        let order: DateScanner.NumericOrder = orders.count > 1 ? .either : orders.first == true ? .monthFirst : .dayFirst
        return FactScanner(language: language, dateOrder: order, names: factNames)
    }

    /// The source-language version of `doc`'s document, when `doc` is a translation of it.
    func source(of doc: LintDocument) -> LintDocument? {
        let from = doc.stored.metadata["translation_of"].flatMap { $0.isEmpty ? nil : $0 } ?? sourceLanguage
        guard doc.lang != from else { return nil }
        return byID[doc.id]?.first { $0.lang == from }
    }

    /// The markets a document serves, spelt out (a document naming none serves every market).
    func markets(of doc: LintDocument) -> [String] {
        doc.markets.isEmpty ? content.marketIDs : doc.markets
    }
}

/// Loads a `LintContext` from a workspace's store and files.
public enum LintLoader {
    /// The store's documents and the workspace's content (loaded without evalsets:
    /// `WorkspaceContent.load(ws, evalsets: false)`) for `rules`. Evalsets, the slowest YAML of a
    /// workspace, are parsed only when the coverage rule counts cases, and then on another thread
    /// while the store loads.
    public static func load(workspace ws: Workspace, content: WorkspaceContent, store: KnowledgeStore, rules: [LintRule] = LintRule.allCases,
                            filesRoot: URL? = nil) throws -> LintContext {
        var content = content
        let wanted = rules.contains(.coverage) && ws.settings.lint.coverageEvalsets && ws.settings.lint.severity["coverage"] != "off"
        let evalsets = wanted ? EvalsetJob(ws, markets: content.markets) : nil
        var context = try self.context(workspace: ws, content: content, store: store, filesRoot: filesRoot)
        if let evalsets {
            content.evalsets = try evalsets.wait()
            context.content = content
        }
        return context
    }

    /// `filesRoot`: where the store's document paths are relative to (default: the workspace root).
    public static func context(workspace ws: Workspace, content: WorkspaceContent, store: KnowledgeStore, filesRoot: URL? = nil) throws -> LintContext {
        let summaries = try store.documents()
        let files = summaries.map { summary in filesRoot.map { $0.appendingPathComponent(summary.path) } ?? ws.url(summary.path) }
        // Reading a document's rows and cutting it into units is independent per document: both cores.
        let loaded = Array(zip(summaries, files)).map { Pending(summary: $0.0, file: $0.1) }.concurrentMap { pending -> Result<LintDocument, StoreError> in
            Result { () throws(StoreError) -> LintDocument in
                let stored = try store.document(pending.summary)
                return LintDocument(stored: stored, fileText: try? String(contentsOf: pending.file, encoding: .utf8))
            }
        }
        let documents = try loaded.map { try $0.get() }
        let source = ws.settings.lint.sourceLanguage
            ?? ws.settings.defaultMarket.flatMap { content.markets[$0]?.defaultLanguage }
            ?? content.marketIDs.first.flatMap { content.markets[$0]?.defaultLanguage } ?? "en"
        let today = ws.settings.today.flatMap(ISODate.init) ?? ISODate(ISO8601DateFormatter().string(from: Date()))!
        let history: @Sendable (DocumentSummary, Int) -> StoredDocument? = { summary, version in try? store.document(summary, version: version) }
        return LintContext(documents: documents, content: content, sourceLanguage: source, today: today, history: history)
    }

    private struct Pending: Sendable {
        var summary: DocumentSummary
        var file: URL
    }
}

/// The workspace's evalsets, parsed on a thread of their own; `wait` gives them (or the first error).
private final class EvalsetJob: @unchecked Sendable {
    // @unchecked: `result` is written once by the thread before `done` is signalled and read after.
    private var result: Result<[Evalset], WorkspaceError> = .success([])
    private let done = DispatchSemaphore(value: 0)

    init(_ ws: Workspace, markets: [String: Market]) {
        let folder = ws.url(ws.settings.paths.evalsets)
        let urls = ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
            .filter { ["yaml", "yml"].contains($0.pathExtension.lowercased()) }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        let thread = Thread { [self] in
            result = Result { () throws(WorkspaceError) -> [Evalset] in
                let sets = try WorkspaceContent.loadEvalsets(urls, workspace: ws)
                for set in sets { try set.checkMarkets(known: markets) }
                return sets
            }
            done.signal()
        }
        thread.stackSize = 8 << 20  // the YAML parser recurses per nesting level
        thread.start()
    }

    func wait() throws(WorkspaceError) -> [Evalset] {
        done.wait()
        return try result.get()
    }
}
