/// What the engine remembers across the turns of one conversation: the order numbers mentioned, the
/// last intent and language, how many answers in a row failed, how often each order came up.
public struct Conversation: Sendable, Equatable {
    public let market: String
    public private(set) var turns: [String] = []
    public private(set) var answers: [EngineAnswer] = []
    /// Order numbers in the order they were mentioned; the last one is "the" order.
    public internal(set) var orders: [String] = []
    public internal(set) var lastIntent: String?
    public internal(set) var lastLanguage: String?
    public internal(set) var consecutiveFailures = 0
    /// Order number → how many turns of this conversation were about it.
    public internal(set) var contactsPerOrder: [String: Int] = [:]
    public internal(set) var handedOff = false

    public init(market: String) { self.market = market }

    public var currentOrder: String? { orders.last }

    mutating func record(turn: String, answer: EngineAnswer) {
        turns.append(turn)
        answers.append(answer)
    }

    mutating func remember(orders found: [String]) {
        for o in found {
            orders.removeAll { $0 == o }
            orders.append(o)
        }
    }
}
