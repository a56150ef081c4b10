@testable import AnswerEngine
import Foundation
import KnowledgeStore
import LoopbackHTTPServer
import Testing
import Workspace

/// The whole engine on the sample workspace (Meridian Goods): real documents, index, ERP fixtures.
@Suite(.serialized) struct EngineTests {
    static let setup: (AnswerEngine, Workspace, WorkspaceContent, StoreRetriever) = {
        let ws = try! OrdersFixture.workspace()
        let content = try! WorkspaceContent.load(ws, evalsets: false)
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("kbkit-engine-\(UUID().uuidString)")
        let store = try! KnowledgeStore(path: tmp.appendingPathComponent("kb.sqlite").path)
        _ = try! Importer(store: store, workspaceRoot: ws.root).run(roots: [ws.docsURL])
        _ = try! Indexer(store: store).run()
        let retriever = try! StoreRetriever(store: store, expansion: GlossaryExpansion(glossary: content.glossary))
        let engine = AnswerEngine(content: content, retriever: retriever, orders: try! EngineSetup.makeOrders(ws), now: EngineSetup.fixedNow(ws))
        return (engine, ws, content, retriever)
    }()

    func ask(_ market: String, _ turns: String..., engine: AnswerEngine = setup.0) throws -> EngineAnswer {
        var c = Conversation(market: market)
        var last: EngineAnswer?
        for t in turns { last = try engine.answer(t, in: &c) }
        return last!
    }

    /// A fresh ERP: cancellations change it.
    func freshEngine() throws -> AnswerEngine { Self.setup.0.with(orders: try EngineSetup.makeOrders(Self.setup.1)) }

    @Test func answersAPolicyQuestionFromTheKBInTheMarketsVoice() throws {
        let a = try ask("DE", "Wie lange habe ich Zeit, etwas zurückzuschicken?")
        #expect(a.language == "de" && a.answerLanguage == "de")
        #expect(a.intent == "returns.policy")
        #expect(a.sources.prefix(5).contains { $0.doc == "returns" || $0.doc == "faq" })
        #expect(a.answer.contains("30 Tage"))
        #expect(a.answer.hasPrefix("Guten Tag"))
        #expect(a.answer.contains("Mit freundlichen Grüßen"))
        #expect(!a.escalation.handoff)
        #expect(a.trace.map(\.step).starts(with: ["language", "entities", "intent", "emotion", "erp"]))
    }

    @Test func theSameQuestionHasEachMarketsAnswer() throws {
        let jp = try ask("JP", "返品は何日以内にできますか？")
        #expect(jp.answerLanguage == "ja")
        #expect(jp.answer.contains("14日"))
        #expect(!jp.answer.contains("30日"))
        let us = try ask("US", "How many days do I have to return an item?")
        #expect(us.answer.contains("30 days"))
    }

    @Test func looksOrdersUpAndRemembersTheOrder() throws {
        let a = try ask("DE", "Hallo, wo ist meine Bestellung MG10000005?", "Und wann kommt sie an?")
        #expect(a.intent == "order.status")
        #expect(a.actions.contains { $0.name == .lookup && $0.args["order"] == "MG10000005" && $0.result == .ok })
        #expect(a.answer.contains("21.11.2026"))
        #expect(a.answer.contains("00340434161234567890"))
        #expect(a.answer.contains("Bestellung"))   // the German order phrases, not English
    }

    @Test func aPolicyQuestionAboutAKnownOrderLooksItUpAndAnswersWithThePolicy() throws {
        let a = try ask("US", "My order MG10000001 came on Saturday, thanks.", "I'd like to send one of the two lanterns back. How long do I have?")
        #expect(a.intent == "returns.policy")
        #expect(a.actions.map(\.name) == [.lookup] && a.actions.first?.args["order"] == "MG10000001")
        #expect(a.answer.contains("You have 30 days to return an item"))
        // The policy answers; the order's status is not told again, and a FAQ about another intent
        // (resetting the lantern) lends its answer nothing.
        #expect(!a.answer.contains("tracking number") && !a.answer.contains("reset"))
        // The look-up finds a VIP customer: handed off.
        let vip = try ask("SG", "Hi, it's about order MG10000021.", "I'd like to return the lantern, it's not bright enough for me. How long do I have?")
        #expect(vip.escalation.reasons.contains(.vip) && vip.answer.contains("30 days"))
    }

    @Test func asksForTheOrderNumberWhenThereIsNone() throws {
        let a = try ask("US", "Where is my order?")
        #expect(a.intent == "order.status")
        #expect(a.actions.isEmpty)
        #expect(a.answer.contains("Could you give me your order number? It looks like MG10000005."), "\(a.answer)")   // kbkit.yaml's example
    }

    @Test func cancelsOnlyWhileProcessing() throws {
        let engine = try freshEngine()
        var c = Conversation(market: "GB")
        let done = try engine.answer("Please cancel my order MG10000003", in: &c)
        #expect(done.actions.map(\.name) == [.lookup, .cancel])
        #expect(done.actions.last?.result == .ok)
        let after = try engine.answer("What's the status of MG10000003 now?", in: &c)
        #expect(after.actions.first?.detail == "cancelled")

        let shipped = try ask("US", "Cancel order MG10000002 please", engine: engine)
        #expect(shipped.actions.map(\.name) == [.lookup])
        #expect(shipped.answer.contains("can no longer be cancelled"))
        // …and says how to return it instead: the market's return window.
        #expect(shipped.answer.contains("You have 30 days to return an item"))
    }

    @Test func aLanguageTheKBLacksIsAnsweredInTheMarketsLanguage() throws {
        let a = try ask("US", "Quanto tempo tenho para devolver um produto?")
        #expect(a.language == "pt")
        #expect(a.answerLanguage == "en")
        #expect(a.answer.contains("isn't available in your language"))
    }

    @Test func handsOffAnAngryCustomerWithASummaryInTheAgentsLanguage() throws {
        let a = try ask("DE", "Das ist eine Frechheit! Meine Bestellung MG10000006 ist seit Wochen verschwunden und niemand hilft mir!!!")
        #expect(a.escalation.handoff)
        let summary = try #require(a.escalation.summary)
        #expect(summary.contains("MG10000006"))
        #expect(summary.contains(a.intent))
        #expect(summary.contains("Markt") || summary.contains("Übergabe"), "German labels: \(summary)")
        #expect(a.answer.contains("tut uns") || a.answer.contains("Es tut"))   // empathy in the voice
    }

    @Test func handoffRulesOfTheFactSheet() throws {
        #expect(try ask("SG", "Hi, can you check order MG10000021 for me?").escalation.reasons.contains(.vip))
        #expect(try ask("DE", "Gibt es Neuigkeiten zu MG10000006?").escalation.reasons.contains(.thirdContact))
        // MG10000005 has no earlier contacts in the ERP: the customer's own word is the third contact.
        #expect(try ask("DE", "Ich schreibe jetzt zum dritten Mal wegen MG10000005.").escalation.reasons.contains(.thirdContact))
        #expect(try !ask("DE", "Gibt es Neuigkeiten zu MG10000005?").escalation.handoff)
        #expect(try ask("GB", "I'll file a chargeback with my bank if this isn't sorted.").escalation.reasons.contains(.chargeback))
        #expect(try ask("US", "Can I talk to a real person, please?").escalation.handoff)
        let calm = try ask("US", "Hi! What payment methods can I use?")
        #expect(!calm.escalation.handoff)
    }

    @Test func twoUnansweredQuestionsInARowHandOff() throws {
        var c = Conversation(market: "US")
        let first = try Self.setup.0.answer("Do you sell drones with 4K cameras?", in: &c)
        #expect(!first.escalation.handoff)
        #expect(c.consecutiveFailures == 1)
        let second = try Self.setup.0.answer("And electric scooters for kids?", in: &c)
        #expect(second.escalation.reasons.contains(.twoFailures))
    }

    struct FailingGenerator: AnswerGenerator {
        let name = "broken"
        struct Broken: Error {}
        func write(_ input: CompositionInput) throws -> String { throw Broken() }
    }

    @Test func aFailingGeneratorFallsBackToTheEmbeddedOne() throws {
        let (_, ws, content, retriever) = Self.setup
        let engine = AnswerEngine(content: content, retriever: retriever, orders: try EngineSetup.makeOrders(ws), generator: FailingGenerator())
        let a = try ask("DE", "Wie lange habe ich Zeit für eine Rücksendung?", engine: engine)
        #expect(a.answer.contains("30 Tage"))
        #expect(a.trace.contains { $0.step == "composition" && $0.detail.contains("broken failed") })
    }

    @Test func theOpenAICompatibleGeneratorTalksToAServer() throws {
        let (_, ws, content, retriever) = Self.setup
        let requests = RequestLog()
        let server = try LoopbackHTTPServer { request in
            requests.append(String(decoding: request.body, as: UTF8.self))
            guard request.path == "/v1/chat/completions" else { return .json(404, "{}") }
            return .json(200, #"{"choices":[{"message":{"role":"assistant","content":"Guten Tag, Sie haben 30 Tage Zeit, Ihr gesetzliches Widerrufsrecht von 14 Tagen eingeschlossen. Die Erstattung folgt innerhalb von 5 Werktagen; bei einem späteren Defekt gilt die Gewährleistung von 2 Jahren. Mit freundlichen Grüßen"}}]}"#)
        }
        defer { server.stop() }
        let settings = WorkspaceSettings.OpenAISettings(endpoint: "http://127.0.0.1:\(server.port)", model: "test-model", apiKeyEnv: nil, timeoutMs: 2000, retries: 0)
        let generator = OpenAICompatibleGenerator(settings: settings)
        let engine = AnswerEngine(content: content, retriever: retriever, orders: try EngineSetup.makeOrders(ws), generator: generator)
        let a = try ask("DE", "Wie lange habe ich Zeit für eine Rücksendung?", engine: engine)
        // The figures of the market's rule and of the selected sentences (30 and 14 days, 5 working days,
        // 2 years) are there: the guardrails let it through.
        #expect(a.answer == "Guten Tag, Sie haben 30 Tage Zeit, Ihr gesetzliches Widerrufsrecht von 14 Tagen eingeschlossen. Die Erstattung folgt innerhalb von 5 Werktagen; bei einem späteren Defekt gilt die Gewährleistung von 2 Jahren. Mit freundlichen Grüßen")
        #expect(a.generation?.outcome == .generated)
        let body = try #require(requests.all.first)
        #expect(body.contains("\"model\":\"test-model\""))
        #expect(body.contains("Sie"))            // the market's tone rules are in the prompt
        #expect(body.contains("30 Tage"))        // and the retrieved knowledge

        // A server error: the embedded generator answers instead.
        let failing = try LoopbackHTTPServer { _ in .json(500, #"{"error":"overloaded"}"#) }
        defer { failing.stop() }
        let broken = OpenAICompatibleGenerator(settings: .init(endpoint: "http://127.0.0.1:\(failing.port)", model: "m", apiKeyEnv: nil, timeoutMs: 2000, retries: 1))
        let fallback = try ask("DE", "Wie lange habe ich Zeit für eine Rücksendung?",
                               engine: AnswerEngine(content: content, retriever: retriever, orders: try EngineSetup.makeOrders(ws), generator: broken))
        #expect(fallback.answer.contains("30 Tage"))
        #expect(fallback.trace.contains { $0.detail.contains("openai failed") && $0.detail.contains("HTTP 500") })
    }
}

final class RequestLog: @unchecked Sendable {
    private var items: [String] = []
    private let lock = NSLock()
    func append(_ s: String) { lock.lock(); items.append(s); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return items }
}

@Suite struct EscalationPolicyTests {
    let policy = EscalationPolicy()
    func signals(_ emotion: EmotionLabel = .calm, threats: [Threat] = [], human: Bool = false, prior: Int = 0, vip: Bool = false, failures: Int = 0) -> EscalationPolicy.Signals {
        .init(emotion: emotion, threats: threats, asksForHuman: human, intentEscalates: false, priorContactsAboutOrder: prior, vip: vip, consecutiveFailures: failures)
    }

    @Test func eachRuleOfTheFactSheet() {
        #expect(policy.reasons(signals()).isEmpty)
        #expect(policy.reasons(signals(.frustrated)).isEmpty)
        #expect(policy.reasons(signals(.angry)) == [.angry])
        #expect(policy.reasons(signals(.distressed)) == [.distressed])
        #expect(policy.reasons(signals(human: true)) == [.askedForHuman])
        #expect(policy.reasons(signals(threats: [Threat(kind: .legal, cue: "lawyer")])) == [.lawyer])
        #expect(policy.reasons(signals(prior: 1)).isEmpty)
        #expect(policy.reasons(signals(prior: 2)) == [.thirdContact])
        var said = signals(.frustrated)
        said.saysThirdContact = true
        #expect(policy.reasons(said) == [.thirdContact])
        #expect(policy.reasons(signals(vip: true)) == [.vip])
        #expect(policy.reasons(signals(failures: 1)).isEmpty)
        #expect(policy.reasons(signals(failures: 2)) == [.twoFailures])
    }
}
