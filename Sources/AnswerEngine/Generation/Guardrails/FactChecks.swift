/// The two checks on figures and facts. Pure: they see only the answer and what the engine knew.
enum FactChecks {
    /// Every fact the engine knows is needed must be in the answer (case ignored): the status as the
    /// engine phrases it, and the figures of the ERP sentences and of the KB sentences it selected.
    static func required(_ answer: String, facts: [String]) -> GuardrailFailure? {
        let missing = facts.filter { answer.range(of: $0, options: [.caseInsensitive, .diacriticInsensitive]) == nil }
        return missing.isEmpty ? nil : GuardrailFailure(.requiredFacts, "missing " + missing.map { "\"\($0)\"" }.joined(separator: ", "))
    }

    /// The facts of one composition input: ERP status, the figures of its sentences.
    static func requiredFacts(_ input: CompositionInput) -> [String] {
        var facts: [String] = []
        if let status = input.orderStatus, !status.isEmpty { facts.append(status) }
        for token in (input.orderSentences + input.knowledgeSentences).flatMap(Figures.tokens) where !facts.contains(token) {
            facts.append(token)
        }
        return facts
    }

    /// Every figure of the answer must be in the sources: all its digit groups within one figure of
    /// the retrieved chunks, the ERP and KB sentences, the engine's phrases or the customer's message
    /// ("24/7" is refused unless some source has both 24 and 7 in one figure).
    static func unsupported(_ answer: String, sources: [String]) -> GuardrailFailure? {
        let known = sources.flatMap(Figures.tokens).map(Figures.digitGroups)
        let invented = Figures.tokens(in: answer).filter { figure in
            let groups = Figures.digitGroups(figure)
            return !known.contains { groups.isSubset(of: $0) }
        }
        return invented.isEmpty ? nil : GuardrailFailure(.unsupportedFigures, invented.map { "\"\($0)\"" }.joined(separator: ", ") + " in no source")
    }

    /// Where the figures of an answer may come from.
    static func sources(_ input: CompositionInput) -> [String] {
        var texts = input.chunks + input.orderSentences + input.knowledgeSentences + [input.customerMessage, input.agentHours]
        let p = input.phrases
        texts += [p[.greeting], p[.closing], p[.handoff], p[.empathy], p[.notFound]].compactMap { $0 }
        texts += [p.askOrderNumber(example: input.orderNumberExample), p.agentsAfterHours, p.agentsAvailable]
        return texts
    }
}
