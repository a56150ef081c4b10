import AnswerEngine
import Workspace

/// Every check of one case, each nil when the case does not ask for it.
public struct CaseScore: Sendable, Equatable {
    public var language: Bool?
    public var answerLanguage: Bool?
    public var intent: Bool?
    public var hitAt1: Double?
    public var hitAt5: Double?
    public var reciprocalRank: Double?
    public var ndcgAt5: Double?
    /// Matched must_include items / all of them.
    public var factsMatched: Int = 0
    public var factsTotal: Int = 0
    public var forbidden: Bool?
    public var escalation: Bool?
    public var action: Bool?
    public var tone: Bool
    public var failures: [String]
    public var toneFailures: [ToneRuleResult]
    /// How the answer reads (ReadingCheck); reported, and failing the case only over `max_sentences`.
    public var reading: ReadingOutcome? = nil

    public var passed: Bool { failures.isEmpty }
}

/// Scores one answer against its case's expectations (DESIGN.md "Evalset format"). Pure.
public struct CaseScorer: Sendable {
    let markets: [String: Market]
    let checkers: [String: ToneChecker]
    let reading: ReadingCheck

    /// - Parameter phrases: the engine's phrases, whose greeting and closing the reading check
    ///   leaves out (`AnswerEngine.phraseBook`).
    public init(markets: [String: Market], phrases: PhraseBook? = nil) {
        self.markets = markets
        checkers = markets.mapValues { ToneChecker(market: $0) }
        reading = ReadingCheck(markets: markets, phrases: phrases)
    }

    public func score(_ c: EvalCase, answer a: EngineAnswer) -> CaseScore {
        let e = c.expect
        var failures: [String] = []
        var s = CaseScore(tone: true, failures: [], toneFailures: [])

        if let lang = e.language {
            s.language = a.language == lang
            if s.language == false { failures.append("language: expected \(lang), got \(a.language)") }
        }
        let expectedAnswerLanguage = e.answerLanguage
        if let al = expectedAnswerLanguage {
            s.answerLanguage = a.answerLanguage == al
            if s.answerLanguage == false { failures.append("answer language: expected \(al), got \(a.answerLanguage)") }
        }
        if let intent = e.intent {
            s.intent = a.intent == intent
            if s.intent == false { failures.append("intent: expected \(intent), got \(a.intent)") }
        }
        if !e.sources.isEmpty {
            let ranked = Ranking.documents(a.sources.map(\.doc))
            s.hitAt1 = Ranking.hit(ranked, e.sources, at: 1)
            s.hitAt5 = Ranking.hit(ranked, e.sources, at: 5)
            s.reciprocalRank = Ranking.reciprocalRank(ranked, e.sources)
            s.ndcgAt5 = Ranking.ndcg(ranked, e.sources, at: 5)
            if s.hitAt5 == 0 {
                failures.append("sources: expected \(e.sources.keys.sorted().joined(separator: "|")) in the top 5, got \(ranked.prefix(5).joined(separator: ", "))")
            }
        }
        s.factsTotal = e.mustInclude.count
        let answer = TextMatch.Haystack(a.answer)
        for item in e.mustInclude {
            if item.contains(where: { answer.contains($0) }) { s.factsMatched += 1 } else {
                failures.append("missing: \(item.count == 1 ? "\"\(item[0])\"" : "one of " + item.map { "\"\($0)\"" }.joined(separator: ", "))")
            }
        }
        if !e.mustNotInclude.isEmpty {
            let found = e.mustNotInclude.filter { answer.contains($0) }
            s.forbidden = !found.isEmpty
            for f in found { failures.append("forbidden: \"\(f)\" is in the answer") }
        }
        if let escalate = e.escalate {
            s.escalation = a.escalation.handoff == escalate
            if !escalate, a.escalation.handoff {
                failures.append("escalation: handed off (\(a.escalation.reasons.map(\.rawValue).joined(separator: ", "))) but should not")
            } else if escalate, !a.escalation.handoff {
                failures.append("escalation: should hand off, did not")
            } else if escalate, let summary = a.escalation.summary {
                // A handoff summary must name the order, the intent and the reason.
                var missing: [String] = []
                if let order = e.order ?? a.entities.orders.last, !summary.contains(order) { missing.append("order \(order)") }
                if !summary.contains(a.intent) { missing.append("intent") }
                if a.escalation.reasons.isEmpty { missing.append("reason") }
                if !missing.isEmpty {
                    s.escalation = false
                    failures.append("handoff summary lacks \(missing.joined(separator: ", "))")
                }
            }
        }
        if let action = e.action {
            let called = a.actions.filter { $0.name.rawValue == action }
            s.action = !called.isEmpty && (e.order == nil || called.contains { $0.args["order"] == e.order })
            if s.action == false {
                let got = a.actions.map { "\($0.name)(\($0.args["order"] ?? ""))" }.joined(separator: ", ")
                failures.append("action: expected \(action)\(e.order.map { "(\($0))" } ?? ""), got \(got.isEmpty ? "none" : got)")
            }
        }
        if let checker = checkers[c.market] {
            let report = checker.check(a.answer, language: a.answerLanguage, customerUpset: ["frustrated", "angry", "distressed"].contains(a.emotion.label),
                                       quoted: a.quotedLanguages ?? [])
            s.tone = report.passed
            s.toneFailures = report.failures.filter { $0.severity == .error }
            for f in s.toneFailures {
                failures.append("tone: \(f.id)\(f.offending.isEmpty ? "" : " (\(f.offending.prefix(3).joined(separator: ", ")))")")
            }
        }
        let read = reading.check(a.answer, language: a.answerLanguage, market: c.market, maxSentences: e.maxSentences)
        s.reading = read
        if let max = e.maxSentences, read.sentences > max {
            failures.append("length: \(read.sentences) sentences, at most \(max)")
        }
        s.failures = failures
        return s
    }
}
