import Foundation
import KnowledgeStore
import Linguistics
import Workspace

/// The answer engine: language → intent → emotion → entities → retrieval → ERP actions →
/// composition in the market's voice → escalation and handoff summary. Every step is a small
/// component; this type only runs them in order and records the trace.
///
/// Build it once (the intent classifier trains at start-up) and call `answer` for every turn;
/// it is thread-safe, each conversation carries its own state.
public struct AnswerEngine: Sendable {
    let markets: [String: Market]
    let catalog: IntentCatalog
    let classifier: IntentClassifier
    let emotions: EmotionDetector
    let identifier: LanguageIdentifier
    let retriever: any Retriever
    private(set) var orders: any OrderConnector
    let generator: any AnswerGenerator
    let fallbackGenerator: EmbeddedGenerator
    let finder: KnowledgeFinder
    let policy = EscalationPolicy()
    let clock: AgentClock
    let today: ISODate?

    public init(content: WorkspaceContent, retriever: any Retriever, orders: any OrderConnector,
                generator: (any AnswerGenerator)? = nil, now: Date = Date(), today: ISODate? = nil) {
        markets = content.markets
        catalog = content.intents
        classifier = IntentClassifier(catalog: content.intents)
        emotions = EmotionDetector()
        identifier = LanguageIdentifier(languages: content.kbLanguages)
        self.retriever = retriever
        self.orders = orders
        let embedded = EmbeddedGenerator(markets: Array(content.markets.values))
        fallbackGenerator = embedded
        self.generator = generator ?? embedded
        let names = MarketNames(markets: content.marketIDs, languages: content.kbLanguages)
        finder = KnowledgeFinder(retriever: retriever, selector: AnswerSelector(names: names, classifier: classifier),
                                 factRows: FactRows(names: names, classifier: classifier),
                                 vocabulary: IntentVocabulary(catalog: content.intents), catalog: content.intents)
        clock = AgentClock(now: now)
        self.today = today
    }

    public var generatorName: String { generator.name }

    /// The same engine with another order connector (evaluation gives a case that cancelled an order
    /// a fresh ERP, without training the classifier again).
    public func with(orders: any OrderConnector) -> AnswerEngine {
        var copy = self
        copy.orders = orders
        return copy
    }

    /// Answers one customer turn and updates the conversation.
    public func answer(_ message: String, in conversation: inout Conversation) throws -> EngineAnswer {
        guard let market = markets[conversation.market] else {
            throw EngineError.unknownMarket(conversation.market, known: markets.keys.sorted())
        }
        var trace = Trace()

        // 1. Language, with the market's languages as a prior; a too-short follow-up keeps the last one.
        let id = trace.run("language") { identifier.identify(message, prior: market.languagePrior) }
        var language = id.language
        if language == "und" { language = conversation.lastLanguage ?? market.defaultLanguage }
        let kbLanguages = (try? retriever.languages(market: market.id)) ?? Set(market.languages)
        let answerLanguage = kbLanguages.contains(language) ? language : market.defaultLanguage
        trace.note("language", "\(id.language) (\(String(format: "%.2f", id.confidence))) → answer in \(answerLanguage)")

        // 2. Entities; order numbers are remembered across turns.
        let entities = trace.run("entities") { EntityExtractor.extract(message, monthFirstDates: ["US", "PH"].contains(market.id)) }
        conversation.remember(orders: entities.orderNumbers)
        trace.note("entities", entities.orderNumbers.isEmpty ? "no order number" : "orders \(entities.orderNumbers.joined(separator: ", "))")

        // 3. Intent; a vague follow-up ("and when will it arrive?") continues the previous intent.
        var prediction = trace.run("intent") { classifier.classify(message, language: language, earlierTurns: conversation.turns) }
        let lastNeedsOrder = conversation.lastIntent.flatMap { catalog.intent($0)?.needsOrder } ?? false
        if let last = conversation.lastIntent, lastNeedsOrder, conversation.currentOrder != nil, entities.orderNumbers.isEmpty, last != prediction.intent,
           ["shipping.times", "other"].contains(prediction.intent) || prediction.intent == "order.status" && last != "order.cancel"
               || prediction.confidence < 0.3 {
            // "And when will it arrive?" about the order of the previous turn is still about that order.
            prediction = IntentPrediction(intent: last, confidence: prediction.confidence, alternatives: prediction.alternatives)
            trace.note("intent", "\(last) (a follow-up about \(conversation.currentOrder!))")
        } else if let last = conversation.lastIntent, prediction.intent == "other" || prediction.confidence < 0.45,
           entities.orderNumbers.isEmpty || catalog.intent(last)?.needsOrder == true, !["greeting", "thanks"].contains(last) {
            prediction = IntentPrediction(intent: last, confidence: prediction.confidence, alternatives: prediction.alternatives)
            trace.note("intent", "\(last) (continued from the previous turn)")
        } else if !entities.orderNumbers.isEmpty, ["other", "greeting", "thanks"].contains(prediction.intent) {
            prediction = IntentPrediction(intent: "order.status", confidence: prediction.confidence, alternatives: prediction.alternatives)
            trace.note("intent", "order.status (an order number with no other request)")
        } else {
            trace.note("intent", "\(prediction.intent) (\(String(format: "%.2f", prediction.confidence)))")
        }
        // A refund question with no order anywhere in the conversation asks about the refund policy:
        // there is no refund to look up.
        if prediction.intent == "refund.status", entities.orderNumbers.isEmpty, conversation.currentOrder == nil,
           catalog.intent("returns.policy") != nil {
            prediction = IntentPrediction(intent: "returns.policy", confidence: prediction.confidence, alternatives: prediction.alternatives)
            trace.note("intent", "returns.policy (a refund question without an order)")
        }
        let intent = prediction.intent
        let definition = catalog.intent(intent)

        // 4. Emotion, threats, requests for a human.
        let reading = trace.run("emotion") { emotions.read(message, language: language, earlierTurns: conversation.turns) }
        let asksForHuman = reading.asksForHuman
        trace.note("emotion", "\(reading.label.rawValue) \(String(format: "%.2f", reading.score))"
                   + (reading.threats.isEmpty ? "" : "; threats: \(reading.threats.map(\.kind.rawValue).joined(separator: ", "))")
                   + (asksForHuman ? "; asks for a human" : ""))

        // 5. ERP actions.
        let formatter = MarketFormatter(market: market, language: answerLanguage)
        let phrases = Phrases.forLanguage(answerLanguage, market: market.id)
        let desk = try trace.runThrowing("erp") {
            try OrderDesk(orders: orders).handle(.init(intent: intent, definition: definition, mentioned: entities.orderNumbers,
                                                       remembered: conversation.currentOrder, phrases: phrases, formatter: formatter))
        }
        trace.note("erp", desk.traceNote)
        let actions = desk.actions, orderSentences = desk.sentences, record = desk.record, askForOrder = desk.askForOrder

        // 6. Retrieval and the answering sentences (not for small talk or a plain order look-up).
        // Retrieval runs for every request (its sources are part of the answer's record); its sentences
        // join the answer unless the ERP already answered a plain status question or a cancellation.
        var hits: [SearchHit] = []
        var knowledge: [String] = []
        let erpAnswers = intent == "agent.request"
            || record != nil && (intent == "order.status" || (intent == "order.cancel" && actions.contains { $0.name == "order.cancel" && $0.result == "ok" }))
        if !["greeting", "thanks"].contains(intent) {
            // A cancellation refused because the order has left answers with how to return it instead.
            let refused = desk.refusedCancellation(intent: intent)
            let found = try finder.find(.init(message: message, market: market, language: language, answerLanguage: answerLanguage,
                                            intent: intent, confidence: prediction.confidence, wantsSentences: !erpAnswers,
                                            alsoRulesOf: refused ? ["returns.policy"] : []), trace: &trace)
            hits = found.hits
            knowledge = found.sentences
        }
        let smallTalk = ["greeting", "thanks", "agent.request"].contains(intent)
        let answered = !orderSentences.isEmpty || !knowledge.isEmpty || askForOrder || smallTalk
        conversation.consecutiveFailures = answered ? 0 : conversation.consecutiveFailures + 1

        // 7. Escalation.
        var priorContacts = 0
        if let number = record?.number {
            priorContacts = (record?.unresolvedContacts ?? 0) + (conversation.contactsPerOrder[number] ?? 0)
            conversation.contactsPerOrder[number, default: 0] += 1
        }
        let reasons = policy.reasons(.init(emotion: reading.label, threats: reading.threats, asksForHuman: asksForHuman,
                                           intentEscalates: definition?.escalate ?? false, priorContactsAboutOrder: priorContacts,
                                           vip: record?.vip ?? false, consecutiveFailures: conversation.consecutiveFailures))
        let handoff = !reasons.isEmpty
        let available = clock.available(market.agents)
        trace.note("escalation", handoff ? "hand off: \(reasons.joined(separator: ", "))\(available ? "" : " (after hours: ticket)")" : "no handoff")

        // 8. Composition in the market's voice.
        let input = CompositionInput(market: market, customerMessage: message, customerLanguage: language, answerLanguage: answerLanguage,
                                     intent: intent, upset: reading.label.isUpset || handoff && !reasons.contains("vip") && reasons != ["asked_for_human"],
                                     orderSentences: orderSentences, knowledgeSentences: knowledge, chunks: hits.prefix(3).map(\.text),
                                     askForOrderNumber: askForOrder && !handoff, nothingFound: !answered, handoff: handoff,
                                     agentsAvailable: available, agentHours: AgentClock.describe(market.agents, language: answerLanguage))
        var generationError: Error?
        let text = trace.run("composition") { () -> String in
            do { return try generator.write(input) } catch {
                generationError = error
                return (try? fallbackGenerator.write(input)) ?? ""
            }
        }
        trace.note("composition", generationError.map { "\(generator.name) failed (\($0)); embedded answer instead" }
                   ?? "\(generator.name), \(text.count) characters")

        var summary: String?
        if handoff {
            let answeredList = actions.map { "\($0.name) \($0.args["order"] ?? "") → \($0.detail ?? $0.result)" } + hits.prefix(2).map(\.chunk)
            summary = HandoffSummary(market: market.id, language: language, intent: intent, orders: conversation.orders,
                                     emotion: "\(reading.label.rawValue) (\(String(format: "%.2f", reading.score)))",
                                     wants: String(message.prefix(200)), answered: answeredList, reasons: reasons, agentsAvailable: available)
                .render(in: market.agents.language, marketID: market.id)
            conversation.handedOff = true
        }

        conversation.lastIntent = intent
        conversation.lastLanguage = language
        let result = EngineAnswer(
            language: language, answerLanguage: answerLanguage, market: market.id, intent: intent, intentConfidence: prediction.confidence,
            emotion: .init(label: reading.label.rawValue, score: reading.score, cues: reading.cues, threats: reading.threats.map(\.kind.rawValue)),
            entities: .init(orders: entities.orderNumbers, tracking: entities.trackingNumbers.map(\.number), emails: entities.emails),
            sources: hits.map { .init(doc: $0.doc, chunk: $0.chunk, lang: $0.lang, score: $0.score) },
            actions: actions, answer: text,
            escalation: .init(handoff: handoff, reasons: reasons, reason: reasons.first.map { Phrases.forLanguage("en").reasons[$0] ?? $0 },
                              summary: summary, agentsAvailable: handoff ? available : nil),
            trace: trace.steps)
        conversation.record(turn: message, answer: result)
        return result
    }
}

public enum EngineError: Error, CustomStringConvertible, Sendable {
    case unknownMarket(String, known: [String])
    public var description: String {
        switch self {
        case let .unknownMarket(m, known): return "unknown market '\(m)' (known: \(known.joined(separator: ", ")))"
        }
    }
}
