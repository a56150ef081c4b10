import Support
/// One language's full-text query as FTS5 runs it: the MATCH expression and, for `kbkit_rank`, the
/// document frequency of each of its phrases in the order FTS5 numbers them (left to right).
///
/// A query whose terms together match few chunks is run whole. When they match many (a Japanese
/// question is a dozen bigrams, some in a third of the chunks), scoring every match of every term is
/// what the time goes to, so only the rarest terms choose the chunks: FTS5 walks their doclists
/// alone, and the other terms (`refining`) score those chunks from their postings in memory
/// (TermPostings), to the same score as the whole query gives them. What the rare terms alone cannot
/// find is a chunk with none of them; the searcher bounds what such a chunk could score (ScoreBound)
/// and lets more terms choose when it could rank, so the top ten is the whole query's. `kbkit-bench`
/// compares both.
struct RankedQuery: Equatable {
    var match: String
    /// Space-separated document frequencies, one per phrase of `match` (kbkit_rank's second argument).
    var frequencies: String
    /// The phrases that choose the chunks when only some do (the rarest ones); empty: all do.
    var rare: Set<String> = []
    /// The other phrases' mentions, in the query's order, with their document frequencies: not in
    /// `match`, they score the chunks from their postings in memory.
    var refining: [Mention] = []
    /// True when only the rarest terms choose the chunks.
    var pruned: Bool { !rare.isEmpty }

    struct Mention: Equatable { var phrase: String; var frequency: Int }

    /// The plan for `phrases` (FTS5 syntax, as `Searcher.phrases` makes them) with their document
    /// frequencies, under an optional market filter; without `pruning`, the query is run whole.
    static func plan(phrases: [String], frequencies: [Int], market: String?, pruning: QueryPruning?) -> RankedQuery? {
        guard !phrases.isEmpty, phrases.count == frequencies.count else { return nil }
        let filter = market.map { "(markets : \"\(IndexTerms.marketToken($0))\" OR markets : \"\(IndexTerms.allMarketsToken)\") AND " } ?? ""
        let filterFrequencies = market == nil ? [] : [-1, -1]
        let columns = "{\(Searcher.textColumns)}"
        guard let pruning, let rare = rarePhrases(phrases: phrases, frequencies: frequencies, pruning: pruning) else {
            return RankedQuery(match: filter + "\(columns) : (\(phrases.joined(separator: " OR ")))",
                               frequencies: text(filterFrequencies + frequencies))
        }
        return plan(phrases: phrases, frequencies: frequencies, market: market, rare: rare)
    }

    /// The plan in which `rare` (some of `phrases`) choose the chunks and the others refine them.
    static func plan(phrases: [String], frequencies: [Int], market: String?, rare: Set<String>) -> RankedQuery {
        let filter = market.map { "(markets : \"\(IndexTerms.marketToken($0))\" OR markets : \"\(IndexTerms.allMarketsToken)\") AND " } ?? ""
        let filterFrequencies = market == nil ? [] : [-1, -1]
        var choosing: [Mention] = [], refining: [Mention] = []
        for (p, f) in zip(phrases, frequencies) {
            if rare.contains(p) { choosing.append(Mention(phrase: p, frequency: f)) } else { refining.append(Mention(phrase: p, frequency: f)) }
        }
        return RankedQuery(match: filter + "{\(Searcher.textColumns)} : (\(choosing.map(\.phrase).joined(separator: " OR ")))",
                           frequencies: text(filterFrequencies + choosing.map(\.frequency)), rare: rare, refining: refining)
    }

    /// The distinct phrases that choose the chunks, or nil when the query is cheap enough whole (or
    /// every phrase would be needed anyway).
    static func rarePhrases(phrases: [String], frequencies: [Int], pruning: QueryPruning) -> Set<String>? {
        var distinct: [String: Int] = [:]
        for (p, f) in zip(phrases, frequencies) { distinct[p] = f }
        guard distinct.values.reduce(0, +) > pruning.above else { return nil }
        var chosen = Set<String>(), sum = 0
        for (p, f) in distinct.sorted(by: { ($0.value, $0.key) < ($1.value, $1.key) }) {
            if !chosen.isEmpty && sum + f > pruning.candidateBudget { break }
            chosen.insert(p)
            sum += f
        }
        return chosen.count < distinct.count ? chosen : nil
    }

    /// The term of a plain phrase (`"term"`), nil for a prefix phrase.
    static func term(ofPhrase phrase: String) -> String? {
        guard phrase.count >= 2, phrase.hasPrefix("\""), phrase.hasSuffix("\"") else { return nil }
        return String(phrase.dropFirst().dropLast()).replacingExactly("\"\"", with: "\"")
    }

    private static func text(_ numbers: [Int]) -> String { numbers.map(String.init).joined(separator: " ") }
}

/// When a query lets its rarest terms choose the chunks (RankedQuery). The top ten does not depend on
/// it (the searcher widens the choice whenever ScoreBound says a chunk without the rare terms could
/// rank): it only says how much the first try reads.
public struct QueryPruning: Sendable, Equatable {
    /// Above this many matches of all the query's phrases together (the sum of their document
    /// frequencies), the rarest terms choose the chunks.
    public var above: Int
    /// How many matches the rare terms may have together: terms are taken rarest first while their
    /// frequencies sum to at most this (and always the rarest one).
    public var candidateBudget: Int

    public init(above: Int, candidateBudget: Int) {
        self.above = above
        self.candidateBudget = candidateBudget
    }

    /// Chosen on the bench corpus's 160 queries in 8 languages (not on the evalsets). Since the bound
    /// makes every budget exact, the choice is speed alone: in alternate runs 600 / 500 gave p50 0.16–
    /// 0.17 ms overall against 0.20–0.23 for 1,500 / 500 (a query of 600 to 1,500 matches pays less
    /// pruned than whole); a smaller budget was slower in Japanese (250: 0.30–0.32 ms against 0.24–
    /// 0.28: the rare terms' tenth score bounds the others too loosely, and a second pass follows).
    public static let standard = QueryPruning(above: 600, candidateBudget: 500)
}
