import Foundation
import Testing
@testable import AnswerEngine
import Workspace

/// The engine with a real model (`make llm-demo`'s llama.cpp server, or any OpenAI-compatible
/// one): skipped unless KBKIT_LLM_ENDPOINT names the server, so `make test` and CI stay offline.
///   KBKIT_LLM_ENDPOINT=http://127.0.0.1:8080/v1 swift test --filter LocalModelIntegrationTests
/// Whatever the model writes, no answer may reach the customer without the order's facts: every
/// figure of the embedded answer (order number, dates, tracking number) must be in the final one.
@Suite(.serialized, .enabled(if: ProcessInfo.processInfo.environment["KBKIT_LLM_ENDPOINT"] != nil))
struct LocalModelIntegrationTests {
    static let questions: [(market: String, message: String)] = [
        ("DE", "Hallo, wo ist meine Bestellung MG10000005?"),
        ("US", "Where is my order MG10000005?"),
        ("FR", "Bonjour, où en est ma commande MG10000005 ?"),
        ("JP", "注文MG10000005はいつ届きますか？"),
    ]

    @Test func noAnswerWithoutTheOrdersFactsReachesTheCustomer() throws {
        let env = ProcessInfo.processInfo.environment
        var settings = WorkspaceSettings.OpenAISettings(endpoint: env["KBKIT_LLM_ENDPOINT"]!, model: env["KBKIT_LLM_MODEL"] ?? "local",
                                                        apiKeyEnv: nil, timeoutMs: 120_000, retries: 0)
        settings.maxTokens = 160
        let embedded = EngineTests.setup.0
        let generated = embedded.with(generator: OpenAICompatibleGenerator(settings: settings))
        for q in Self.questions where embedded.markets[q.market] != nil {
            var c1 = Conversation(market: q.market), c2 = Conversation(market: q.market)
            let reference = try embedded.answer(q.message, in: &c1)
            let answer = try generated.answer(q.message, in: &c2)
            let facts = Figures.tokens(in: reference.answer)
            #expect(!facts.isEmpty, "\(q.market): the embedded answer states the order's facts")
            for fact in facts { #expect(answer.answer.contains(fact), "\(q.market): \(fact) missing; generation \(String(describing: answer.generation))") }
            #expect(answer.generation?.outcome != nil)
        }
    }
}
