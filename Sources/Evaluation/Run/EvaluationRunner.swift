import AnswerEngine
import Foundation
import Orders
import Support
import Linguistics
import Workspace

/// Runs evalset cases through the engine and builds the report. Each case gets a fresh conversation;
/// the ERP is rebuilt after a case that changed it (a cancellation), so that no case sees another's
/// side effects. Cases run on `jobs` threads, each taking the next case; the report is in evalset order whatever the timing.
/// With a judge, each worker also asks it about the answers it got, after scoring them.
public struct EvaluationRunner: Sendable {
    public typealias OrdersFactory = @Sendable () throws -> any OrderConnector

    let engine: AnswerEngine
    let makeOrders: OrdersFactory
    let markets: [String: Market]
    let jobs: Int
    let judge: NaturalnessJudge?

    /// - Parameters:
    ///   - judge: asked how naturally each answer reads (`--judge`); its scores never decide pass/fail.
    ///   - makeOrders: a fresh order connector (the ERP as the fixtures define it).
    public init(engine: AnswerEngine, markets: [String: Market], jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                judge: NaturalnessJudge? = nil, makeOrders: @escaping OrdersFactory) {
        self.engine = engine
        self.markets = markets
        self.jobs = max(1, jobs)
        self.judge = judge
        self.makeOrders = makeOrders
    }

    public func run(_ evalsets: [Evalset], workspaceName: String, engineName: String, createdAt: String,
                    progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> EvaluationReport {
        let cases = evalsets.flatMap { set in set.cases.map { (set: set.name, c: $0) } }
        let scorer = CaseScorer(markets: markets, phrases: engine.phraseBook)
        let results = ResultSlots<(CaseResult, ScoredCase)>(count: cases.count)
        let counter = Counter()
        let failure = ResultSlots<Error>(count: 1)
        let next = Counter()
        // Each worker owns an engine (and so an ERP) and takes the next case not yet taken: a fixed
        // share per worker left one core idle at the end while the other finished slower cases.
        DispatchQueue.concurrentPerform(iterations: jobs) { _ in
            do {
                var engine = self.engine.with(orders: try makeOrders())
                while true {
                    let i = next.increment() - 1
                    guard i < cases.count else { break }
                    let (setName, c) = cases[i]
                    var (result, scored, mutated) = try Self.runCase(c, evalset: setName, engine: engine, scorer: scorer)
                    if let judge {
                        let verdict = judge.judge(answer: result.got.answer, message: c.turns.last ?? "", language: result.got.answerLanguage)
                        result.readsNaturally = verdict
                        scored.judged = verdict
                    }
                    results.set(i, (result, scored))
                    if mutated { engine = engine.with(orders: try makeOrders()) }
                    progress?(counter.increment(), cases.count)
                }
            } catch {
                failure.set(0, error)
            }
        }
        if let error = failure.values.compactMap({ $0 }).first { throw error }
        let done = results.values.compactMap { $0 }
        let scored = done.map(\.1)
        let (table, confusion) = MetricsBuilder.intentTable(scored)
        var toneCounts: [String: [String: (String, Int)]] = [:]
        for (result, s) in done {
            for f in s.score.toneFailures { toneCounts[result.market, default: [:]][f.id, default: (f.message, 0)].1 += 1 }
        }
        let toneFailures = toneCounts.mapValues { rules in
            rules.map { ToneFailureCount(rule: $0.key, message: $0.value.0, count: $0.value.1) }
                .sorted { $0.count != $1.count ? $0.count > $1.count : $0.rule < $1.rule }
        }
        var report = EvaluationReport(
            kbkitVersion: "0.1.0", workspace: workspaceName, createdAt: createdAt, engine: engineName,
            evalsets: evalsets.map(\.name), overall: MetricsBuilder.metrics(scored),
            markets: MetricsBuilder.grouped(scored) { $0.market }, languages: MetricsBuilder.grouped(scored) { $0.language },
            intents: MetricsBuilder.grouped(scored) { $0.intent }, intentTable: table, confusion: confusion,
            toneFailures: toneFailures, cases: done.map(\.0))
        report.judge = judge?.model
        return report
    }

    /// Runs one case's turns in a new conversation and scores the last answer.
    static func runCase(_ c: EvalCase, evalset: String, engine: AnswerEngine, scorer: CaseScorer) throws -> (CaseResult, ScoredCase, Bool) {
        var conversation = Conversation(market: c.market)
        var answer: EngineAnswer?
        var mutated = false
        let start = DispatchTime.now().uptimeNanoseconds
        for turn in c.turns {
            answer = try engine.answer(turn, in: &conversation)
            if answer!.actions.contains(where: { $0.name == .cancel && $0.result == .ok }) { mutated = true }
        }
        let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6 / Double(max(1, c.turns.count))
        let a = answer!
        let score = scorer.score(c, answer: a)
        let e = c.expect
        var result = CaseResult(
            id: c.id, evalset: evalset, market: c.market, turns: c.turns, tags: c.tags, passed: score.passed, failures: score.failures,
            expected: .init(language: e.language, answerLanguage: e.answerLanguage, intent: e.intent, sources: e.sources,
                            mustInclude: e.mustInclude, mustNotInclude: e.mustNotInclude, escalate: e.escalate, action: e.action, order: e.order,
                            maxSentences: e.maxSentences),
            got: .init(language: a.language, answerLanguage: a.answerLanguage, intent: a.intent, emotion: a.emotion.label,
                       sources: Array(a.sources.prefix(5).map(\.chunk)), actions: a.actions.map { "\($0.name)(\($0.args["order"] ?? ""))→\($0.result)" },
                       orders: a.entities.orders, escalated: a.escalation.handoff, escalationReason: a.escalation.reasons.first?.rawValue, answer: a.answer),
            tone: .init(passed: score.tone, failed: score.toneFailures.map { .init(rule: $0.id, message: $0.message, offending: $0.offending) }),
            trace: a.trace.map { .init(step: $0.step, detail: $0.detail) }, latencyMs: (ms * 100).rounded() / 100)
        result.generation = a.generation
        result.reading = score.reading
        let scored = ScoredCase(caseID: c.id, market: c.market, language: e.language, intent: e.intent, gotIntent: a.intent,
                                expectedEscalate: e.escalate, escalated: a.escalation.handoff, score: score, latencyMs: ms)
        return (result, scored, mutated)
    }
}

final class Counter: @unchecked Sendable {
    private var n = 0
    private let lock = NSLock()
    func increment() -> Int { lock.lock(); defer { lock.unlock() }; n += 1; return n }
}
