import Foundation
import Orders
import KnowledgeStore
import Workspace

/// Builds an engine for a workspace: its content, the store's index as the retriever, the order
/// connector `kbkit.yaml` selects (the embedded ERP from kb/erp by default), the configured generator.
public enum EngineSetup {
    public struct Loaded: Sendable {
        public var engine: AnswerEngine
        public var content: WorkspaceContent
        public var store: KnowledgeStore
    }

    public enum SetupError: Error, CustomStringConvertible, Sendable {
        case notIndexed
        /// The index was made by another kbkit (its analyzer versions): queries would not match it as it was built.
        case indexedByAnotherVersion([String])
        case erp(String)
        /// A fixture of kb/erp failed to load (or was refused by the sandbox): it has a file and line.
        case erpFixture(EmbeddedERP.LoadError)
        public var description: String {
            switch self {
            case .notIndexed: return "the retrieval index is empty: run `kbkit import` and `kbkit index` first"
            case .indexedByAnotherVersion(let versions):
                return "the retrieval index was built by another kbkit version (\(versions.joined(separator: ", ")); this one is "
                    + "\(Indexer.version)): run `kbkit index` to rebuild it"
            case .erp(let why): return why
            case .erpFixture(let e): return e.description
            }
        }
    }

    /// - Parameters:
    ///   - now: the moment for the agents' hours (evaluation passes a fixed one).
    ///   - freshERP: a new in-memory ERP per call (evaluation gives every case its own, so that a
    ///     cancellation in one case does not change another).
    ///   - storePath: another store than the workspace's `.kbkit` (the benchmark imports into a temporary one).
    public static func load(_ ws: Workspace, content: WorkspaceContent? = nil, now: Date = Date(), storePath: String? = nil) throws -> Loaded {
        let content = try content ?? WorkspaceContent.load(ws, evalsets: false)
        let store = try KnowledgeStore(path: storePath ?? ws.storePath)
        guard try store.indexedChunkCount() > 0 else { throw SetupError.notIndexed }
        let others = try store.otherIndexVersions()
        guard others.isEmpty else { throw SetupError.indexedByAnotherVersion(others) }
        let retriever = try StoreRetriever(store: store, expansion: GlossaryExpansion(glossary: content.glossary))
        let orders = try makeOrders(ws)
        let generator = try makeGenerator(ws, content: content)
        let engine = AnswerEngine(content: content, retriever: retriever, orders: orders, generator: generator, now: now,
                                  today: ws.settings.today.flatMap(ISODate.init))
        return Loaded(engine: engine, content: content, store: store)
    }

    public static func makeOrders(_ ws: Workspace) throws -> any OrderConnector {
        let erpFolder = ws.url(ws.settings.paths.erp)
        var embedded: EmbeddedERP?
        if ws.settings.erp.connector == .embedded {
            do { embedded = try EmbeddedERP(folder: erpFolder, displayFolder: ws.settings.paths.erp) } catch {
                throw SetupError.erpFixture(error)
            }
        }
        do { return try ws.settings.erp.makeConnector(embedded: embedded) } catch { throw SetupError.erp("\(error)") }
    }

    static func makeGenerator(_ ws: Workspace, content: WorkspaceContent) throws -> (any AnswerGenerator)? {
        let embedded = EmbeddedGenerator()
        guard ws.settings.engine.generator == "openai", let o = ws.settings.engine.openAI else { return embedded }
        return OpenAICompatibleGenerator(settings: o)
    }

    /// A fixed moment for reproducible runs: 14:00 UTC of the workspace's `today` (or now).
    public static func fixedNow(_ ws: Workspace) -> Date {
        guard let t = ws.settings.today.flatMap(ISODate.init) else { return Date() }
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC")!
        return cal.date(from: DateComponents(year: t.year, month: t.month, day: t.day, hour: 14)) ?? Date()
    }
}
