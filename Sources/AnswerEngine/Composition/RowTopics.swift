import Workspace

/// What a policy table's row is about, read from the taxonomy instead of the classifier: the intents
/// whose `topics` hold the row's document and whose `answer_plan` asks for the facets the row tells
/// (its subject's facet, "Rückgabefrist"; or a market table's columns, "Delivery time · Cost · …").
/// A row told by the store's own data is about the same intents however the classifier was trained —
/// one new example message no longer moves which shipping row answers a cost question. Rows whose
/// facets no plan asks for (only a generic rule column, a column of no known facet) stay with the
/// classifier's reading.
struct RowTopics: Sendable {
    /// Per document id: the intents that name it among their topics, with their answer plans.
    private let plans: [String: [(intent: String, plan: Set<AnswerFacet>)]]

    init(catalog: IntentCatalog) {
        var plans: [String: [(intent: String, plan: Set<AnswerFacet>)]] = [:]
        for intent in catalog.intents {
            guard let plan = intent.answerPlan, !plan.isEmpty else { continue }
            for document in intent.topics { plans[document, default: []].append((intent.id, Set(plan))) }
        }
        self.plans = plans
    }

    static let empty = RowTopics(catalog: IntentCatalog(intents: [], examples: [:]))

    /// The intents a row of `document` telling `facets` is about, best first: a planned intent scored
    /// by how alike its plan and the row's facets are (shared over all, relative to the best, so that
    /// a shipping row with a carrier column is about delivery times, not about the address change
    /// whose plan also asks for the carrier); nil when no plan asks for any of the facets (a generic `rule` facet alone says nothing of which intent:
    /// every policy has rules).
    func topics(document: String, facets: [AnswerFacet]) -> [IntentScore]? {
        let specific = Set(facets).subtracting([.rule])
        guard !specific.isEmpty, let candidates = plans[document] else { return nil }
        let alike = candidates.map { Double($0.plan.intersection(specific).count) / Double($0.plan.union(specific).count) }
        guard let best = alike.max(), best > 0 else { return nil }
        let scored = zip(candidates, alike).compactMap { c, a in a > 0 ? IntentScore(intent: c.intent, score: a / best) : nil }
        // Stable: ties keep the taxonomy's order.
        return scored.enumerated().sorted { $0.element.score != $1.element.score ? $0.element.score > $1.element.score : $0.offset < $1.offset }
            .map(\.element)
    }
}
