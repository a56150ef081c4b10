import KnowledgeStore
import Workspace

/// The words that mark an intent in a language, learnt from the example messages of `kb/intents/`:
/// the index terms (same analysis as the KB) that recur in one intent's examples and rarely in the
/// others' ("window", "days" for returns.policy; 期間 for its Japanese examples).
///
/// The engine compares them with KB text when the question's own words do not reach the answer:
/// "how many days do I have to send it back?" never says "return window", its intent's examples do.
struct IntentVocabulary: Sendable {
    /// language → intent → salient terms
    private let terms: [String: [String: Set<String>]]
    /// language → intent → the terms its examples use again and again, salient or not ("use", "how"
    /// for product usage): how the intent is asked, not what about.
    private let phrasing: [String: [String: Set<String>]]

    /// - Parameters:
    ///   - minimumExamples: how many of the intent's examples must use a term.
    ///   - share: the part of all examples using the term that must belong to this intent.
    init(catalog: IntentCatalog, minimumExamples: Int = 2, share: Double = 0.6) {
        var terms: [String: [String: Set<String>]] = [:]
        var phrasing: [String: [String: Set<String>]] = [:]
        for (language, byIntent) in catalog.examples {
            // Document frequency per intent: how many of its examples use each term.
            var frequency: [String: [String: Int]] = [:]
            var total: [String: Int] = [:]
            for (intent, messages) in byIntent {
                for message in messages {
                    for term in Set(Searcher.indexTerms(message, language: language)) where term.count > 1 {
                        frequency[intent, default: [:]][term, default: 0] += 1
                        total[term, default: 0] += 1
                    }
                }
            }
            terms[language] = frequency.mapValues { counts in
                Set(counts.filter { term, n in n >= minimumExamples && Double(n) / Double(total[term]!) >= share }.keys)
            }
            phrasing[language] = frequency.mapValues { counts in Set(counts.filter { $0.value >= minimumExamples }.keys) }
        }
        self.terms = terms
        self.phrasing = phrasing
    }

    func terms(of intent: String, language: String) -> Set<String> {
        terms[language]?[intent] ?? []
    }

    /// The terms the intent's examples use at least `minimumExamples` times, salient or not.
    func phrasing(of intent: String, language: String) -> Set<String> {
        phrasing[language]?[intent] ?? []
    }
}
