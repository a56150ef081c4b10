import Support
/// One language's full-text query as FTS5 runs it: the MATCH expression and, for `kbkit_rank`, the
/// document frequency of each of its phrases in the order FTS5 numbers them (left to right).
///
/// A query whose terms together match few chunks is run whole. When they match many (a Japanese
/// question is a dozen bigrams, some in a third of the chunks), scoring every match of every term is
/// what the time goes to, so the query is run as `rare AND (rare OR common)`: the rarest terms choose
/// the chunks — FTS5 walks only their doclists and seeks the common terms' to those chunks — and
/// every term scores them as before. The rare terms' second mention has frequency -1 and scores
/// nothing. What this gives up: a chunk with none of the rare terms is not found. `kbkit-bench`
/// measures the cost against the whole query's top ten.
struct RankedQuery: Equatable {
    var match: String
    /// Space-separated document frequencies, one per phrase of `match` (kbkit_rank's second argument).
    var frequencies: String
    /// True when only the rarest terms choose the chunks.
    var pruned: Bool

    /// The plan for `phrases` (FTS5 syntax, as `Searcher.phrases` makes them) with their document
    /// frequencies, under an optional market filter; without `pruning`, the query is run whole.
    static func plan(phrases: [String], frequencies: [Int], market: String?, pruning: QueryPruning?) -> RankedQuery? {
        guard !phrases.isEmpty, phrases.count == frequencies.count else { return nil }
        let filter = market.map { "(markets : \"\(IndexTerms.marketToken($0))\" OR markets : \"\(IndexTerms.allMarketsToken)\") AND " } ?? ""
        let filterFrequencies = market == nil ? [] : [-1, -1]
        let columns = "{\(Searcher.textColumns)}"
        guard let pruning, let rare = rarePhrases(phrases: phrases, frequencies: frequencies, pruning: pruning) else {
            return RankedQuery(match: filter + "\(columns) : (\(phrases.joined(separator: " OR ")))",
                               frequencies: text(filterFrequencies + frequencies), pruned: false)
        }
        var rareOccurrences: [(String, Int)] = [], commonOccurrences: [(String, Int)] = []
        for (p, f) in zip(phrases, frequencies) {
            if rare.contains(p) { rareOccurrences.append((p, f)) } else { commonOccurrences.append((p, f)) }
        }
        let rareList = rareOccurrences.map(\.0).joined(separator: " OR ")
        let refining = (rareOccurrences + commonOccurrences).map(\.0).joined(separator: " OR ")
        return RankedQuery(match: filter + "\(columns) : ((\(rareList)) AND (\(refining)))",
                           frequencies: text(filterFrequencies + rareOccurrences.map(\.1) + rareOccurrences.map { _ in -1 } + commonOccurrences.map(\.1)),
                           pruned: true)
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

/// When a query lets its rarest terms choose the chunks (RankedQuery).
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

    /// Chosen on the bench corpus's 160 queries in 8 languages (not on the evalsets, where no query
    /// comes near it): 98.4 % of the whole query's top ten kept, 154 of 160 top tens identical, p99
    /// 8.5 → about 1 ms. A smaller budget is faster and loses more (250: 95 %; 100: 92 %).
    public static let standard = QueryPruning(above: 1_500, candidateBudget: 500)
}
