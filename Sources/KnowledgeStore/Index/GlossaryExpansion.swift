import Linguistics
import Workspace

/// Synonyms and cross-language concepts from `kb/glossary.yaml`: when a query contains a term of a
/// concept (in any language, compared after analysis), every term of that concept in the target
/// language joins the query. "Rückerstattung" on a Spanish index adds "reembolso"; "money back" adds
/// "refund".
public struct GlossaryExpansion: Sendable {
    struct Entry: Sendable {
        var concept: String
        /// language → analyzed term sequences of each of its terms
        var terms: [String: [[String]]]
    }

    let entries: [Entry]
    /// First analyzed term of every glossary term (any language) → (entry, the whole sequence).
    /// Built once, so that expanding a query costs a lookup per query term, not a scan of the glossary
    /// (the scan was a fifth of the engine's time).
    let byFirstTerm: [String: [(entry: Int, sequence: [String])]]

    public init(glossary: Glossary) {
        entries = glossary.concepts.map { c in
            var terms: [String: [[String]]] = [:]
            for (lang, words) in c.terms {
                let analyzer = Analyzer(language: lang)
                terms[lang] = words.map { analyzer.terms($0).map(IndexTerms.term) }.filter { !$0.isEmpty }
            }
            return Entry(concept: c.id, terms: terms)
        }
        var index: [String: [(entry: Int, sequence: [String])]] = [:]
        for (i, e) in entries.enumerated() {
            for sequences in e.terms.values {
                for seq in sequences { index[seq[0], default: []].append((i, seq)) }
            }
        }
        byFirstTerm = index
    }

    /// The concepts whose terms (in any language, after analysis) appear in `queryTerms` as a phrase,
    /// and the terms they add in `target`.
    public func expand(queryTerms: [String], language: String, target: String) -> [(concept: String, terms: [String])] {
        var matched = Set<Int>()
        for (i, term) in queryTerms.enumerated() {
            for candidate in byFirstTerm[term] ?? [] where !matched.contains(candidate.entry) {
                let seq = candidate.sequence
                if i + seq.count <= queryTerms.count, Array(queryTerms[i..<i + seq.count]) == seq { matched.insert(candidate.entry) }
            }
        }
        return matched.sorted().compactMap { i in
            guard let targetTerms = entries[i].terms[target] else { return nil }
            let added = Array(Set(targetTerms.flatMap { $0 })).sorted()
            return added.isEmpty ? nil : (entries[i].concept, added)
        }
    }
}
