import Evaluation
import Workspace

/// **tone**: each market's tone rules (`tone.rules` of its profile, checked by Evaluation's
/// `ToneChecker`, the same checker that scores answers) applied to the pages that serve it in one of
/// its languages — forbidden forms of address (T-V), forbidden words, exclamation and emoji limits —
/// plus the register checks of Resources/register.tsv that hold for every page of a language
/// (Japanese sentences in です/ます form).
///
/// Left out, on purpose: `require` rules (a closing formula or a greeting belongs in an answer, not
/// on a help page), rules for upset customers, the built-in answer checks (pages quote every
/// market's prices), and a rule that another market served by the same page contradicts: a Spanish
/// page for Spain (tú required) and Mexico (tú forbidden) cannot satisfy both.
struct ToneLintRule: LintRuleChecker {
    let rule = LintRule.tone

    func check(_ context: LintContext) -> [LintFinding] {
        // One checker per set of markets sharing a language, holding all their page rules: each page is read once.
        var checkers: [String: (checker: ToneChecker, owner: [String: String])] = [:]
        let register = RegisterChecks.shared
        var findings: [LintFinding] = []
        for doc in context.documents {
            let sharing = context.markets(of: doc).compactMap { context.content.markets[$0] }.filter { $0.languages.contains(doc.lang) }
            if let first = sharing.first {
                let key = "\(doc.lang)|\(sharing.map(\.id).joined(separator: ","))"
                let entry = checkers[key] ?? {
                    var combined = first
                    var owner: [String: String] = [:]
                    combined.tone.rules = sharing.flatMap { market in
                        Self.pageRules(market, language: doc.lang, sharing: sharing).filter { owner[$0.id] == nil }.map { rule in
                            owner[rule.id] = market.id
                            return rule
                        }
                    }
                    return (ToneChecker(market: combined), owner)
                }()
                checkers[key] = entry
                if !entry.owner.isEmpty {
                    let text = doc.units.map(\.text).joined(separator: "\n")
                    for failure in entry.checker.checkMarketRules(text, language: doc.lang, customerUpset: false).failures {
                        let offending = failure.offending.map { $0.replacingOccurrences(of: "\n", with: " ") }
                        let market = entry.owner[failure.id] ?? first.id
                        findings.append(LintFinding(
                            rule: .tone, check: "tone.\(failure.id)", severity: failure.severity == .warning ? .info : nil,
                            doc: doc.key, lang: doc.lang, market: market, path: doc.path,
                            line: offending.first.flatMap { doc.line(of: $0) },
                            message: "\(doc.key) (\(market)): \(failure.message) Found: \(offending.prefix(5).map { "“\($0)”" }.joined(separator: ", "))",
                            expected: nil, found: offending.prefix(5).joined(separator: ", ")))
                    }
                }
            }
            findings += register.findings(doc)
        }
        return findings
    }

    /// The market's page rules: forbid and limit, for every customer, not contradicted by a `require`
    /// rule of another market the page serves in the same language.
    static func pageRules(_ market: Market, language: String, sharing: [Market]) -> [ToneRule] {
        let others = sharing.filter { $0.id != market.id }
        return market.tone.rules.filter { rule in
            guard rule.kind != .require, rule.when == nil, rule.language == nil || rule.language == language else { return false }
            return !others.contains { other in contradicts(rule, other, language: language) }
        }
    }

    /// Whether `other` requires what `rule` forbids: its required terms, as a text, break the rule.
    static func contradicts(_ rule: ToneRule, _ other: Market, language: String) -> Bool {
        guard rule.kind == .forbid else { return false }
        let required = other.tone.rules.filter { $0.kind == .require && ($0.language == nil || $0.language == language) }.flatMap(\.terms)
        guard !required.isEmpty else { return false }
        var probe = other
        probe.tone.rules = [rule]
        return !ToneChecker(market: probe).checkMarketRules(required.joined(separator: " . "), language: language, customerUpset: false).failures.isEmpty
    }
}

/// Resources/register.tsv: checks of form that hold for every page in a language.
struct RegisterChecks: Sendable {
    /// language → the endings a sentence ending in 。 must have (in its last 12 characters).
    let politeEndings: [String: [String]]

    static let shared: RegisterChecks = {
        var endings: [String: [String]] = [:]
        for row in DataFile.rows(PackageResources.register_tsv, name: "register.tsv", columns: 3) {
            guard row[1] == "polite-ending" else { preconditionFailure("register.tsv: unknown check '\(row[1])' (polite-ending)") }
            endings[row[0], default: []].append(row[2])
        }
        return RegisterChecks(politeEndings: endings)
    }()

    func findings(_ doc: LintDocument) -> [LintFinding] {
        guard let endings = politeEndings[doc.lang] else { return [] }
        var plain: [String] = []
        for unit in doc.units where unit.kind == .sentence || unit.kind == .answer || unit.kind == .item {
            guard unit.text.hasSuffix("。") else { continue }
            let tail = String(Self.withoutClosingBrackets(unit.text).suffix(12))
            if !endings.contains(where: { tail.contains($0) }) { plain.append(unit.text) }
        }
        return plain.map { sentence in
            LintFinding(rule: .tone, check: "tone.register.polite-ending", doc: doc.key, lang: doc.lang, path: doc.path, line: doc.line(of: sentence),
                        message: "\(doc.key): a sentence not in the polite form (\(endings.prefix(2).joined(separator: "/"))): “\(FactsRule.clip(sentence))”",
                        expected: endings.prefix(2).joined(separator: " | "), found: String(sentence.suffix(20)))
        }
    }

    /// "…してください（約3.5時間）。" → "…してください": what closes the sentence before the bracket.
    static func withoutClosingBrackets(_ s: String) -> String {
        var t = String(s.dropLast())
        while let last = t.last, "）)」』\"”".contains(last), let open = t.lastIndex(where: { "（(「『\"“".contains($0) }) {
            t = String(t[..<open])
        }
        return t
    }
}
