import Foundation
import GRDB
import Ingest
import Linguistics

/// For editors who ask "why does the assistant not find this?": the query's analyzed terms, each
/// chunk's terms, which of them match in which field, and the chunk's score — or why there is none.
public struct Explanation: Sendable, Codable {
    public var doc: String
    public var lang: String
    public var markets: [String]
    public var query: String
    public var queryLanguage: String
    public var queryTokens: [Token]
    public var expansions: [String: [String]]
    public var chunks: [ChunkExplanation]
    /// Plain-language reasons the document cannot be found at all (wrong market, not indexed…).
    public var notes: [String]

    public struct ChunkExplanation: Sendable, Codable {
        public var chunk: String
        public var kind: String
        public var headingPath: [String]
        public var text: String
        public var terms: [String]
        public var matched: [String: [String]]
        public var missing: [String]
        public var score: Double?
    }
}

extension Searcher {
    public func explain(query: String, queryLanguage: String, document summary: DocumentSummary, market: String?) throws(StoreError) -> Explanation {
        let docAnalyzer = Analyzer(language: summary.lang)
        let queryTokens = Analyzer(language: queryLanguage).tokens(query)
        let sourceTerms = queryTokens.map { IndexTerms.term($0.term) }
        let own = summary.lang == queryLanguage ? sourceTerms : docAnalyzer.terms(query).map(IndexTerms.term)
        let expansions = expansion.expand(queryTerms: sourceTerms, language: queryLanguage, target: summary.lang)
        var terms = own
        for e in expansions { terms += e.terms }
        let wanted = Array(Set(terms)).sorted()
        var notes: [String] = []
        if summary.removed { notes.append("the document was removed from the source: it is not in the index") }
        if let market, !summary.markets.isEmpty, !summary.markets.contains(market) {
            notes.append("the document serves \(summary.markets.joined(separator: ", ")), not \(market): the market filter excludes it")
        }
        if queryLanguage != summary.lang, expansions.isEmpty {
            notes.append("the query is analyzed as \(queryLanguage) and the document is \(summary.lang); no glossary concept bridges them, so only identical words can match")
        }
        let match = Self.matchExpression(terms: terms, language: summary.lang, market: nil)
        let w = Self.weights
        let table = LanguageIndex.table(summary.lang) ?? "fts_und"
        let chunks = try store.read { db -> [Explanation.ChunkExplanation] in
            guard try LanguageIndex.exists(db, summary.lang) else { return [] }
            let rows = try Row.fetchAll(db, sql: """
                SELECT key, ordinal, kind, heading_path, title, question, markets, document_key, version, lang FROM chunks
                WHERE doc_id = ? AND lang = ? ORDER BY ordinal
                """, arguments: [summary.id, summary.lang])
            return try rows.map { row in
                let key: Int64 = row[0]
                let text = try store.chunkTexts.text(db, row: row)
                // The index is contentless: the chunk's fields are analyzed again, exactly as indexed.
                let chunk = Chunk(ordinal: row[1], kind: .section, headingPath: Self.decode(row[3]), question: row[5], text: text)
                let f = Indexer.fields(chunk, title: row[4], markets: Self.decode(row[6]), analyzer: docAnalyzer)
                var matched: [String: [String]] = [:]
                var all = Set<String>()
                for (field, value) in [("title", f.title), ("headings", f.headings), ("question", f.question), ("body", f.body)] {
                    let fieldTerms = Set(value.split(separator: " ").map(String.init))
                    all.formUnion(fieldTerms)
                    let hit = wanted.filter(fieldTerms.contains)
                    if !hit.isEmpty { matched[field] = hit }
                }
                var score: Double?
                if let match {
                    score = try Double.fetchOne(db, sql: """
                        SELECT bm25(\(table), \(w.filter), \(w.title), \(w.headings), \(w.question), \(w.body))
                        FROM \(table) WHERE \(table) MATCH ? AND rowid = ?
                        """, arguments: [match, key]).map { (-$0 * 1000).rounded() / 1000 }
                }
                let ordinal: Int = row[1]
                return .init(chunk: "\(summary.lang)/\(summary.id)#\(ordinal)", kind: row[2], headingPath: Self.decode(row[3]), text: text,
                             terms: Array(all).sorted(), matched: matched, missing: wanted.filter { !all.contains($0) }, score: score)
            }
        }
        if chunks.isEmpty, !summary.removed { notes.append("the document has no chunks in the index: run `kbkit index`") }
        return Explanation(doc: summary.key, lang: summary.lang, markets: summary.markets, query: query, queryLanguage: queryLanguage,
                           queryTokens: queryTokens, expansions: Dictionary(expansions.map { ($0.concept, $0.terms) }, uniquingKeysWith: { a, _ in a }),
                           chunks: chunks, notes: notes)
    }
}
