import Workspace

/// A market's tone rule with its terms prepared once, so checking thousands of answers does not
/// re-split terms or recompile regexes.
struct CompiledRule: Sendable {
    let rule: ToneRule
    let patterns: [TermPattern]

    init(_ rule: ToneRule) {
        self.rule = rule
        self.patterns = rule.terms.map { TermPattern(term: $0, match: rule.match) }
    }

    /// A rule for one language applies only to answers in it; `when: upset` only when the
    /// customer was upset.
    func applies(language: String, customerUpset: Bool) -> Bool {
        if let lang = rule.language, lang != language { return false }
        if rule.when == .upset && !customerUpset { return false }
        return true
    }

    func evaluate(_ text: ToneText) -> ToneRuleResult {
        let found = occurrences(in: text)
        let passed: Bool
        let offending: [String]
        switch rule.kind {
        case .forbid:
            passed = found.isEmpty
            offending = unique(found.map { text.slice($0.range) })
        case .require:
            passed = !found.isEmpty
            offending = passed ? [] : (rule.terms.isEmpty ? rule.countedClass.map { [$0.rawValue] } ?? [] : rule.terms)
        case .limit:
            let count = found.reduce(0) { $0 + $1.count }
            passed = count <= rule.max ?? 0
            offending = passed ? [] : found.map { text.slice($0.range) }
        }
        return ToneRuleResult(id: rule.id, passed: passed, severity: rule.isWarning ? .warning : .error,
                              message: rule.message, offending: offending)
    }

    /// Occurrences of the counted class, or of any term, in text order; the same stretch of text
    /// found by two terms counts once.
    private func occurrences(in text: ToneText) -> [Occurrence] {
        if let cls = rule.countedClass { return CountedClasses.occurrences(of: cls, in: text) }
        var seen = Set<Range<Int>>()
        return patterns.flatMap { $0.occurrences(in: text) }
            .filter { seen.insert($0).inserted }
            .sorted { $0.lowerBound < $1.lowerBound }
            .map { Occurrence(range: $0) }
    }

    private func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}
