import Foundation
import Testing
@testable import AnswerEngine
@testable import Evaluation
@testable import Workspace
import struct Workspace.Expectation

/// Scoring one answer, aggregating metrics, comparing with a baseline and gating, on hand-made
/// answers whose right scores are known.
@Suite struct ScoringAndGateTests {
    static let markets = try! WorkspaceContent.load(try! Workspace.open(ToneFixtures.repo), evalsets: false).markets

    func answer(_ text: String, language: String = "de", intent: String = "returns.policy", sources: [String] = ["returns"],
                actions: [EngineAnswer.Action] = [], handoff: Bool = false, summary: String? = nil) -> EngineAnswer {
        EngineAnswer(language: language, answerLanguage: language, market: "DE", intent: intent, intentConfidence: 0.9,
                     emotion: .init(label: "calm", score: 1, cues: [], threats: []), entities: .init(orders: [], tracking: [], emails: []),
                     sources: sources.enumerated().map { .init(doc: $1, chunk: "de/\($1)#\($0)", lang: language, score: 10 - Double($0)) },
                     actions: actions, answer: text,
                     escalation: .init(handoff: handoff, reasons: handoff ? [.angry] : [], reason: nil, summary: summary, agentsAvailable: nil),
                     trace: [])
    }

    func evalCase(_ expect: Expectation, market: String = "DE") -> EvalCase {
        EvalCase(id: "t-1", market: market, turns: ["Wie lange habe ich Zeit?"], tags: [], expect: expect, file: "t.yaml", line: 1)
    }

    static let voice = "Guten Tag,\n\nSie haben 30 Tage Zeit, die Rücksendung ist kostenlos.\n\nMit freundlichen Grüßen\nIhr Meridian Goods Kundenservice"

    @Test func aCorrectAnswerPassesEveryCheck() {
        let scorer = CaseScorer(markets: Self.markets)
        let e = Expectation(language: "de", answerLanguage: nil, intent: "returns.policy", sources: ["returns": 3, "faq": 1],
                            mustInclude: [["30 Tage"], ["kostenlos", "gratis"]], mustNotInclude: ["14 Tage Rückgabe"], escalate: false, action: nil, order: nil)
        let s = scorer.score(evalCase(e), answer: answer(Self.voice, sources: ["returns", "faq"]))
        #expect(s.failures == [])
        #expect(s.hitAt1 == 1 && s.hitAt5 == 1 && s.reciprocalRank == 1)
        #expect(s.ndcgAt5 == 1)
        #expect(s.factsMatched == 2 && s.factsTotal == 2)
        #expect(s.forbidden == false)
        #expect(s.tone)
    }

    @Test func eachFailureIsSpelledOut() {
        let scorer = CaseScorer(markets: Self.markets)
        let e = Expectation(language: "de", answerLanguage: nil, intent: "returns.policy", sources: ["returns": 1],
                            mustInclude: [["30 Tage"]], mustNotInclude: ["60 Tage"], escalate: false, action: "order.status", order: "MG10000005")
        let bad = "Guten Tag,\n\nDu hast 60 Tage Zeit.\n\nMit freundlichen Grüßen"
        let s = scorer.score(evalCase(e), answer: answer(bad, intent: "shipping.times", sources: ["shipping", "faq"], handoff: true))
        #expect(s.failures.contains("intent: expected returns.policy, got shipping.times"))
        #expect(s.failures.contains { $0.hasPrefix("sources: expected returns in the top 5") })
        #expect(s.failures.contains("missing: \"30 Tage\""))
        #expect(s.failures.contains("forbidden: \"60 Tage\" is in the answer"))
        #expect(s.failures.contains { $0.hasPrefix("escalation: handed off") })
        #expect(s.failures.contains("action: expected order.status(MG10000005), got none"))
        #expect(s.failures.contains { $0.hasPrefix("tone: de.de.no-du") })
        #expect(s.hitAt5 == 0 && s.reciprocalRank == 0)
    }

    @Test func mustIncludeIgnoresCaseWhitespaceAndNormalizationOnly() {
        #expect(TextMatch.contains("Sie haben 30\u{00A0}TAGE Zeit", "30 tage"))
        #expect(TextMatch.contains("Ｒｅｆｕｎｄ", "refund"))
        #expect(!TextMatch.contains("Sie haben 30 Tag Zeit", "30 Tage"))
        #expect(!TextMatch.contains("Rucksendung", "Rücksendung"))   // diacritics are not ignored
    }

    @Test func rankingMetrics() {
        let ranked = ["faq", "returns", "shipping"]
        #expect(Ranking.reciprocalRank(ranked, ["returns": 1]) == 0.5)
        #expect(Ranking.hit(ranked, ["returns": 1], at: 1) == 0)
        let ndcg = Ranking.ndcg(ranked, ["returns": 3, "faq": 1], at: 5)
        // DCG = 1/log2(2) + 7/log2(3); ideal = 7/log2(2) + 1/log2(3)
        #expect(abs(ndcg - (1 + 7 / log2(3)) / (7 + 1 / log2(3))) < 1e-9)
    }

    func report(_ passed: [String: Bool]) -> EvaluationReport {
        let cases = passed.keys.sorted().map { id in
            CaseResult(id: id, evalset: "t", market: "DE", turns: ["x"], tags: [], passed: passed[id]!, failures: passed[id]! ? [] : ["missing: \"30 Tage\""],
                       expected: .init(language: nil, answerLanguage: nil, intent: nil, sources: [:], mustInclude: [], mustNotInclude: [], escalate: nil, action: nil, order: nil),
                       got: .init(language: "de", answerLanguage: "de", intent: "x", emotion: "calm", sources: [], actions: [], orders: [], escalated: false, escalationReason: nil, answer: ""),
                       tone: .init(passed: true, failed: []), trace: [], latencyMs: 1)
        }
        var overall = Metrics(cases: cases.count)
        overall.passRate = Double(passed.values.filter { $0 }.count) / Double(cases.count)
        return EvaluationReport(kbkitVersion: "t", workspace: "t", createdAt: "", engine: "embedded", evalsets: ["t"], overall: overall,
                                markets: ["DE": overall], languages: [:], intents: [:], intentTable: [], confusion: [:], toneFailures: [:], cases: cases)
    }

    @Test func baselineComparisonListsRegressionsAndImprovements() {
        let before = report(["a": true, "b": false, "c": true])
        let after = report(["a": false, "b": true, "c": true, "d": true])
        let c = BaselineComparer.compare(after, baseline: before, baselineName: "base")
        #expect(c.regressed.map(\.id) == ["a"])
        #expect(c.improved.map(\.id) == ["b"])
        #expect(c.added == ["d"])
        #expect(c.metrics.first { $0.metric == "pass_rate" }?.baseline == 2.0 / 3.0)
    }

    @Test func gateFailsOnThresholdsAndRegressions() throws {
        let yaml = """
            min_cases: 3
            overall: {pass_rate: {min: 0.8}}
            markets: {default: {pass_rate: {min: 0.5}}, DE: {pass_rate: {min: 0.9}}}
            regressions: {max_regressed_cases: 0, max_metric_drop: 0.05}
            """
        let config = try GateConfig.load(try YAMLNode.parse(yaml, file: "gate.yaml")!)
        let before = report(["a": true, "b": true, "c": true])
        let after = report(["a": false, "b": true, "c": true])
        let failures = Gate.check(after, config: config, baseline: before)
        #expect(failures.contains { $0.hasPrefix("overall: pass_rate 0.667 is below the minimum 0.800") })
        #expect(failures.contains { $0.hasPrefix("market DE: pass_rate 0.667 is below the minimum 0.900") })
        #expect(failures.contains { $0.hasPrefix("regressions: 1 cases passed in the baseline and fail now") && $0.contains("a [DE]") })
        #expect(failures.contains { $0.contains("pass_rate went from 1.000 to 0.667") })
        #expect(Gate.check(before, config: config, baseline: before).isEmpty)
        #expect(throws: WorkspaceError.self) { try GateConfig.load(try YAMLNode.parse("overall: {pass_rat: {min: 1}}", file: "gate.yaml")!) }
    }

    @Test func gateBoundsHowAnswersRead() throws {
        let config = try GateConfig.load(try YAMLNode.parse("reading: {table_syntax: {max: 0}, clean_rate: {min: 0.9}}", file: "gate.yaml")!)
        var clean = ReadingOutcome(sentences: 3, budget: 6)
        var table = ReadingOutcome(sentences: 3, budget: 6)
        table.tableSyntax = ["Standardversand — Lieferzeit ab Versand: 3–6 Werktage; Kosten: kostenlos ab 39 €"]
        var r = report(["a": true, "b": true])
        r.overall.reading = ReadingMetrics([clean, clean])
        #expect(Gate.check(r, config: config, baseline: nil).isEmpty)
        r.overall.reading = ReadingMetrics([clean, table])
        #expect(Gate.check(r, config: config, baseline: nil) == ["reading: clean_rate 0.500 is below the minimum 0.900",
                                                                 "reading: table_syntax 1 is above the maximum 0"])
        // A report without the reading check cannot pass a gate that bounds it.
        r.overall.reading = nil
        #expect(Gate.check(r, config: config, baseline: nil).first?.hasPrefix("reading: the report has no reading check") == true)
        #expect(throws: WorkspaceError.self) { try GateConfig.load(try YAMLNode.parse("reading: {tables: {max: 0}}", file: "gate.yaml")!) }
        clean.sentences = 7   // over its budget of 6: not bounded here
        r.overall.reading = ReadingMetrics([clean, clean])
        #expect(Gate.check(r, config: config, baseline: nil) == ["reading: clean_rate 0.000 is below the minimum 0.900"])
    }
}
