import Foundation
import Workspace
@testable import Evaluation

/// A realistic `EvaluationReport` for the renderer tests, built from the sample workspace's own
/// evalset cases and market profiles: the customer messages and expectations are the real ones,
/// the tone outcomes come from the real `ToneChecker`, the failure lines follow `CaseScore`'s
/// wording, and the engine's side ("got") is scripted —
/// most cases answer right, some fail the way the engine can fail (wrong intent, a missing fact, no
/// ERP call, a casual apology in Japanese). One failing case carries hostile text: `<script>`,
/// quotes, `&`, `|`, a newline, emoji and Japanese.
enum ReportFixture {
    static let repo = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The cases used, by evalset id; the failing ones are scripted in `got(for:)`.
    static let caseIDs = [
        "returns-de-de-001", "returns-de-de-002", "shipping-de-de-001",
        "returns-jp-ja-001", "returns-jp-ja-002", "shipping-jp-ja-001",
        "returns-th-th-001", "shipping-th-th-001",
        "returns-us-en-001", "orders-us-en-001", "esc-us-en-001",
    ]
    static let hostileCase = "returns-jp-ja-002"
    static let hostileTurn = "<script>alert(\"pwned\")</script> & 'quotes' | pipe\nzweite Zeile 😡 返品はできますか？"
    static let hostileFailure = "missing: \"14日\" | <b>not bold</b> & \"quoted\""

    /// The evalset files the cases come from.
    static let evalsetFiles = ["escalation", "orders", "returns", "shipping"]

    /// Built once for all tests (the workspace is read-only).
    private static let built: Result<EvaluationReport, any Error> = Result { try build() }

    static func load() throws -> EvaluationReport { try built.get() }

    private static func build() throws -> EvaluationReport {
        let workspace = try Workspace.open(repo)
        var content = try WorkspaceContent.load(workspace, evalsets: false)
        content.evalsets = try WorkspaceContent.loadEvalsets(evalsetFiles.map { repo.appendingPathComponent("evalsets/\($0).yaml") },
                                                             workspace: workspace)
        let all = Dictionary(content.evalsets.flatMap { set in set.cases.map { ($0.id, (set.name, $0)) } }, uniquingKeysWith: { a, _ in a })
        var results: [CaseResult] = []
        for (i, id) in caseIDs.enumerated() {
            guard let (evalset, c) = all[id], let market = content.markets[c.market] else {
                throw WorkspaceError(file: "evalsets", message: "the report fixture needs case \(id)")
            }
            results.append(result(c, evalset: evalset, market: market, latency: 8.25 + Double(i) * 1.5))
        }
        return report(results)
    }

    // MARK: - One case

    static func result(_ c: EvalCase, evalset: String, market: Market, latency: Double) -> CaseResult {
        let e = c.expect
        let expected = CaseResult.Expected(language: e.language, answerLanguage: e.answerLanguage, intent: e.intent, sources: e.sources,
                                           mustInclude: e.mustInclude, mustNotInclude: e.mustNotInclude, escalate: e.escalate,
                                           action: e.action, order: e.order)
        var got = rightAnswer(c, market: market)
        var failures: [String] = []
        var turns = c.turns
        switch c.id {
        case "returns-de-de-002":
            got.intent = "shipping.times"
            got.sources = ["de/shipping#3", "de/faq#1", "de/shipping#0"]
            failures = ["intent: expected \(e.intent ?? "-"), got shipping.times", "sources: expected returns in the top 5, got shipping, faq"]
        case hostileCase:
            turns.append(hostileTurn)
            got.answer = "ごめんなさい、<script>alert(\"x\")</script> お客様の返品は \"A&B\" で承ります 🙂"
            failures = [hostileFailure]
        case "returns-th-th-001":
            got.answer = market.voice[got.answerLanguage].map { $0.greeting + " " + $0.closing } ?? ""
            failures = e.mustInclude.map { "missing: " + $0.map { "\"\($0)\"" }.joined(separator: ", ") }
        case "orders-us-en-001":
            got.actions = []
            got.orders = []
            failures = ["action: expected \(e.action ?? "-")\(e.order.map { "(\($0))" } ?? ""), got none"]
        default:
            break
        }
        let upset = c.tags.contains("angry") || c.tags.contains("distressed")
        let report = ToneChecker(market: market).check(got.answer, language: got.answerLanguage, customerUpset: upset)
        let failedRules = report.failures.filter { $0.severity == .error }
            .map { CaseResult.ToneOutcome.FailedRule(rule: $0.id, message: $0.message, offending: $0.offending) }
        failures += failedRules.map { "tone: \($0.rule)" + ($0.offending.isEmpty ? "" : " (\($0.offending.prefix(3).joined(separator: ", ")))") }
        let trace = [CaseResult.TraceLine(step: "language", detail: "\(got.language) (0.97)"),
                     CaseResult.TraceLine(step: "intent", detail: "\(got.intent) (0.81)"),
                     CaseResult.TraceLine(step: "retrieval", detail: got.sources.joined(separator: ", "))]
        return CaseResult(id: c.id, evalset: evalset, market: c.market, turns: turns, tags: c.tags, passed: failures.isEmpty,
                          failures: failures, expected: expected, got: got, tone: .init(passed: report.passed, failed: failedRules),
                          trace: trace, latencyMs: latency)
    }

    /// What a correct engine answers: the expected language, intent, sources (named as the engine
    /// names chunks, `<lang>/<doc>#<n>`) and action, and an
    /// answer in the market's voice that contains every expected fact.
    static func rightAnswer(_ c: EvalCase, market: Market) -> CaseResult.Got {
        let e = c.expect
        let language = e.language ?? market.defaultLanguage
        let answerLanguage = e.answerLanguage ?? (market.languages.contains(language) ? language : market.defaultLanguage)
        let voice = market.voice[answerLanguage]
        let facts = e.mustInclude.compactMap(\.first).joined(separator: ", ")
        let answer = [voice?.greeting, facts.isEmpty ? nil : facts, voice?.closing].compactMap { $0 }.joined(separator: "\n")
        return CaseResult.Got(language: language, answerLanguage: answerLanguage, intent: e.intent ?? "other", emotion: "neutral",
                              sources: e.sources.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\(answerLanguage)/\($0.key)#0" },
                              actions: e.action.map { [$0] } ?? [], orders: e.order.map { [$0] } ?? [],
                              escalated: e.escalate ?? false, escalationReason: e.escalate == true ? "customer angry" : nil, answer: answer)
    }

    // MARK: - The report around the cases

    static func report(_ cases: [CaseResult]) -> EvaluationReport {
        let markets = Dictionary(grouping: cases, by: \.market).mapValues(metrics)
        let languages = Dictionary(grouping: cases, by: { $0.expected.language ?? $0.got.language }).mapValues(metrics)
        let intents = Dictionary(grouping: cases.filter { $0.expected.intent != nil }, by: { $0.expected.intent! }).mapValues(metrics)
        var confusion: [String: [String: Int]] = [:]
        for c in cases { if let e = c.expected.intent { confusion[e, default: [:]][c.got.intent, default: 0] += 1 } }
        var tone: [String: [String: (String, Int)]] = [:]
        for c in cases { for f in c.tone.failed { tone[c.market, default: [:]][f.rule, default: (f.message, 0)].1 += 1 } }
        let overall = metrics(cases)
        var baseline = overall
        baseline.passRate = (overall.passRate ?? 0) + 0.125
        baseline.intentAccuracy = 1
        let regressed = cases.filter { !$0.passed && ["returns-de-de-002", hostileCase].contains($0.id) }
            .map { BaselineComparison.CaseChange(id: $0.id, market: $0.market, failures: $0.failures) }
        let comparison = BaselineComparison(
            baseline: "reports/baseline",
            metrics: overall.named.map { m in BaselineComparison.MetricChange(metric: m.name, baseline: baseline.value(of: m.name), current: m.value) },
            regressed: regressed,
            improved: [.init(id: "shipping-th-th-001", market: "TH", failures: ["intent: expected shipping.times, got shipping.cost"])],
            added: ["esc-us-en-001"], removed: ["returns-de-de-099"])
        return EvaluationReport(
            kbkitVersion: "0.1.0", workspace: "Meridian Goods", createdAt: "2026-11-20T09:30:00Z", engine: "embedded",
            evalsets: Array(Set(cases.map(\.evalset))).sorted(), overall: overall, markets: markets, languages: languages, intents: intents,
            intentTable: intentTable(confusion), confusion: confusion,
            toneFailures: tone.mapValues { rules in
                rules.map { ToneFailureCount(rule: $0.key, message: $0.value.0, count: $0.value.1) }
                    .sorted { ($1.count, $0.rule) < ($0.count, $1.rule) }
            },
            cases: cases, comparison: comparison)
    }

    static func metrics(_ cases: [CaseResult]) -> Metrics {
        func rate(_ xs: [Bool]) -> Double? { xs.isEmpty ? nil : Double(xs.filter { $0 }.count) / Double(xs.count) }
        var m = Metrics(cases: cases.count)
        m.passRate = rate(cases.map(\.passed))
        m.languageAccuracy = rate(cases.compactMap { c in c.expected.language.map { $0 == c.got.language } })
        m.intentAccuracy = rate(cases.compactMap { c in c.expected.intent.map { $0 == c.got.intent } })
        let ranked = cases.filter { !$0.expected.sources.isEmpty }
        let firstHit = ranked.map { c in CaseSides.rankedDocuments(c.got.sources).firstIndex { c.expected.sources[$0] != nil } }
        m.hitAt1 = rate(firstHit.map { $0 == 0 })
        m.hitAt5 = rate(firstHit.map { ($0 ?? 99) < 5 })
        m.mrr = ranked.isEmpty ? nil : firstHit.map { $0.map { 1 / Double($0 + 1) } ?? 0 }.reduce(0, +) / Double(ranked.count)
        m.factRecall = rate(cases.filter { !$0.expected.mustInclude.isEmpty }.map { !$0.failures.contains { $0.hasPrefix("missing:") } })
        m.forbiddenRate = rate(cases.filter { !$0.expected.mustNotInclude.isEmpty }.map { _ in false })
        m.tonePassRate = rate(cases.map(\.tone.passed))
        m.escalationPrecision = rate(cases.filter(\.got.escalated).map { $0.expected.escalate == true })
        m.escalationRecall = rate(cases.filter { $0.expected.escalate == true }.map(\.got.escalated))
        m.actionAccuracy = rate(cases.compactMap { c in c.expected.action.map { c.got.actions.contains($0) } })
        let latencies = cases.map(\.latencyMs).sorted()
        if !latencies.isEmpty {
            m.latencyP50Ms = latencies[(latencies.count - 1) / 2]
            m.latencyP95Ms = latencies[Int((Double(latencies.count - 1) * 0.95).rounded())]
        }
        return m
    }

    static func intentTable(_ confusion: [String: [String: Int]]) -> [IntentMetrics] {
        IntentConfusion.labels(confusion).map { intent in
            let support = confusion[intent]?.values.reduce(0, +) ?? 0
            let predicted = confusion.values.reduce(0) { $0 + ($1[intent] ?? 0) }
            let right = confusion[intent]?[intent] ?? 0
            let p = predicted == 0 ? nil : Double(right) / Double(predicted)
            let r = support == 0 ? nil : Double(right) / Double(support)
            let f1 = p.flatMap { p in r.map { r in p + r == 0 ? 0 : 2 * p * r / (p + r) } }
            return IntentMetrics(intent: intent, precision: p, recall: r, f1: f1, support: support)
        }
    }

    /// The report with many more failing cases (copies of the fixture's failing ones), for the cap.
    static func withFailingCases(_ count: Int, from report: EvaluationReport) -> EvaluationReport {
        let failing = report.cases.filter { !$0.passed }
        var copy = report
        copy.cases = (0..<count).map { i in
            var c = failing[i % failing.count]
            c.id = "\(c.id)-copy-\(String(format: "%03d", i))"
            return c
        }
        return copy
    }

    /// The failing cases of a report, for assertions.
    static func failing(_ report: EvaluationReport) -> [CaseResult] { report.cases.filter { !$0.passed } }
}
