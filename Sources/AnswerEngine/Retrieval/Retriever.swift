import KnowledgeStore

/// Where the engine's knowledge comes from: the store's search, behind a protocol so that the engine
/// can be tested on real data without the CLI.
public protocol Retriever: Sendable {
    /// The ranked hits, and per searched language the query's analyzed terms and glossary expansions
    /// (what the composer compares sentences with: no second analysis of the query).
    func retrieve(_ query: SearchQuery) throws -> SearchResult
    /// The languages the KB has documents in for a market.
    func languages(market: String) throws -> Set<String>
    /// The table chunks of some documents in one language (see FactRows).
    func tables(docs: [String], language: String) throws -> [SearchHit]
    /// The live documents of a type (`manual`: what product questions are routed to), any language.
    func documents(ofType type: String) throws -> [DocumentSummary]
    /// Every chunk the retriever can return (what `AnswerEngine.prepare` reads ahead).
    func chunks() throws -> [SearchHit]
    /// Reads ahead what its searches would otherwise read the first time (`AnswerEngine.prepare`).
    func readAhead() throws
}

extension Retriever {
    /// A retriever that cannot list its chunks has them read as answers reach them.
    public func chunks() throws -> [SearchHit] { [] }
    public func readAhead() throws {}
}

/// The store's FTS5 search with the workspace's glossary.
public struct StoreRetriever: Retriever {
    let store: KnowledgeStore
    let searcher: Searcher
    let expansion: GlossaryExpansion
    private let languagesByMarket: [String: Set<String>]

    public init(store: KnowledgeStore, expansion: GlossaryExpansion) throws {
        self.store = store
        self.expansion = expansion
        searcher = Searcher(store: store, expansion: expansion)
        var byMarket: [String: Set<String>] = [:]
        var everywhere = Set<String>()
        for d in try store.documents() {
            if d.markets.isEmpty { everywhere.insert(d.lang) }
            for m in d.markets { byMarket[m, default: []].insert(d.lang) }
        }
        languagesByMarket = byMarket.mapValues { $0.union(everywhere) }.merging(["*": everywhere]) { a, _ in a }
    }

    public func retrieve(_ query: SearchQuery) throws -> SearchResult {
        try searcher.search(query)
    }

    public func tables(docs: [String], language: String) throws -> [SearchHit] {
        try store.tableChunks(docs: docs, language: language)
    }

    public func documents(ofType type: String) throws -> [DocumentSummary] {
        try store.documents().filter { $0.type == type }
    }

    public func chunks() throws -> [SearchHit] {
        try store.currentChunks()
    }

    /// Each language's term counts (`KnowledgeStore.readTermStatistics`).
    public func readAhead() throws {
        try store.readTermStatistics()
    }

    public func languages(market: String) throws -> Set<String> {
        languagesByMarket[market] ?? languagesByMarket["*"] ?? []
    }
}
