import Foundation
import Orders
import KnowledgeStore
import Support
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
    private(set) var generator: any AnswerGenerator
    let fallbackGenerator: EmbeddedGenerator
    /// What a generated answer must pass before a customer sees it.
    let guardrails: AnswerGuardrails
    /// Every sentence of the engine's own, per (language, market), resolved once from kbkit's
    /// phrases and the workspace's overrides.
    let phrases: PhraseBook
    /// The engine's own sentences as it resolves them (what an evaluation strips as the greeting
    /// and closing it wrote).
    public var phraseBook: PhraseBook { phrases }
    let orderNumberExample: String?
    let finder: KnowledgeFinder
    let policy = EscalationPolicy()
    let clock: AgentClock
    let today: ISODate?
    let entities: EntityExtractor
    let orderSettings: OrderFormats
    let carryOver: IntentCarryOver
    /// The glossary's concepts: a question after a statement asks on its own only when it names one.
    let concepts: IntentConcepts
    /// Slips read as the store's words ("vaatwaser" → "vaatwasser") before the intent is read.
    let spelling: SpellingRepair
    /// One formatter per market and answer language, kept: a new one opened ICU's date formatters
    /// again for every answer that told a date (3 % of an evaluation's time).
    private let formatters = Memo<MarketFormatter>()

    public init(content: WorkspaceContent, retriever: any Retriever, orders: any OrderConnector,
                generator: (any AnswerGenerator)? = nil, now: Date = Date(), today: ISODate? = nil,
                spelling: any SpellingCheck = SpellingDictionaries.installed) {
        markets = content.markets
        catalog = content.intents
        classifier = IntentClassifier(catalog: content.intents, orders: content.settings.orders, glossary: content.glossary)
        entities = EntityExtractor(orders: content.settings.orders)
        orderSettings = content.settings.orders
        carryOver = IntentCarryOver(catalog: content.intents)
        concepts = IntentConcepts(glossary: content.glossary)
        self.spelling = SpellingRepair(catalog: content.intents, glossary: content.glossary, check: spelling)
        emotions = EmotionDetector()
        identifier = LanguageIdentifier(languages: content.kbLanguages)
        guardrails = AnswerGuardrails(identifier: identifier)
        self.retriever = retriever
        self.orders = orders
        phrases = PhraseBook(workspace: content.phrases, markets: Array(content.markets.values))
        orderNumberExample = content.settings.orders.number?.example
        let embedded = EmbeddedGenerator()
        fallbackGenerator = embedded
        self.generator = generator ?? embedded
        let names = MarketNames(markets: content.marketIDs, languages: content.kbLanguages)
        // A store that cannot list its manuals yet (an empty or unindexed one) still answers: product
        // questions are then searched like any other.
        let manuals = (try? retriever.documents(ofType: ProductCatalog.manualType)) ?? []
        let writer = RowWriter(phrases: phrases, markets: names)
        finder = KnowledgeFinder(retriever: retriever, selector: AnswerSelector(names: names, classifier: classifier, writer: writer),
                                 factRows: FactRows(names: names, classifier: classifier, writer: writer, rowTopics: RowTopics(catalog: content.intents)),
                                 vocabulary: IntentVocabulary(catalog: content.intents), catalog: content.intents,
                                 products: ProductCatalog(glossary: content.glossary, manuals: manuals),
                                 conceptNames: Dictionary(content.glossary.concepts.map { ($0.id, $0.terms.compactMapValues(\.first)) },
                                                          uniquingKeysWith: { a, _ in a }),
                                 concepts: concepts)
        clock = AgentClock(now: now)
        self.today = today
    }

    public var generatorName: String { generator.name }

    /// The same engine with another generator (`kbkit eval --compare-generators` runs the embedded
    /// one beside the configured one, without training the classifier again).
    public func with(generator: any AnswerGenerator) -> AnswerEngine {
        var copy = self
        copy.generator = generator
        return copy
    }

    /// The same engine with another order connector (evaluation gives a case that cancelled an order
    /// a fresh ERP, without training the classifier again).
    public func with(orders: any OrderConnector) -> AnswerEngine {
        var copy = self
        copy.orders = orders
        return copy
    }

    /// Answers one customer turn and updates the conversation: runs the steps in order and records
    /// what each decided in the trace.
    public func answer(_ received: String, in conversation: inout Conversation) throws -> EngineAnswer {
        guard let market = markets[conversation.market] else {
            throw EngineError.unknownMarket(conversation.market, known: markets.keys.sorted())
        }
        try Self.check(received)
        var trace = Trace()
        let (unquoted, quoted) = QuotedLines.customerWords(received)
        if quoted > 0 { trace.note("quoted", "\(quoted) quoted line\(quoted == 1 ? "" : "s") left out") }
        let (unsigned, footer) = MailFooters.shared.customerWords(unquoted)
        if footer > 0 { trace.note("footer", "\(footer) line\(footer == 1 ? "" : "s") of an e-mail footer left out") }
        let (unmarked, marks) = FootnoteMarks.withoutMarks(unsigned)
        if marks > 0 { trace.note("footnotes", "\(marks) footnote mark\(marks == 1 ? "" : "s") left out") }
        let (message, markWords) = MarkWords.shared.withMarks(unmarked)
        if markWords > 0 { trace.note("marks", "\(markWords) word\(markWords == 1 ? "" : "s") read as punctuation (a telegram's STOP)") }
        let turn = understand(message, quoting: quoted > 0 ? QuotedLines.quotedWords(received) : "", market: market,
                              conversation: &conversation, trace: &trace)
        let phrases = self.phrases.phrases(turn.answerLanguage, market: market.id)
        let desk = try trace.runThrowing("erp") {
            try OrderDesk(orders: orders, store: orderSettings).handle(.init(definition: turn.definition, mentioned: turn.entities.orderNumbers,
                                                       remembered: conversation.currentOrder, phrases: phrases,
                                                       formatter: formatter(market, language: turn.answerLanguage)))
        }
        trace.note("erp", desk.traceNote)
        // The handoff as the policy sees it before the answer (the turn's own failure aside), so that
        // its lines are within the market's length budget.
        let foreseen = policy.reasons(signals(turn, record: desk.record, conversation: conversation))
        let found = try knowledge(for: turn, desk: desk, market: market, phrases: phrases, handingOff: foreseen, trace: &trace)
        let answered = !desk.sentences.isEmpty || !found.sentences.isEmpty || desk.askForOrder || turn.role?.isSmallTalk == true
            || turn.role == .humanRequest
        conversation.consecutiveFailures = answered ? 0 : conversation.consecutiveFailures + 1
        let handoff = escalation(turn, record: desk.record, conversation: &conversation, market: market, trace: &trace)
        let (text, generation) = compose(.init(market: market, customerMessage: message, customerLanguage: turn.language,
                                 answerLanguage: turn.answerLanguage, intent: turn.intent, role: turn.role,
                                 upset: EscalationPolicy.wantsEmpathy(upset: turn.reading.label.isUpset, reasons: handoff.reasons),
                                 orderSentences: desk.sentences, knowledgeSentences: found.sentences, productNotes: found.notes, chunks: found.hits.prefix(3).map(\.text),
                                 askForOrderNumber: desk.askForOrder && handoff.reasons.isEmpty, nothingFound: !answered,
                                 handoff: !handoff.reasons.isEmpty, agentsAvailable: handoff.available,
                                 agentHours: AgentClock.describe(market.agents, language: turn.answerLanguage),
                                 phrases: phrases, orderNumberExample: orderNumberExample,
                                 orderStatus: desk.record.map { phrases.status($0.status) }), trace: &trace)
        let summary = handoff.reasons.isEmpty ? nil : HandoffSummary(
            market: market.id, language: turn.language, intent: turn.intent, orders: conversation.orders,
            emotion: "\(turn.reading.label.rawValue) (\(String(format: "%.2f", turn.reading.score)))", wants: String(message.prefix(200)),
            answered: desk.actions.map { "\($0.name.rawValue) \($0.args["order"] ?? "") → \($0.detail ?? $0.result.rawValue)" } + found.hits.prefix(2).map(\.chunk),
            reasons: handoff.reasons, agentsAvailable: handoff.available).render(self.phrases.phrases(market.agents.language, market: market.id))
        if summary != nil { conversation.handedOff = true }

        conversation.lastIntent = turn.intent
        conversation.lastLanguage = turn.language
        let result = EngineAnswer(
            language: turn.language, answerLanguage: turn.answerLanguage, market: market.id, intent: found.firstIntent ?? turn.intent,
            intentConfidence: turn.confidence,
            emotion: .init(label: turn.reading.label.rawValue, score: turn.reading.score, cues: turn.reading.cues,
                           threats: turn.reading.threats.map(\.kind.rawValue)),
            entities: .init(orders: turn.entities.orderNumbers, tracking: turn.entities.trackingNumbers.map(\.number), emails: turn.entities.emails),
            sources: found.hits.map { .init(doc: $0.doc, chunk: $0.chunk, lang: $0.lang, score: $0.score) },
            actions: desk.actions, answer: text, generation: generation,
            escalation: .init(handoff: summary != nil, reasons: handoff.reasons,
                              reason: handoff.reasons.first.map(self.phrases.phrases("en").reason),
                              summary: summary, agentsAvailable: summary != nil ? handoff.available : nil),
            trace: trace.steps, quotedLanguages: found.manualElsewhere.map { [$0.language] })
        conversation.record(turn: message, answer: result)
        return result
    }
}

extension AnswerEngine {
    func formatter(_ market: Market, language: String) -> MarketFormatter {
        formatters.value(market.id + "|" + language) { MarketFormatter(market: market, language: language) }
    }

    /// The longest message the engine answers, in characters: a customer's message is rarely over a
    /// few hundred; a pasted e-mail thread may be a few thousand. Every step is linear in the message,
    /// and the search keeps at most `Searcher.maxQueryTerms` terms, so this bounds an answer's time.
    public static let maxMessageCharacters = 10_000

    static func check(_ message: String) throws(EngineError) {
        guard message.contains(where: { !$0.isWhitespace }) else { throw .emptyMessage }
        let count = message.count
        guard count <= maxMessageCharacters else { throw .messageTooLong(count, limit: maxMessageCharacters) }
    }
}

public enum EngineError: Error, CustomStringConvertible, Sendable, Equatable {
    case unknownMarket(String, known: [String])
    case emptyMessage
    case messageTooLong(Int, limit: Int)
    public var description: String {
        switch self {
        case let .unknownMarket(m, known): return "unknown market '\(m)' (known: \(known.joined(separator: ", ")))"
        case .emptyMessage: return "the message is empty (only spaces, tabs or line breaks)"
        case let .messageTooLong(n, limit):
            return "the message has \(n) characters; the engine answers messages of at most \(limit) (send the customer's request, not the whole thread)"
        }
    }
}
