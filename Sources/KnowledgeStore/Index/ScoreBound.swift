import Foundation

/// Which of a query's phrases can still bring a chunk into the top ten once ten chunks are known to
/// score at least θ (max-score pruning, as Lucene and tantivy bound their disjunctions).
///
/// BM25's term-frequency factor f·(k1 + 1)/(f + norm) stays below k1 + 1 however often a phrase
/// occurs, so one mention of a phrase adds less than idf · (k1 + 1) to any chunk's score. Take the
/// phrases in order of that bound, smallest first, as long as their bounds sum to at most θ: a chunk
/// that has none of the other phrases scores below θ, and cannot displace any of the ten. The others
/// are the essential phrases, and every chunk that can reach the top ten has one of them: a query in
/// which they choose the chunks (RankedQuery's `rare AND (rare OR common)`) finds the same top ten as
/// the whole query (ties apart).
enum ScoreBound {
    /// kbkit_rank's k1 (Sources/CFTS5Rank/kb_fts5_rank.c), bm25()'s own.
    static let k1 = 1.2

    /// kbkit_rank's IDF of a phrase in `frequency` of `documents` chunks, with bm25()'s floor; 0 for a
    /// phrase that does not score (negative frequency).
    static func idf(frequency: Int, documents: Int) -> Double {
        guard frequency >= 0 else { return 0 }
        let idf = log((Double(documents) - Double(frequency) + 0.5) / (Double(frequency) + 0.5))
        return idf <= 0 ? 1e-6 : idf
    }

    /// The distinct phrases a chunk needs one of to score θ or more; all of them when θ is not above
    /// the smallest bound. `maxFactor`: a phrase's largest term-frequency factor when it is known
    /// (TermPostings.maxFactor), else k1 + 1.
    static func essentialPhrases(phrases: [String], frequencies: [Int], documents: Int, threshold: Double,
                                 maxFactor: (String) -> Double? = { _ in nil }) -> Set<String> {
        var bound: [String: Double] = [:]
        for (p, f) in zip(phrases, frequencies) {
            // Each mention scores on its own (a repeated term counts twice, as in the whole query).
            // The margin keeps the bound above kbkit_rank's sum whatever the rounding (and the
            // average length's, if FTS5's total were summed in another order).
            let factor = min(maxFactor(p) ?? (k1 + 1), k1 + 1)
            bound[p, default: 0] += idf(frequency: f, documents: documents) * factor * (1 + 1e-6)
        }
        var sum = 0.0
        var essential = Set(bound.keys)
        for (p, b) in bound.sorted(by: { ($0.value, $0.key) < ($1.value, $1.key) }) {
            guard sum + b <= threshold else { break }
            sum += b
            essential.remove(p)
        }
        return essential
    }
}
