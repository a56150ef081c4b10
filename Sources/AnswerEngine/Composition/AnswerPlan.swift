import Workspace

/// Which facets of a policy table answer a question: the intent's `answer_plan` (a cost question
/// gets the cost and the threshold, not the carriers), widened by the plan of another intent on
/// the same documents when the question also uses that intent's own words ("Is shipping free? And
/// which company delivers?" asks the cost and the carrier). nil: no plan, every column is told.
enum AnswerPlan {
    static func facets(intent: String, catalog: IntentCatalog, vocabulary: IntentVocabulary, queryTerms: Set<String>,
                       language: String) -> [AnswerFacet]? {
        guard let definition = catalog.intent(intent), var plan = definition.answerPlan else { return nil }
        let own = vocabulary.terms(of: intent, language: language)
        for other in catalog.intents where other.id != intent {
            guard let extra = other.answerPlan, !Set(other.topics).isDisjoint(with: definition.topics) else { continue }
            // Words that mark the other intent and not this one: shared words ("shipping") ask nothing more.
            let distinct = vocabulary.terms(of: other.id, language: language).subtracting(own)
            guard !distinct.isDisjoint(with: queryTerms) else { continue }
            plan += extra.filter { !plan.contains($0) }
        }
        return plan
    }

    /// A message of several questions ("Is shipping free? Which company delivers?") gets the whole
    /// row: one intent's plan would answer only the first.
    static func asksSeveralThings(_ message: String) -> Bool {
        message.filter { $0 == "?" || $0 == "？" }.count >= 2
    }
}
