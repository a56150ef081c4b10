/// The rules of `kbkit lint` (README, "kbkit lint"). Their ids are `LintSettings.ruleIDs` in the
/// Workspace module, where `kbkit.yaml` is validated.
public enum LintRule: String, CaseIterable, Codable, Sendable, Comparable {
    case facts, stale, coverage, glossary, tone, parity, duplicates

    public var defaultSeverity: LintSeverity {
        switch self {
        case .facts, .coverage: return .error
        case .stale, .glossary, .tone, .parity, .duplicates: return .warning
        }
    }

    public static func < (a: LintRule, b: LintRule) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

public enum LintSeverity: String, Codable, Sendable, Comparable {
    case error, warning, info

    var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
    public static func < (a: LintSeverity, b: LintSeverity) -> Bool { a.rank < b.rank }
}

/// One thing wrong in the knowledge base, as `kbkit lint --json` prints it (DESIGN.md, "CLI contract").
public struct LintFinding: Codable, Sendable, Equatable {
    public var rule: LintRule
    /// What inside the rule found it ("facts.value", "parity.email", "tone.jp.ja.desu-masu"…): stable, for SARIF and for tests.
    public var check: String
    public var severity: LintSeverity
    /// "de/returns"; nil for a coverage cell with no document at all.
    public var doc: String?
    public var lang: String?
    public var market: String?
    /// The file relative to the workspace root, and the 1-based line where the finding is (nil when unknown).
    public var path: String?
    public var line: Int?
    public var message: String
    public var expected: String?
    public var found: String?
    /// For a coverage cell that no document serves: the ids of the documents that could (the intent's
    /// topics), so that an exception excusing them in the cell's language excuses the cell. Not printed.
    var absentDocuments: [String] = []

    public init(rule: LintRule, check: String, severity: LintSeverity? = nil, doc: String?, lang: String?, market: String? = nil,
                path: String? = nil, line: Int? = nil, message: String, expected: String? = nil, found: String? = nil) {
        self.rule = rule
        self.check = check
        self.severity = severity ?? rule.defaultSeverity
        self.doc = doc
        self.lang = lang
        self.market = market
        self.path = path
        self.line = line
        self.message = message
        self.expected = expected
        self.found = found
    }

    /// The finding of a cell no document serves, with the ids of those that could.
    func absent(_ ids: [String]) -> LintFinding {
        var f = self
        f.absentDocuments = ids
        return f
    }

    enum CodingKeys: String, CodingKey { case rule, check, severity, doc, lang, market, path, line, message, expected, found }

    /// Every key present, null when unknown: consumers of the JSON need not test for missing keys.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(rule, forKey: .rule)
        try c.encode(check, forKey: .check)
        try c.encode(severity, forKey: .severity)
        try c.encode(doc, forKey: .doc)
        try c.encode(lang, forKey: .lang)
        try c.encode(market, forKey: .market)
        try c.encode(path, forKey: .path)
        try c.encode(line, forKey: .line)
        try c.encode(message, forKey: .message)
        try c.encode(expected, forKey: .expected)
        try c.encode(found, forKey: .found)
    }
}
