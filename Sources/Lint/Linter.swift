import Dispatch
import Workspace

/// Runs the rules and applies what the workspace says about them: severities and rules off
/// (`lint:` of kbkit.yaml), per-document exceptions, inline suppressions, and the command line's
/// filters (documents, language, market, rules). Only runs steps; every decision is a rule's.
public struct Linter: Sendable {
    public struct Filter: Sendable {
        public var documents: [String] = []
        public var language: String?
        public var market: String?
        public var rules: [LintRule] = []
        public init(documents: [String] = [], language: String? = nil, market: String? = nil, rules: [LintRule] = []) {
            self.documents = documents
            self.language = language
            self.market = market
            self.rules = rules
        }
    }

    public let settings: LintSettings
    public init(settings: LintSettings) { self.settings = settings }

    public func run(_ context: LintContext, filter: Filter = Filter()) -> LintReport {
        let active = LintRule.allCases.filter { settings.severity[$0.rawValue] != "off" && (filter.rules.isEmpty || filter.rules.contains($0)) }
        var findings: [LintFinding] = []
        var timings: [(LintRule, Double)] = []
        for rule in active {
            let start = DispatchTime.now().uptimeNanoseconds
            findings += checker(rule).check(context)
            timings.append((rule, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
        }
        var suppressions = Suppressions(context.documents, exceptions: settings.exceptions)
        findings = findings.filter { !suppressions.suppresses($0) && Self.matches($0, filter) }
        findings = findings.map(applySeverity)
        findings.sort(by: Self.order)
        // The same text can reach a rule twice (a FAQ answer is also section text): one finding each.
        var seen = Set<String>()
        findings = findings.filter { seen.insert("\($0.doc ?? "")|\($0.check)|\($0.market ?? "")|\($0.message)").inserted }
        let coverage = active.contains(.coverage) ? CoverageMatrix.build(context, countCases: settings.coverageEvalsets) : nil
        return LintReport(findings: findings, rules: active, documents: context.documents.count, coverage: coverage,
                          suppressed: suppressions.count, seconds: timings.map { ($0.0.rawValue, $0.1) })
    }

    private func checker(_ rule: LintRule) -> LintRuleChecker {
        switch rule {
        case .facts: return FactsRule()
        case .stale: return StaleRule()
        case .coverage: return CoverageRule(countCases: settings.coverageEvalsets)
        case .glossary: return GlossaryRule()
        case .tone: return ToneLintRule()
        case .parity: return ParityRule()
        case .duplicates: return DuplicatesRule()
        }
    }

    private func applySeverity(_ f: LintFinding) -> LintFinding {
        guard let level = settings.severity[f.rule.rawValue], let severity = LintSeverity(rawValue: level) else { return f }
        var out = f
        out.severity = severity
        return out
    }

    static func matches(_ f: LintFinding, _ filter: Filter) -> Bool {
        if !filter.documents.isEmpty {
            guard let doc = f.doc else { return false }
            let id = doc.split(separator: "/", maxSplits: 1).last.map(String.init) ?? doc
            guard filter.documents.contains(where: { $0 == doc || $0 == id || $0 == f.path }) else { return false }
        }
        if let lang = filter.language, f.lang != lang { return false }
        if let market = filter.market, let m = f.market, m != market { return false }
        return true
    }

    static func order(_ a: LintFinding, _ b: LintFinding) -> Bool {
        (a.doc ?? "~", a.line ?? 0, a.rule, a.check, a.message) < (b.doc ?? "~", b.line ?? 0, b.rule, b.check, b.message)
    }
}

/// What `kbkit lint` reports: findings, what ran, and the coverage matrix.
public struct LintReport: Sendable, Encodable {
    public var findings: [LintFinding]
    public var rules: [LintRule]
    public var documents: Int
    public var coverage: CoverageMatrix?
    /// Findings left out by an exception of kbkit.yaml or an inline suppression.
    public var suppressed: Int
    /// How long each rule took (kbkit-bench prints it; not part of the JSON).
    public var seconds: [(rule: String, seconds: Double)] = []

    public var errors: Int { findings.filter { $0.severity == .error }.count }
    public var warnings: Int { findings.filter { $0.severity == .warning }.count }
    public var infos: Int { findings.filter { $0.severity == .info }.count }
    /// CI gates on this: an error-level finding remains.
    public var failed: Bool { errors > 0 }

    public struct Summary: Encodable, Sendable {
        public var documents: Int
        public var rules: [LintRule]
        public var findings: Int
        public var errors: Int
        public var warnings: Int
        public var info: Int
        public var suppressed: Int
        public var by_rule: [String: Int]
    }

    public var summary: Summary {
        Summary(documents: documents, rules: rules, findings: findings.count, errors: errors, warnings: warnings, info: infos,
                suppressed: suppressed, by_rule: Dictionary(grouping: findings, by: \.rule.rawValue).mapValues(\.count))
    }

    enum CodingKeys: String, CodingKey { case findings, summary, coverage }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(findings, forKey: .findings)
        try c.encode(summary, forKey: .summary)
        try c.encodeIfPresent(coverage, forKey: .coverage)
    }
}
