import Foundation

/// Retrieval metrics over the ranked documents of an answer (each document counted at its first
/// position), against graded relevance (1…3).
enum Ranking {
    static func documents(_ sources: [String]) -> [String] {
        var seen = Set<String>()
        return sources.filter { seen.insert($0).inserted }
    }

    static func hit(_ ranked: [String], _ relevant: [String: Int], at k: Int) -> Double {
        ranked.prefix(k).contains { relevant[$0] != nil } ? 1 : 0
    }

    static func reciprocalRank(_ ranked: [String], _ relevant: [String: Int]) -> Double {
        guard let i = ranked.firstIndex(where: { relevant[$0] != nil }) else { return 0 }
        return 1 / Double(i + 1)
    }

    /// nDCG@k with gains 2^grade − 1.
    static func ndcg(_ ranked: [String], _ relevant: [String: Int], at k: Int) -> Double {
        func gain(_ g: Int) -> Double { pow(2, Double(g)) - 1 }
        let dcg = ranked.prefix(k).enumerated().reduce(0.0) { $0 + gain(relevant[$1.1] ?? 0) / log2(Double($1.0) + 2) }
        let ideal = relevant.values.sorted(by: >).prefix(k).enumerated().reduce(0.0) { $0 + gain($1.1) / log2(Double($1.0) + 2) }
        return ideal > 0 ? dcg / ideal : 0
    }
}
