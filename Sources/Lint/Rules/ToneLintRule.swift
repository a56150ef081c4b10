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
        // The checkers first (one per set of markets sharing a language), then the pages on every core.
        var pages: [TonePage] = []
        for doc in context.documents {
            let sharing = context.markets(of: doc).compactMap { context.content.markets[$0] }.filter { $0.languages.contains(doc.lang) }
            guard let first = sharing.first else { pages.append(TonePage(doc: doc, checker: nil, owner: [:], firstMarket: "")); continue }
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
            pages.append(TonePage(doc: doc, checker: entry.owner.isEmpty ? nil : entry.checker, owner: entry.owner, firstMarket: first.id))
        }
        return pages.concurrentMap { page in
            Self.marketFindings(page) + register.findings(page.doc)
        }.flatMap { $0 }
    }

    /// A page with the checker of the markets it serves in its language (nil: no market rule applies).
    struct TonePage: Sendable {
        var doc: LintDocument
        var checker: ToneChecker?
        /// rule id → the market whose rule it is.
        var owner: [String: String]
        var firstMarket: String
    }

    static func marketFindings(_ page: TonePage) -> [LintFinding] {
        guard let checker = page.checker else { return [] }
        let doc = page.doc
        let text = doc.units.map(\.text).joined(separator: "\n")
        return checker.checkMarketRules(text, language: doc.lang, customerUpset: false).failures.map { failure in
            let offending = failure.offending.map { $0.replacingOccurrences(of: "\n", with: " ") }
            let market = page.owner[failure.id] ?? page.firstMarket
            return LintFinding(
                rule: .tone, check: "tone.\(failure.id)", severity: failure.severity == .warning ? .info : nil,
                doc: doc.key, lang: doc.lang, market: market, path: doc.path,
                line: offending.first.flatMap { doc.line(of: $0) },
                message: "\(doc.key) (\(market)): \(failure.message) Found: \(offending.prefix(5).map { "“\($0)”" }.joined(separator: ", "))",
                expected: nil, found: offending.prefix(5).joined(separator: ", "))
        }
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
