import Foundation
import Orders
import KnowledgeStore
import Linguistics
import Workspace

/// The steps `AnswerEngine.answer` runs, each recording its decision in the trace.
extension AnswerEngine {
    /// What the engine read in a turn: language, entities, intent (after the conversation's
    /// carry-over rules) and emotion.
    struct Turn {
        var message: String
        var language: String
        var answerLanguage: String
        var entities: Entities
        var intent: String
        /// The intent the message asked when the taxonomy's `without_order` answers it instead (a
        /// refund's time, answered from the returns policy): its rows come first.
        var asked: String?
        var confidence: Double
        var definition: IntentDefinition?
        var role: IntentRole? { definition?.role }
        var reading: EmotionReading
        /// The products the message names; when it names none, those the lines it quotes name (a
        /// reply to "> The Trailglow 400 is IPX4 splash-proof …" asks "how many light modes does it
        /// have?"). Read once: every part of the message asks about them.
        var products: [ProductCatalog.Product]
    }

    /// Language (the market's languages a prior; a too-short follow-up keeps the last one), entities
    /// (order numbers remembered across turns), intent and emotion, and the products named.
    /// - Parameter quoting: the store's words the message quotes (a reply's "> …" lines), without
    ///   their marks; empty when it quotes none.
    func understand(_ message: String, quoting quoted: String, market: Market, conversation: inout Conversation, trace: inout Trace) -> Turn {
        let id = trace.run("language") { identifier.identify(message, prior: market.languagePrior) }
        var language = id.language
        if language == "und" { language = conversation.lastLanguage ?? market.defaultLanguage }
        let kbLanguages = (try? retriever.languages(market: market.id)) ?? Set(market.languages)
        let answerLanguage = kbLanguages.contains(language) ? language : market.defaultLanguage
        trace.note("language", "\(id.language) (\(String(format: "%.2f", id.confidence))) → answer in \(answerLanguage)")

        let found = trace.run("entities") { entities.extract(message, monthFirstDates: market.monthFirstDates) }
        // Chat shorthand is read as the words it stands for ("brp hr" → "berapa hari"), and slips as
        // the store's words ("vaatwaser"), by every step after the language; order numbers are taken
        // as written.
        let (script, changed) = IndexedScript.read(message, language: language)
        if changed > 0 { trace.note("script", "read \(changed) character\(changed == 1 ? "" : "s") in the script the knowledge base writes") }
        let (expanded, shorthand) = ChatShorthand.shared.expanded(script, language: language)
        if !shorthand.isEmpty { trace.note("shorthand", "read " + shorthand.map { "«\($0)»" }.joined(separator: ", ") + " as words") }
        let (message, repairs) = spelling.repaired(expanded, language: language)
        if !repairs.isEmpty { trace.note("spelling", "read " + repairs.map { "«\($0.written)» as «\($0.read)»" }.joined(separator: ", ")) }
        let context = IntentCarryOver.Context(lastIntent: conversation.lastIntent, currentOrder: conversation.currentOrder,
                                              mentionedOrders: found.orderNumbers)
        conversation.remember(orders: found.orderNumbers)
        trace.note("entities", found.orderNumbers.isEmpty ? "no order number" : "orders \(found.orderNumbers.joined(separator: ", "))")

        // The conversation decides the intent with the emotion reading ("still no refund" waits for one).
        let classified = trace.run("intent") { classifier.classify(message, language: language, earlierTurns: conversation.turns) }
        let reading = trace.run("emotion") { emotions.read(message, language: language, earlierTurns: conversation.turns) }
        var withReading = context
        withReading.awaiting = reading.awaiting != nil
        withReading.asksForHuman = reading.asksForHuman
        let (prediction, reasons) = carryOver.resolve(classified, withReading)
        trace.note("intent", reasons.map { IntentCarryOver.note(prediction.intent, confidence: prediction.confidence, reason: $0) }
            .joined(separator: "; "))
        trace.note("emotion", "\(reading.label.rawValue) \(String(format: "%.2f", reading.score))"
                   + (reading.threats.isEmpty ? "" : "; threats: \(reading.threats.map(\.kind.rawValue).joined(separator: ", "))")
                   + (reading.asksForHuman ? "; asks for a human" : ""))
        let asked = reasons.lazy.compactMap { reason -> String? in if case let .withoutOrder(asked) = reason { asked } else { nil } }.first
        let named = finder.products.mentioned(in: message, language: language)
        return Turn(message: message, language: language, answerLanguage: answerLanguage, entities: found, intent: prediction.intent, asked: asked,
                    confidence: prediction.confidence, definition: catalog.intent(prediction.intent), reading: reading,
                    products: named.isEmpty && !quoted.isEmpty ? finder.products.mentioned(in: quoted, language: language) : named)
    }

    /// Retrieval runs for every request but small talk (its sources are part of the answer's record);
    /// its sentences join the answer unless the ERP already answered or a person takes over. A
    /// question about a product the KB has no manual for says so; further requests of the message
    /// ("…, and do you take PayPal?") are answered after it, in the message's order.
    /// - Parameter handingOff: the escalation policy will hand this turn off (as far as it can tell
    ///   before the answer): its empathy, handoff and hours lines count against the length budget.
    func knowledge(for turn: Turn, desk: OrderDesk.Outcome, market: Market, phrases: Phrases, handingOff: [EscalationReason] = [],
                   trace: inout Trace) throws -> KnowledgeFinder.Found {
        let further = furtherRequests(turn, trace: &trace)
        // The other requests first: what they answer is stated when the turn's own request chooses
        // within its share of the length budget.
        // What the customer says their order comes to, read once on the whole message for every request.
        let amounts = AmountBounds.builtin.customer(turn.message, language: turn.language)
        let answered = try findFurther(further, turn: turn, market: market, phrases: phrases, amounts: amounts, trace: &trace)
        var found = KnowledgeFinder.Found(hits: [], sentences: [])
        // A message read as none of the store's intents whose parts ask some is answered by those
        // parts: the rest is its story ("tháng sau bố mẹ mình bay sang Úc …"), and the open search
        // of a story finds what shares its words (a handoff summary, a refused payment's checklist).
        // So is one whose every question was taken as a request of its own, none of its parts read
        // as its intent (a letter's enumerated questions: "第一に、… 第二に、…").
        let storyAround = !further.requests.isEmpty && (turn.role == .outOfScope || further.ownQuestions == 0 && further.ownParts.isEmpty)
        if turn.role?.isSmallTalk != true, !storyAround {
            let erpAnswers = turn.role == .humanRequest || desk.answers(turn.definition)
            // A refused action (a cancellation of an order that has left) also answers with the rules of
            // the intent the taxonomy names for it (how to return the order instead).
            let insteadRules = desk.refused(turn.definition) ? turn.definition?.ifRefused.map { [$0] } ?? [] : []
            // The turn's own request is searched without the other requests' parts: "Wie viel kostet
            // der Expressversand" would pull a warranty question's search toward runtimes and costs.
            let ownMessage = further.requests.reduce(turn.message) { $0.replacingExactly($1.text, with: " ") }
            found = try finder.find(.init(message: ownMessage, market: market,
                                          language: turn.language, answerLanguage: turn.answerLanguage, intent: turn.intent,
                                          asked: turn.asked ?? further.ownAsked, confidence: turn.confidence, wantsSentences: !erpAnswers, alsoRulesOf: insteadRules,
                                          catalogRole: turn.role,
                                          named: ownNamed(further, turn: turn),
                                          alreadySaid: Self.sentenceCount(desk.sentences + otherLines(turn, desk: desk, phrases: phrases, handingOff: handingOff),
                                                                          language: turn.answerLanguage),
                                          sharing: 1 + further.requests.count,
                                          answeredElsewhere: manualsAskedElsewhere(answered, turn: turn),
                                          statedElsewhere: answered.flatMap(\.told),
                                          orderAmounts: amounts,
                                          oneQuestion: further.ownQuestions <= 1), trace: &trace)
            if !erpAnswers {
                found.notes = Self.productNotes(found, phrases: phrases, language: turn.answerLanguage)
                found.sentences = found.notes + found.sentences
            }
        }
        return joined(further, own: found, answered: answered)
    }

    /// What the answer says of a named product before its sentences: that the KB has no manual for
    /// it, that its manual does not cover what was asked, or in which language its manual is quoted.
    static func productNotes(_ found: KnowledgeFinder.Found, phrases: Phrases, language: String) -> [String] {
        found.withoutDocuments.map { phrases.productWithoutManual($0.name(in: language)) }
            + (found.notInManual.map { [phrases.productNotInManual($0.name(in: language))] } ?? [])
            + (found.manualElsewhere.map { [phrases.productManualLanguage($0.product.name(in: language), manualLanguage: $0.language,
                                                                          answerLanguage: language)] } ?? [])
    }

    /// The answer's lines besides the KB's and the order's: the empathy line, the request for the
    /// order number (when the answer asks for it), and when the turn is handed off the handoff line
    /// and the agents' hours.
    func otherLines(_ turn: Turn, desk: OrderDesk.Outcome, phrases: Phrases, handingOff: [EscalationReason]) -> [String] {
        var lines: [String] = []
        if EscalationPolicy.wantsEmpathy(upset: turn.reading.label.isUpset, reasons: handingOff) { lines.append(phrases[.empathy] ?? "") }
        if desk.askForOrder && handingOff.isEmpty { lines.append(phrases.askOrderNumber(example: orderNumberExample)) }
        if !handingOff.isEmpty { lines += [phrases[.handoff] ?? "", phrases.agentsAfterHours] }
        return lines
    }

    /// How many sentences these lines hold, as the reader (and the length budget) counts them.
    static func sentenceCount(_ lines: [String], language: String) -> Int {
        lines.reduce(0) { $0 + Sentences.asRead($1, language: language).count }
    }

    /// Whether a person takes over, and why; counts the turn as a contact about its order.
    func escalation(_ turn: Turn, record: OrderRecord?, conversation: inout Conversation, market: Market,
                    trace: inout Trace) -> (reasons: [EscalationReason], available: Bool) {
        let reasons = policy.reasons(signals(turn, record: record, conversation: conversation))
        if let number = record?.number { conversation.contactsPerOrder[number, default: 0] += 1 }
        let available = clock.available(market.agents)
        trace.note("escalation", reasons.isEmpty ? "no handoff"
                   : "hand off: \(reasons.map(\.rawValue).joined(separator: ", "))\(available ? "" : " (after hours: ticket)")")
        return (reasons, available)
    }

    /// What the escalation policy reads of this turn (the conversation as it stands before the turn).
    func signals(_ turn: Turn, record: OrderRecord?, conversation: Conversation) -> EscalationPolicy.Signals {
        let priorContacts = record.map { ($0.unresolvedContacts) + (conversation.contactsPerOrder[$0.number] ?? 0) } ?? 0
        return .init(emotion: turn.reading.label, threats: turn.reading.threats, asksForHuman: turn.reading.asksForHuman,
                     intentEscalates: turn.definition?.escalate ?? false, priorContactsAboutOrder: priorContacts,
                     saysThirdContact: turn.reading.repeatedContact != nil,
                     vip: record?.vip ?? false, consecutiveFailures: conversation.consecutiveFailures)
    }

    /// The answer in the market's voice; the embedded composer writes it when the generator fails or
    /// its answer fails a guardrail, and the trace says which.
    func compose(_ input: CompositionInput, trace: inout Trace) -> (String, EngineAnswer.Generation) {
        let start = DispatchTime.now().uptimeNanoseconds
        var record = EngineAnswer.Generation(generator: generator.name, outcome: .generated, ms: 0)
        let text = trace.run("composition") { () -> String in
            let embedded = { (try? self.fallbackGenerator.write(input)) ?? "" }
            let generated: GeneratedAnswer
            do { generated = try generator.generate(input) } catch {
                record.outcome = .failed
                record.detail = "\(error)"
                return embedded()
            }
            record.promptTokens = generated.promptTokens
            record.completionTokens = generated.completionTokens
            guard generator.isExternal else { return generated.text }
            switch guardrails.review(generated.text, for: input) {
            case .success(let accepted): return accepted
            case .failure(let failure):
                record.outcome = .guardrail
                record.guardrail = failure.check
                record.detail = failure.detail
                return embedded()
            }
        }
        record.ms = (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e4).rounded() / 100
        switch record.outcome {
        case .generated: trace.note("composition", "\(generator.name), \(text.count) characters")
        case .failed: trace.note("composition", "\(generator.name) failed (\(record.detail ?? "")); embedded answer instead")
        case .guardrail:
            trace.note("composition", "\(generator.name) answer refused by guardrail \(record.guardrail!.rawValue) (\(record.detail ?? "")); embedded answer instead")
        }
        return (text, record)
    }
}
