import Workspace

/// How a turn's intent follows from the conversation before it. The classifier reads one message;
/// a conversation means more: "and when will it arrive?" after a status question is about that order,
/// an order number alone answers the question asked for it, and a refund question with no order
/// anywhere is about the refund policy — unless the customer says they are still waiting for it.
/// The rules speak of roles and taxonomy fields, never of a store's intent ids. Pure: a table of
/// cases tests it.
struct IntentCarryOver: Sendable {
    let catalog: IntentCatalog

    struct Context: Equatable {
        var lastIntent: String?
        /// The conversation's order before this turn.
        var currentOrder: String?
        /// Order numbers in this message.
        var mentionedOrders: [String]
        /// The message says the customer is still waiting for something under way (`EmotionReading.awaiting`).
        var awaiting = false
        /// The emotion lexicon hears the message ask for a person (`EmotionReading.asksForHuman`).
        var asksForHuman = false
    }

    enum Reason: Equatable {
        /// The classifier's reading stands.
        case asClassified
        /// A vague question in a conversation about an order continues the previous intent.
        case followUp(order: String)
        /// An unclear turn continues the previous intent.
        case continued
        /// An order number with no other request asks for the order's status.
        case orderNumberAlone
        /// No order is known and the customer waits for nothing under way: the intent's `without_order`
        /// answers instead ("how long does a refund take?" is a policy question; "still no refund" is
        /// not). `asked`: the intent it replaced, whose rows say what was asked (the refund time).
        case withoutOrder(asked: String)
        /// The classifier guesses the customer asks for a person, unsure of it, and no words of the
        /// message ask for one: a handoff is too costly a guess, and the message is read as none
        /// of the store's intents (its parts may ask some).
        case unsureHumanRequest(confidence: Double)
    }

    /// Below this confidence a turn in a conversation about an order is a follow-up whatever it reads as.
    static let followUpBelow = 0.3
    /// Below this confidence a turn continues the previous intent.
    static let continueBelow = 0.45
    /// Below this confidence, a request for a person that no words of the message make is no request
    /// (twice the classifier's out-of-scope threshold: a long message of riddles, "saya tinggal dalam
    /// telefon", read 0.35 as one).
    static let sureHumanRequest = 0.4

    func resolve(_ p: IntentPrediction, _ c: Context) -> (prediction: IntentPrediction, reasons: [Reason]) {
        var intent = p.intent
        var reasons: [Reason] = []
        let role = catalog.role(of: p.intent)
        let last = c.lastIntent.flatMap(catalog.intent)
        if let last, last.needsOrder, let order = c.currentOrder, c.mentionedOrders.isEmpty, last.id != p.intent,
           catalog.intent(p.intent)?.followUp == true || role == .orderStatus && last.role != .orderCancel || p.confidence < Self.followUpBelow {
            intent = last.id
            reasons.append(.followUp(order: order))
        } else if let last, role == .outOfScope || p.confidence < Self.continueBelow,
                  c.mentionedOrders.isEmpty || last.needsOrder, !(last.role?.isSmallTalk ?? false) {
            intent = last.id
            reasons.append(.continued)
        } else if !c.mentionedOrders.isEmpty, role == .outOfScope || role?.isSmallTalk == true, let status = catalog.id(of: .orderStatus) {
            intent = status
            reasons.append(.orderNumberAlone)
        }
        if reasons.isEmpty, role == .humanRequest, p.confidence < Self.sureHumanRequest, !c.asksForHuman, let none = catalog.id(of: .outOfScope) {
            intent = none
            reasons.append(.unsureHumanRequest(confidence: p.confidence))
        }
        if let instead = catalog.intent(intent)?.withoutOrder, c.mentionedOrders.isEmpty, c.currentOrder == nil, !c.awaiting {
            reasons.append(.withoutOrder(asked: intent))
            intent = instead
        }
        return (IntentPrediction(intent: intent, confidence: p.confidence, alternatives: p.alternatives), reasons.isEmpty ? [.asClassified] : reasons)
    }

    /// The trace's words for a decision.
    static func note(_ intent: String, confidence: Double, reason: Reason) -> String {
        switch reason {
        case .asClassified: return "\(intent) (\(String(format: "%.2f", confidence)))"
        case let .followUp(order): return "\(intent) (a follow-up about \(order))"
        case .continued: return "\(intent) (continued from the previous turn)"
        case .orderNumberAlone: return "\(intent) (an order number with no other request)"
        case let .withoutOrder(asked): return "\(intent) (no order in the conversation: \(asked) asked)"
        case let .unsureHumanRequest(confidence): return "\(intent) (a request for a person at \(String(format: "%.2f", confidence)), in no words of the message)"
        }
    }
}
