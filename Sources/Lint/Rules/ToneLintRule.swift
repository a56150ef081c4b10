import Evaluation
import Workspace

/// **tone**: each market's tone rules (`tone.rules` of its profile, checked by Evaluation's
/// `ToneChecker`, the same checker that scores answers) applied to the pages that serve it in one of
/// its languages: form of address (T-V), keigo and polite forms, forbidden words, exclamation and
/// emoji limits. The rules for upset customers and the built-in answer checks (currency and date
/// format, language) are for answers, not for pages that quote every market's prices.
struct ToneLintRule: LintRuleChecker {
    let rule = LintRule.tone

    func check(_ context: LintContext) -> [LintFinding] {
        let checkers = context.content.markets.mapValues(ToneChecker.init)
        var findings: [LintFinding] = []
        for doc in context.documents {
            let text = doc.units.map(\.text).joined(separator: "\n")
            for market in context.markets(of: doc) {
                guard let checker = checkers[market], checker.market.languages.contains(doc.lang) else { continue }
                let report = checker.checkMarketRules(text, language: doc.lang, customerUpset: false)
                for failure in report.failures where !failure.id.hasPrefix("builtin.") {
                    let isRequire = checker.market.tone.rules.first { $0.id == failure.id }?.kind == .require
                    let offending = failure.offending.map { $0.replacingOccurrences(of: "\n", with: " ") }
                    findings.append(LintFinding(
                        rule: .tone, check: "tone.\(failure.id)", severity: failure.severity == .warning ? .info : nil,
                        doc: doc.key, lang: doc.lang, market: market, path: doc.path,
                        line: isRequire ? nil : offending.first.flatMap { doc.line(of: $0) },
                        message: "\(doc.key) (\(market)): \(failure.message)"
                            + (isRequire ? " None of: \(offending.joined(separator: ", "))" : " Found: \(offending.prefix(5).map { "“\($0)”" }.joined(separator: ", "))"),
                        expected: isRequire ? offending.joined(separator: " | ") : nil,
                        found: isRequire ? nil : offending.prefix(5).joined(separator: ", ")))
                }
            }
        }
        return findings
    }
}
