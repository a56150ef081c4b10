import AnswerEngine
import Foundation
import KnowledgeStore
import LoopbackHTTPServer
import Orders
import Workspace

/// Issue 17, item 1: the CPU a request costs while kbkit waits for a slow server, through both HTTP
/// clients: the HTTP ERP connector's status look-up, and a whole engine answer written by the
/// OpenAI-compatible generator. A loopback server answers each after `delay` seconds; the process's
/// user + system time over the call is what kbkit spent (the server's thread sleeps). A client that
/// spins while it waits shows seconds here; one that waits in poll() shows milliseconds.
enum WaitingBenchmark {
    static let delay = 5.0
    static let targetMs = 50.0

    static func run(workspace root: URL) throws -> String {
        var out = "== waiting for a slow server: CPU of one request answered after \(Int(delay)) s  [target < \(Int(targetMs)) ms CPU]\n"
        out += try line("HTTP ERP connector, order status", measure: try erpLookup)
        out += try line("engine answer, openai generator", measure: try generatedAnswer(workspace: root))
        return out
    }

    private static func line(_ name: String, measure: (wall: Double, cpu: Double)) throws -> String {
        let verdict = measure.cpu * 1000 < targetMs ? "met" : "MISSED"
        return "\(Measure.pad(name, 34)) wall \(String(format: "%.2f", measure.wall)) s, CPU \(String(format: "%.1f", measure.cpu * 1000)) ms   [\(verdict)]\n"
    }

    /// A status look-up the ERP answers with 404 (no such order) after the delay.
    private static var erpLookup: (wall: Double, cpu: Double) {
        get throws {
            let server = try LoopbackHTTPServer { _ in LoopbackHTTPServer.Response(status: 404, body: Data("{}".utf8), delay: delay) }
            defer { server.stop() }
            let connector = HTTPOrderConnector(settings: ERPSettings.HTTP(baseURL: server.baseURL, timeoutMs: Int(delay * 4000)))
            return try cpuAndWall { _ = try connector.status(order: "A-1") }
        }
    }

    /// The first evaluation case's message answered by the sample workspace's engine with a generator
    /// whose model server takes the delay to write a (deliberately fact-less) answer: the guardrails
    /// run and the embedded answer is used, as in a real evaluation.
    private static func generatedAnswer(workspace root: URL) throws -> (wall: Double, cpu: Double) {
        let ws = try Workspace.open(root)
        let content = try WorkspaceContent.load(ws)
        guard let first = content.evalsets.flatMap(\.cases).first, let message = first.turns.first else {
            throw BenchmarkError(message: "the workspace has no evaluation case to answer")
        }
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("kbkit-bench-waiting-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: tmp) }
        let store = try KnowledgeStore(path: tmp.appendingPathComponent("kb.sqlite").path)
        _ = try Importer(store: store, workspaceRoot: ws.root).run(roots: [ws.docsURL])
        _ = try Indexer(store: store).run()
        let completion = #"{"choices":[{"message":{"role":"assistant","content":"Thank you for your message."}}],"usage":{"prompt_tokens":1,"completion_tokens":6}}"#
        let server = try LoopbackHTTPServer { _ in LoopbackHTTPServer.Response(status: 200, body: Data(completion.utf8), delay: delay) }
        defer { server.stop() }
        let settings = WorkspaceSettings.OpenAISettings(endpoint: server.baseURL, model: "stand-in", apiKeyEnv: nil,
                                                        timeoutMs: Int(delay * 4000), retries: 0)
        let retriever = try StoreRetriever(store: store, expansion: GlossaryExpansion(glossary: content.glossary))
        let engine = AnswerEngine(content: content, retriever: retriever, orders: try EngineSetup.makeOrders(ws), now: EngineSetup.fixedNow(ws))
            .with(generator: OpenAICompatibleGenerator(settings: settings))
        var warm = Conversation(market: first.market)
        _ = try engine.with(generator: EmbeddedGenerator()).answer(message, in: &warm)  // caches and classifier warm, not measured
        var conversation = Conversation(market: first.market)
        let (wall, cpu) = try cpuAndWall { _ = try engine.answer(message, in: &conversation) }
        guard server.requests.count == 1 else {
            throw BenchmarkError(message: "the generator sent \(server.requests.count) requests, expected 1")
        }
        return (wall, cpu)
    }

    private static func cpuAndWall(_ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
        let (_, wall, cpu) = try Measure.timeAndCPU(body)
        return (wall, cpu)
    }

    struct BenchmarkError: Error, CustomStringConvertible { var message: String; var description: String { message } }
}
