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

    public init(documents: [LintDocument], content: WorkspaceContent, sourceLanguage: String, today: ISODate,
                history: @escaping @Sendable (DocumentSummary, Int) -> StoredDocument? = { _, _ in nil }) {
        self.documents = documents
        self.content = content
        self.sourceLanguage = sourceLanguage
        self.today = today
        self.history = history
        self.mentions = MarketMentions(markets: content.markets.values.sorted { $0.id < $1.id })
        self.byID = Dictionary(grouping: documents, by: \.id)
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
    /// `filesRoot`: where the store's document paths are relative to (default: the workspace root).
    public static func context(workspace ws: Workspace, content: WorkspaceContent, store: KnowledgeStore, filesRoot: URL? = nil) throws -> LintContext {
        let summaries = try store.documents()
        var documents: [LintDocument] = []
        documents.reserveCapacity(summaries.count)
        for s in summaries {
            let stored = try store.document(s)
            let text = try? String(contentsOf: filesRoot.map { $0.appendingPathComponent(s.path) } ?? ws.url(s.path), encoding: .utf8)
            documents.append(LintDocument(stored: stored, fileText: text))
        }
        let source = ws.settings.lint.sourceLanguage
            ?? ws.settings.defaultMarket.flatMap { content.markets[$0]?.defaultLanguage }
            ?? content.marketIDs.first.flatMap { content.markets[$0]?.defaultLanguage } ?? "en"
        let today = ws.settings.today.flatMap(ISODate.init) ?? ISODate(ISO8601DateFormatter().string(from: Date()))!
        let history: @Sendable (DocumentSummary, Int) -> StoredDocument? = { summary, version in try? store.document(summary, version: version) }
        return LintContext(documents: documents, content: content, sourceLanguage: source, today: today, history: history)
    }
}
