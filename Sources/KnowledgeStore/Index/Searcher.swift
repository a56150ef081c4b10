import Support
import Foundation
import GRDB
import Ingest
import Linguistics
import Workspace

/// What to look for, where.
public struct SearchQuery: Sendable {
    public var text: String
    /// The languages to search, in order: the customer's, then the fallbacks (the market's default
    /// language, then English). Hits of a later language only fill up what the earlier ones left.
    public var languages: [String]
    public var market: String?
    public var limit: Int
    /// A later language is searched only while fewer than this many hits were found (default: the
    /// limit, i.e. fill up). The engine passes a small number: a fallback language is for when the
    /// customer's finds (almost) nothing, not for padding.
    public var fallbackBelow: Int?
    /// Only chunks of these documents (nil: every document).
    public var documents: [String]?
    /// Index terms to search for besides the text's, per language (the engine adds the words that
    /// mark the question's intent when it searches the intent's documents).
    public var extraTerms: [String: [String]]

    public init(text: String, languages: [String], market: String? = nil, limit: Int = 10, fallbackBelow: Int? = nil,
                documents: [String]? = nil, extraTerms: [String: [String]] = [:]) {
        self.text = text
        self.languages = languages
        self.market = market
        self.limit = limit
        self.fallbackBelow = fallbackBelow
        self.documents = documents
        self.extraTerms = extraTerms
    }
}

public struct SearchHit: Sendable, Codable, Equatable {
    public var doc: String
    public var chunk: String
    public var lang: String
    public var title: String
    public var headingPath: [String]
    public var kind: Chunk.Kind
    public var markets: [String]
    public var score: Double
    public var text: String

    enum CodingKeys: String, CodingKey {
        case doc, chunk, lang, title, headingPath = "heading_path", kind, markets, score, text
    }
}

extension SearchHit {
    /// From a row whose first columns are chunks' doc_id, lang, ordinal, title, heading_path, kind,
    /// markets (the search's and the table reader's queries), and the chunk's text (ChunkTexts).
    init(chunkRow row: Row, text: String, score: Double) {
        let doc: String = row[0], lang: String = row[1], ordinal: Int = row[2]
        self.init(doc: doc, chunk: "\(lang)/\(doc)#\(ordinal)", lang: lang, title: row[3],
                  headingPath: Searcher.decode(row[4]), kind: Chunk.Kind(rawValue: row[5]) ?? .section, markets: Searcher.decode(row[6]), score: score, text: text)
    }
}

public struct SearchResult: Sendable {
    public var hits: [SearchHit]
    /// Per searched language: the analyzed query terms, and what the glossary added.
    public var queries: [LanguageQuery]

    public init(hits: [SearchHit], queries: [LanguageQuery]) {
        self.hits = hits
        self.queries = queries
    }

    public struct LanguageQuery: Sendable, Codable {
        public var language: String
        public var terms: [String]
        public var expansions: [String: [String]]
        public var hits: Int

        /// The query's terms in this language: its own analysis plus every glossary expansion.
        public var allTerms: Set<String> { Set(terms).union(expansions.values.flatMap { $0 }) }
    }
}

/// Ranked retrieval over the FTS5 index: BM25 with field weights (FAQ questions and titles weigh more
/// than body text), the market filter and the language filter evaluated inside the index.
public struct Searcher: Sendable {
    /// bm25() weights, in the column order of the `fts_<lang>` tables: markets, title, headings, question, body.
    public static let weights = (filter: 0.0, title: 3.0, headings: 2.0, question: 4.0, body: 1.0)

    let store: KnowledgeStore
    let expansion: GlossaryExpansion
    /// When a query that matches many chunks lets its rarest terms choose them (RankedQuery); nil:
    /// every query is run whole — the reference the benchmark measures the pruning against.
    public var pruning: QueryPruning? = .standard

    public init(store: KnowledgeStore, glossary: Glossary = .empty) {
        self.store = store
        self.expansion = GlossaryExpansion(glossary: glossary)
    }

    public init(store: KnowledgeStore, expansion: GlossaryExpansion) {
        self.store = store
        self.expansion = expansion
    }

    public func search(_ query: SearchQuery) throws(StoreError) -> SearchResult {
        var hits: [SearchHit] = []
        var queries: [SearchResult.LanguageQuery] = []
        let source = query.languages.first ?? "en"
        let sourceTerms = Analyzer(language: source).terms(query.text).map(IndexTerms.term)
        var seenLanguages = Set<String>()
        for lang in query.languages where seenLanguages.insert(lang).inserted {
            guard hits.count < min(query.limit, query.fallbackBelow ?? query.limit) || queries.isEmpty else { break }
            let own = lang == source ? sourceTerms : Analyzer(language: lang).terms(query.text).map(IndexTerms.term)
            let expansions = expansion.expand(queryTerms: sourceTerms, language: source, target: lang)
            var terms = own
            for e in expansions { terms += e.terms }
            terms += query.extraTerms[lang] ?? []
            terms = Self.bounded(terms)
            let found = try run(terms: terms, language: lang, market: query.market, documents: query.documents, limit: query.limit - hits.count)
            queries.append(.init(language: lang, terms: own, expansions: Dictionary(expansions.map { ($0.concept, $0.terms) }, uniquingKeysWith: { a, _ in a }), hits: found.count))
            hits += found
        }
        return SearchResult(hits: hits, queries: queries)
    }

    /// At most this many terms go into one language's full-text query: FTS5 scores every match of
    /// every term, so a pasted e-mail thread of thousands of words took seconds (a 32,000-character
    /// message 2.5 s of retrieval). The first ones are kept: a customer states the request first.
    public static let maxQueryTerms = 128

    /// The query's terms in order, at most `maxQueryTerms`. A repeated term stays repeated: BM25 then
    /// counts it twice (query term frequency), so a word the customer and a glossary expansion both
    /// bring weighs more. (The repeats were kept by accident before — `NSOrderedSet` does not remove
    /// repeated Swift strings on Linux —; removing them lost 5 evalset cases and gained 4, so they
    /// stay, on purpose now.)
    public static func bounded(_ terms: [String]) -> [String] {
        Array(terms.prefix(maxQueryTerms))
    }

    /// The text columns a query's terms are matched in (the markets column only filters).
    static let textColumns = "title headings question body"

    /// Languages with rich inflection and no Snowball stemmer (Polish, Czech, Ukrainian…): a word
    /// also matches by its first letters ("blikiem" → blik*, "zapłacić" → zapła*), a light
    /// truncation stemmer applied at query time only.
    static let truncationLanguages: Set<String> = ["pl", "cs", "sk", "uk", "bg", "hr", "sl", "sr", "lv", "lt", "et"]

    /// The query's FTS5 phrases: each term quoted, so that none is read as FTS5 syntax, then the
    /// truncated prefixes of the truncation languages' longer words.
    static func phrases(terms: [String], language: String) -> [String] {
        let usable = terms.filter { !$0.isEmpty && $0 != "_" }
        var phrases = usable.map { "\"\($0.replacingExactly("\"", with: "\"\""))\"" }
        if truncationLanguages.contains(language) {
            for t in usable where t.count >= 6 && !t.contains("_") && !(t.first?.isNumber ?? false) {
                phrases.append("\"\(t.prefix(max(4, t.count - 3)))\" *")
            }
        }
        return phrases
    }

    /// The whole query's MATCH expression: the market filter, and the phrases OR-ed over the text
    /// columns (what `kbkit explain` scores a chunk with).
    static func matchExpression(terms: [String], language: String, market: String?) -> String? {
        let phrases = phrases(terms: terms, language: language)
        return RankedQuery.plan(phrases: phrases, frequencies: phrases.map { _ in 0 }, market: market, pruning: nil)?.match
    }

    func run(terms: [String], language: String, market: String?, documents: [String]? = nil, limit: Int) throws(StoreError) -> [SearchHit] {
        let phrases = Self.phrases(terms: terms, language: language)
        guard limit > 0, !phrases.isEmpty, let table = LanguageIndex.table(language) else { return [] }
        // The document filter goes inside, before the limit: the rowids of those documents' chunks.
        // `+rowid`, not `rowid`: FTS5 would take `rowid IN (…)` as a constraint of its own and run the
        // full-text query once per listed rowid (30× slower here).
        var filter = ""
        var filterArguments: StatementArguments = []
        if let documents {
            guard !documents.isEmpty else { return [] }
            filter = " AND +rowid IN (SELECT key FROM chunks WHERE lang = ? AND doc_id IN (\(Array(repeating: "?", count: documents.count).joined(separator: ","))))"
            filterArguments = StatementArguments([language] + documents)
        }
        return try store.read { db in
            guard try LanguageIndex.exists(db, language) else { return [] }
            let stamp = try IndexStamp.read(db, table: table)
            let frequencies = try store.termStatistics.frequencies(db, table: table, stamp: stamp, phrases: phrases)
            let lengths = try store.documentLengths.lengths(db, table: table, stamp: stamp)
            func fetch(_ query: RankedQuery) throws -> [Row] {
                let memory = query.refining.isEmpty ? nil : try MemoryPhrases(query.refining.map {
                    (try store.termPostings.postings(db, table: table, stamp: stamp, phrase: $0.phrase, lengths: lengths), $0.frequency)
                })
                // A cached statement: parsing the SQL anew was a tenth of a search.
                let statement = try db.cachedStatement(sql: """
                    SELECT c.doc_id, c.lang, c.ordinal, c.title, c.heading_path, c.kind, c.markets, r.score, c.document_key, c.version, c.key
                    FROM (SELECT rowid, \(RankFunction.column(table: table)) AS score
                          FROM \(table) WHERE \(table) MATCH ?\(filter) ORDER BY score LIMIT ?) r
                    JOIN chunks c ON c.key = r.rowid
                    ORDER BY r.score, c.key
                    """)
                try statement.setArguments([query.frequencies, nil, nil, query.match] + filterArguments + [limit])
                // The lengths and the memory phrases go in as pointers after GRDB has bound the rest
                // (parameters 2 and 3, NULL until then); fetching without arguments keeps those
                // bindings. Unbound again before they can go: the statement stays in the connection's cache.
                try DocumentLengths.bind(lengths, to: statement, at: 2)
                try MemoryPhrases.bind(memory, to: statement, at: 3)
                defer {
                    try? DocumentLengths.bind(nil, to: statement, at: 2)
                    try? MemoryPhrases.bind(nil, to: statement, at: 3)
                }
                return try withExtendedLifetime((lengths, memory)) { try Row.fetchAll(statement) }
            }
            guard let plan = RankedQuery.plan(phrases: phrases, frequencies: frequencies, market: market, pruning: pruning) else { return [] }
            var rows = try fetch(plan)
            if plan.pruned, let whole = RankedQuery.plan(phrases: phrases, frequencies: frequencies, market: market, pruning: nil) {
                if rows.count < limit {
                    // Too few chunks have the rare terms: the common ones fill up, as the whole query would.
                    rows = try fetch(whole)
                } else if let last = rows.last {
                    // A chunk without the rare terms could still rank if the others could bring it to the
                    // tenth's score (ScoreBound); then the terms that could choose too.
                    // The refining phrases' postings are in memory now: their largest factors bound them.
                    let essential = ScoreBound.essentialPhrases(phrases: phrases, frequencies: frequencies, documents: lengths.count, threshold: -(last[7] as Double),
                                                                maxFactor: { plan.rare.contains($0) ? nil : store.termPostings.known(table: table, stamp: stamp, phrase: $0)?.maxFactor })
                    if essential.count == Set(phrases).count {
                        rows = try fetch(whole)
                    } else if !essential.isSubset(of: plan.rare) {
                        // Only the chunks the other essential phrases bring are new: the rare terms'
                        // chunks were scored in full already.
                        let more = try fetch(RankedQuery.plan(phrases: phrases, frequencies: frequencies, market: market, rare: essential.subtracting(plan.rare)))
                        rows = Self.best(rows + more, limit: limit)
                    }
                }
            }
            return try rows.map { row in
                SearchHit(chunkRow: row, text: try store.chunkTexts.text(db, row: row), score: ((-(row[7] as Double)) * 1000).rounded() / 1000)
            }
        }
    }

    /// The best `limit` of two searches' rows (a chunk found by both once), in the order the search's
    /// SQL gives: by score, then by chunk key.
    static func best(_ rows: [Row], limit: Int) -> [Row] {
        var seen = Set<Int64>()
        return rows.filter { seen.insert($0[10]).inserted }
            .sorted { a, b in (a[7] as Double, a[10] as Int64) < (b[7] as Double, b[10] as Int64) }
            .prefix(limit).map { $0 }
    }

    static func decode(_ json: String) -> [String] {
        JSONArray.decode(json) ?? (try? JSONDecoder().decode([String].self, from: Data(json.utf8))) ?? []
    }
}

extension Searcher {
    /// A text's terms in its own language, as indexed.
    public static func indexTerms(_ text: String, language: String) -> [String] {
        Analyzer(language: language).terms(text).map(IndexTerms.term)
    }
}
