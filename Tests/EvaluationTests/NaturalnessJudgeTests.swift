import Foundation
import KnowledgeStore
import LoopbackHTTPServer
import Testing
@testable import Evaluation
@testable import Workspace

/// `kbkit eval --judge`: the judge's request, its strict reading of the reply, and whole evaluations
/// of the second test store (Tests/Fixtures/SecondStore, embedded answers) judged by a loopback
/// stand-in for the model, which answers every request with the same reply or status.
@Suite struct NaturalnessJudgeTests {
    // MARK: - The reply

    @Test(arguments: [("4", 4), (" 4\n", 4), ("Score: 4", 4), ("5.", 5), ("4/5", 4), ("4 / 5", 4), ("1", 1), ("Rating: 2 (stiff)", 2)])
    func aReplyWithOneScore(reply: String, score: Int) throws {
        #expect(try NaturalnessReply.score(reply) == score)
    }

    @Test(arguments: ["great!", "", "0", "6", "10", "99999999999999999999999"])
    func aReplyWithoutAScore(reply: String) {
        #expect(throws: NaturalnessJudge.Unjudged.noScore(reply: reply)) { try NaturalnessReply.score(reply) }
    }

    @Test(arguments: ["On a scale of 1 to 5, this is a 4", "4.5", "3 or 4", "4/10", "10/10"])
    func aReplyWithSeveralNumbersIsNotGuessed(reply: String) {
        #expect(throws: NaturalnessJudge.Unjudged.ambiguous(reply: reply)) { try NaturalnessReply.score(reply) }
    }

    // MARK: - One request

    static func settings(_ endpoint: String, retries: Int = 0) -> WorkspaceSettings.OpenAISettings {
        var s = WorkspaceSettings.OpenAISettings(endpoint: endpoint + "/v1", model: "judge-stand-in", apiKeyEnv: "KBKIT_JUDGE_KEY",
                                                 timeoutMs: 5000, retries: retries)
        s.seed = 7
        s.temperature = 0.1
        return s
    }

    /// A stand-in model answering `content` (with `status`) to every request.
    static func server(replying content: String, status: Int = 200) throws -> LoopbackHTTPServer {
        let body = try JSONSerialization.data(withJSONObject: ["choices": [["message": ["role": "assistant", "content": content]]]])
        return try LoopbackHTTPServer { _ in .init(status: status, body: body) }
    }

    @Test func theRequestCarriesTheAnswerTheMessageAndTheLanguage() throws {
        let server = try Self.server(replying: "4")
        defer { server.stop() }
        let judge = NaturalnessJudge(settings: Self.settings(server.baseURL), environment: ["KBKIT_JUDGE_KEY": "sk-judge"])
        let answer = "Hei! Standard frakt til Norge er gratis fra 800 kr."
        let verdict = judge.judge(answer: answer, message: "Hva koster frakt?", language: "nb")
        #expect(verdict == JudgedNaturalness(score: 4))
        let seen = try #require(server.requests.first)
        #expect(seen.path == "/v1/chat/completions" && seen.headers["authorization"] == "Bearer sk-judge")
        let json = try #require(try JSONSerialization.jsonObject(with: seen.body) as? [String: Any])
        #expect(json["model"] as? String == "judge-stand-in")
        #expect(json["temperature"] as? Double == 0.1 && json["seed"] as? Int == 7)
        #expect(json["max_tokens"] as? Int == NaturalnessJudge.replyTokens)
        let messages = try #require(json["messages"] as? [[String: String]])
        let system = try #require(messages.first?["content"]), user = try #require(messages.last?["content"])
        #expect(system.contains("(nb)") && system.contains("ONE integer from 1 to 5"))
        #expect(user.contains(answer) && user.contains("Hva koster frakt?"))
    }

    // MARK: - Whole evaluations

    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/SecondStore")

    /// The second store imported and indexed once into a temporary store (the fixture stays as it is).
    static let store: String = {
        let ws = try! Workspace.open(fixture)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kbkit-judge-\(UUID().uuidString)/kb.sqlite").path
        let store = try! KnowledgeStore(path: path)
        _ = try! Importer(store: store, workspaceRoot: ws.root).run(roots: [ws.docsURL])
        _ = try! Indexer(store: store).run()
        return path
    }()

    /// The store's evaluation with embedded answers; judged by the model at `endpoint` when given.
    static func evaluate(judgedAt endpoint: String? = nil, retries: Int = 0) throws -> EvaluationReport {
        let base = try Workspace.open(fixture)
        var settings = base.settings
        if let endpoint { settings.engine.openAI = Self.settings(endpoint, retries: retries) }
        var job = EvaluationJob(workspace: Workspace(root: base.root, settings: settings))
        job.storePath = store
        job.writesReports = false
        job.jobs = 2
        job.judge = endpoint != nil
        return try job.run().report
    }

    static let unjudged: Result<EvaluationReport, any Error> = Result { try evaluate() }

    /// Every case's pass/fail and failures: what a judge must never change.
    static func outcomes(_ r: EvaluationReport) -> [String] { r.cases.map { "\($0.id) \($0.passed) \($0.failures)" } }

    @Test func aScoreReachesTheCaseAndTheMeansPerMarketAndLanguage() throws {
        let server = try Self.server(replying: "4")
        defer { server.stop() }
        let report = try Self.evaluate(judgedAt: server.baseURL)
        #expect(report.judge == "judge-stand-in")
        #expect(!report.cases.isEmpty && report.cases.allSatisfy { $0.readsNaturally == JudgedNaturalness(score: 4) })
        #expect(server.requests.count == report.cases.count)
        #expect(report.overall.readsNaturally == 4 && report.overall.judged == report.overall.cases)
        let norway = try #require(report.markets["NO"])
        #expect(norway.readsNaturally == 4 && norway.judged == norway.cases)
        #expect(report.languages["ko"]?.readsNaturally == 4)
        // The figures are in the reports, and nowhere a gate or a comparison looks.
        #expect(MarkdownReport.render(report).contains("### Reads naturally (judged)"))
        #expect(MarkdownReport.render(report).contains("| `NO` | \(norway.cases) of \(norway.cases) | 4.00 / 5 |"))
        #expect(HTMLReport.render(report).contains("<h3>Reads naturally (judged)</h3>"))
        #expect(!JUnitReport.render(report).contains("naturally"))
        #expect(!report.overall.named.contains { $0.name.contains("natural") || $0.name == "judged" })
        let json = String(decoding: try JSONEncoder().encode(report), as: UTF8.self)
        #expect(json.contains(#""reads_naturally":{"score":4}"#) && json.contains(#""judged":"#))
        #expect(try JSONDecoder().decode(EvaluationReport.self, from: Data(json.utf8)) == report)
    }

    @Test func aReplyThatIsNoScoreLeavesTheCaseUnjudgedWithTheReason() throws {
        let server = try Self.server(replying: "great!")
        defer { server.stop() }
        let report = try Self.evaluate(judgedAt: server.baseURL)
        let reason = "the reply has no score from 1 to 5: \u{201C}great!\u{201D}"
        #expect(report.cases.allSatisfy { $0.readsNaturally == JudgedNaturalness(unjudged: .noScore(reply: "great!")) })
        #expect(report.cases.first?.readsNaturally?.reason == reason)
        #expect(report.overall.judged == 0 && report.overall.readsNaturally == nil)
        #expect(HTMLReport.render(report).contains("\(report.cases.count) × \(reason)"))
    }

    @Test func aFailingServerIsRetriedAndTheEvaluationStillCompletes() throws {
        let server = try Self.server(replying: "", status: 500)
        defer { server.stop() }
        let report = try Self.evaluate(judgedAt: server.baseURL, retries: 1)
        #expect(server.requests.count == 2 * report.cases.count)
        #expect(report.cases.allSatisfy { $0.readsNaturally?.score == nil && $0.readsNaturally?.reason?.contains("HTTP 500") == true })
        #expect(Self.outcomes(report) == Self.outcomes(try Self.unjudged.get()))
    }

    @Test func theLowestScoreFailsNoCase() throws {
        let server = try Self.server(replying: "1")
        defer { server.stop() }
        let judged = try Self.evaluate(judgedAt: server.baseURL)
        let plain = try Self.unjudged.get()
        #expect(judged.cases.contains { $0.passed && $0.readsNaturally?.score == 1 })
        #expect(Self.outcomes(judged) == Self.outcomes(plain))
        #expect(judged.overall.passRate == plain.overall.passRate)
        let comparison = BaselineComparer.compare(judged, baseline: plain, baselineName: "plain")
        #expect(comparison.regressed.isEmpty && comparison.improved.isEmpty)
        // Without a judge the report has none of it.
        #expect(plain.judge == nil && plain.overall.judged == nil && plain.cases.allSatisfy { $0.readsNaturally == nil })
        #expect(!String(decoding: try JSONEncoder().encode(plain), as: UTF8.self).contains("naturally"))
        #expect(!MarkdownReport.render(plain).contains("Reads naturally"))
    }

    @Test func withoutAnEndpointTheJobSaysWhatIsMissing() throws {
        var job = EvaluationJob(workspace: try Workspace.open(Self.fixture))
        job.judge = true
        #expect(throws: EvaluationJob.JobError.judgeWithoutEndpoint) { try job.run() }
    }
}
