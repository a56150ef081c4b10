/// The outcome of checking one text against a market's tone rules (`ToneChecker.check`).
public struct ToneReport: Codable, Sendable, Equatable {
    /// No error-severity rule failed (warnings are reported, never failing).
    public var passed: Bool
    /// One result per rule that applied, in the market file's order, then the built-in checks.
    public var results: [ToneRuleResult]

    public init(results: [ToneRuleResult]) {
        self.results = results
        self.passed = !results.contains { !$0.passed && $0.severity == .error }
    }

    /// The rules that failed, errors and warnings.
    public var failures: [ToneRuleResult] { results.filter { !$0.passed } }
}

public enum ToneSeverity: String, Codable, Sendable {
    case error, warning
}

/// One rule's verdict on a text.
public struct ToneRuleResult: Codable, Sendable, Equatable {
    /// The rule's id from the market file, or `builtin.*` for the checks every market gets.
    public var id: String
    public var passed: Bool
    public var severity: ToneSeverity
    public var message: String
    /// What broke the rule, as written in the text: the forbidden words, each emoji, each
    /// exclamation with the word it ends, the badly formatted amounts and dates, the sentences in
    /// another language. For a failed `require`: the terms that were expected (any one of them).
    public var offending: [String]

    public init(id: String, passed: Bool, severity: ToneSeverity, message: String, offending: [String]) {
        self.id = id
        self.passed = passed
        self.severity = severity
        self.message = message
        self.offending = offending
    }
}
