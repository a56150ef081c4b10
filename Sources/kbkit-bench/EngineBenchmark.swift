import AnswerEngine
import Evaluation
import Foundation
import KnowledgeStore
import Workspace

/// Issue 5, item 7 and issue 6, item 7: the embedded engine's latency per answer after start-up, and
/// the whole sample evaluation's speed, on the repository's own workspace (imported into a temporary
/// store so that the workspace's .kbkit is left alone).
enum EngineBenchmark {
    static func run(workspace root: URL) throws -> String {
        let ws = try Workspace.open(root)
        let content = try WorkspaceContent.load(ws)
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("kbkit-bench-engine-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: tmp) }
        let store = try KnowledgeStore(path: tmp.appendingPathComponent("kb.sqlite").path)
        _ = try Importer(store: store, workspaceRoot: ws.root).run(roots: [ws.docsURL])
        _ = try Indexer(store: store).run()
        let (engine, startup) = try Measure.time { () throws -> AnswerEngine in
            let retriever = try StoreRetriever(store: store, expansion: GlossaryExpansion(glossary: content.glossary))
            return AnswerEngine(content: content, retriever: retriever, orders: try EngineSetup.makeOrders(ws), now: EngineSetup.fixedNow(ws))
        }
        let cases = content.evalsets.flatMap(\.cases)
        // The two searches of an answer, on their own: the open one, and the one within the intent's documents.
        let retriever = try StoreRetriever(store: store, expansion: GlossaryExpansion(glossary: content.glossary))
        var query = SearchQuery(text: "If I change my mind, how many days do I have to send it back?", languages: ["en"], market: "SG", limit: 8, fallbackBelow: 3)
        _ = try retriever.retrieve(query)
        let (_, open) = try Measure.time { for _ in 0..<200 { _ = try retriever.retrieve(query) } }
        query.documents = ["returns", "faq"]
        query.extraTerms = ["en": ["return", "window"]]
        query.limit = 6
        let (_, within) = try Measure.time { for _ in 0..<200 { _ = try retriever.retrieve(query) } }
        var latencies: [Double] = []
        var steps: [String: Double] = [:]
        for round in 0..<3 {
            for c in cases {
                var conversation = Conversation(market: c.market)
                for turn in c.turns {
                    let (answer, t) = try Measure.time { try engine.answer(turn, in: &conversation) }
                    if round > 0 {
                        latencies.append(t * 1000)
                        for s in answer.trace { steps[s.step, default: 0] += s.ms }
                    }
                }
            }
        }
        let perStep = steps.sorted { $0.value > $1.value }.map { "\($0.key) \(String(format: "%.2f", $0.value / Double(latencies.count)))" }.joined(separator: " · ")
        var job = EvaluationJob(workspace: ws)
        job.storePath = tmp.appendingPathComponent("kb.sqlite").path
        job.writesReports = false
        let evaluation = try job.run()
        let report = evaluation.report, evalSeconds = evaluation.seconds
        var out = "== engine: sample workspace, \(cases.count) cases, \(latencies.count / 2) turns per round\n"
        out += "start-up (classifier training, ERP, index open): \(String(format: "%.0f", startup * 1000)) ms\n"
        out += "answer latency p50 \(String(format: "%.2f", Measure.percentile(latencies, 0.5))) ms, p95 \(String(format: "%.2f", Measure.percentile(latencies, 0.95))) ms, p99 \(String(format: "%.2f", Measure.percentile(latencies, 0.99))) ms   [target ≤ 5 ms p50]\n"
        out += "mean ms per step: \(perStep)\n"
        out += "one search (en, SG): open \(String(format: "%.2f", open * 5)) ms, within the intent's documents \(String(format: "%.2f", within * 5)) ms\n"
        out += "evaluation: the KB read ahead in \(String(format: "%.0f", evaluation.readingAhead * 1000)) ms (start-up); "
        out += "\(report.overall.cases) cases in \(String(format: "%.2f", evalSeconds)) s = \(String(format: "%.0f", Double(report.overall.cases) / evalSeconds)) cases/s on \(ProcessInfo.processInfo.activeProcessorCount) cores [target ≥ 1,500 cases/s after start-up]; pass rate \(RenderNumber.percent(report.overall.passRate))\n"
        return out
    }
}
