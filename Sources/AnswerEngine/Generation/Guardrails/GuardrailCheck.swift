/// The checks a generated answer must pass before it reaches a customer, in the order they run.
/// The first that fails names itself in the trace and the evaluation report; the embedded answer
/// is used instead.
public enum GuardrailCheck: String, Sendable, Codable, CaseIterable {
    /// Speaker labels, the prompt's own text, a model talking about itself ("As an AI").
    case roleText = "role_text"
    /// The facts the engine knows are needed: the ERP's status, dates, tracking and order numbers,
    /// and the figures of the market's rule (the KB sentences the embedded answer would give).
    case requiredFacts = "required_facts"
    /// A number that is in no retrieved chunk, ERP sentence, phrase or in the customer's message.
    case unsupportedFigures = "unsupported_figures"
    /// The answer is not in the answer language.
    case language
    /// A `forbid` or `limit` rule of the market's tone profile is broken.
    case tone
}

/// Why a generated answer was refused.
public struct GuardrailFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public var check: GuardrailCheck
    /// What was wrong, for the trace ("missing 1Z999AA10123456784").
    public var detail: String

    public init(_ check: GuardrailCheck, _ detail: String) {
        self.check = check
        self.detail = detail
    }

    public var description: String { "\(check.rawValue): \(detail)" }
}
