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

    public init(glossary: Glossary) {
        entries = glossary.concepts.map { c in
            var terms: [String: [[String]]] = [:]
            for (lang, words) in c.terms {
                let analyzer = Analyzer(language: lang)
                terms[lang] = words.map { analyzer.terms($0).map(IndexTerms.term) }.filter { !$0.isEmpty }
            }
            return Entry(concept: c.id, terms: terms)
        }
    }

    /// The concepts whose terms (in `language`'s analysis, or any language's when the query's own
    /// analysis does not find it) appear in `queryTerms`, and the terms they add in `target`.
    public func expand(queryTerms: [String], language: String, target: String) -> [(concept: String, terms: [String])] {
        var out: [(String, [String])] = []
        let set = Set(queryTerms)
        for e in entries {
            let candidates = (e.terms[language] ?? []) + e.terms.filter { $0.key != language }.values.flatMap { $0 }
            let hit = candidates.contains { seq in !seq.isEmpty && seq.allSatisfy(set.contains) && Self.contiguous(seq, in: queryTerms) }
            guard hit, let targetTerms = e.terms[target] else { continue }
            let added = Array(Set(targetTerms.flatMap { $0 })).sorted()
            if !added.isEmpty { out.append((e.concept, added)) }
        }
        return out
    }

    /// A multi-word term must appear as a phrase, not as scattered words.
    static func contiguous(_ seq: [String], in terms: [String]) -> Bool {
        guard seq.count > 1 else { return true }
        guard terms.count >= seq.count else { return false }
        for start in 0...(terms.count - seq.count) where Array(terms[start..<start + seq.count]) == seq { return true }
        return false
    }
}
