import Linguistics
import Workspace

/// What stands between a generated answer and the customer. Each check is a small pure function;
/// this type runs them in `GuardrailCheck` order and stops at the first failure.
public struct AnswerGuardrails: Sendable {
    let roleText: RoleTextCheck
    let language: LanguageCheck
    let tone = ToneCheck()

    public init(identifier: LanguageIdentifier) {
        roleText = .builtIn
        language = LanguageCheck(identifier: identifier)
    }

    /// The answer as the customer may see it (a leading label stripped), or the check that refused it.
    public func review(_ answer: String, for input: CompositionInput) -> Result<String, GuardrailFailure> {
        let text: String
        switch roleText.clean(answer) {
        case .failure(let failure): return .failure(failure)
        case .success(let cleaned): text = cleaned
        }
        if let failure = FactChecks.required(text, facts: FactChecks.requiredFacts(input))
            ?? FactChecks.unsupported(text, sources: FactChecks.sources(input))
            ?? language.check(text, expected: input.answerLanguage, prior: input.market.languagePrior)
            ?? tone.check(text, rules: input.market.tone.rules, language: input.answerLanguage, upset: input.upset) {
            return .failure(failure)
        }
        return .success(text)
    }
}
