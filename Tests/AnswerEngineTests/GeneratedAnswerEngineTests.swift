@testable import AnswerEngine
import Foundation
import LoopbackHTTPServer
import Testing
import Workspace

/// The engine with the OpenAI-compatible generator against a loopback stand-in for the model: a
/// generated answer that passes the guardrails reaches the customer; one that fails them, or a
/// failing server, gives the embedded answer, and the answer's `generation` says which and why.
@Suite(.serialized) struct GeneratedAnswerEngineTests {
    static let question = "Hallo, wo ist meine Bestellung MG10000005?"

    /// A stand-in model that answers `content` to every request.
    func engine(answering content: String, status: Int = 200) throws -> (AnswerEngine, LoopbackHTTPServer) {
        let body = try JSONSerialization.data(withJSONObject: [
            "choices": [["message": ["role": "assistant", "content": content]]],
            "usage": ["prompt_tokens": 640, "completion_tokens": 52],
        ])
        let server = try LoopbackHTTPServer { _ in .init(status: status, body: body) }
        let settings = WorkspaceSettings.OpenAISettings(endpoint: server.baseURL + "/v1", model: "stand-in", apiKeyEnv: nil, timeoutMs: 5000, retries: 0)
        return (EngineTests.setup.0.with(generator: OpenAICompatibleGenerator(settings: settings)), server)
    }

    func ask(_ engine: AnswerEngine) throws -> EngineAnswer {
        var c = Conversation(market: "DE")
        return try engine.answer(Self.question, in: &c)
    }

    @Test func anAnswerWithTheOrdersFactsReachesTheCustomer() throws {
        let (engine, server) = try engine(answering: GuardrailFixture.goodAnswer)
        defer { server.stop() }
        let a = try ask(engine)
        #expect(a.answer == GuardrailFixture.goodAnswer)
        #expect(a.generation?.outcome == .generated && a.generation?.generator == "openai")
        #expect(a.generation?.promptTokens == 640 && a.generation?.completionTokens == 52)
        // The prompt carried the ERP's facts.
        let prompt = String(decoding: try #require(server.requests.first).body, as: UTF8.self)
        #expect(prompt.contains("00340434161234567890") && prompt.contains("\"max_tokens\":300"))
    }

    @Test func theIssuesRamblingAnswerIsReplacedByTheEmbeddedOne() throws {
        let rambling = "Customer message: Hallo, wo ist meine Bestellung?\n1. Business Support\n2. Business Support is available 24/7."
        let (engine, server) = try engine(answering: rambling)
        defer { server.stop() }
        let a = try ask(engine)
        let embedded = try ask(EngineTests.setup.0)
        #expect(a.answer == embedded.answer)
        #expect(a.answer.contains("00340434161234567890"))
        #expect(a.generation?.outcome == .guardrail && a.generation?.guardrail == .roleText)
        #expect(a.trace.first { $0.step == "composition" }?.detail.contains("refused by guardrail role_text") == true)
    }

    @Test func aServerErrorFallsBackToTheEmbeddedAnswer() throws {
        let (engine, server) = try engine(answering: "", status: 503)
        defer { server.stop() }
        let a = try ask(engine)
        #expect(a.answer.contains("00340434161234567890"))
        #expect(a.generation?.outcome == .failed && a.generation?.guardrail == nil)
        #expect(a.generation?.detail?.contains("HTTP 503") == true)
    }
}
