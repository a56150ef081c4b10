/// The summary a human agent reads when a conversation is handed over (FACTS.md): market, language,
/// intent, order numbers, emotion, what the customer wants, what the assistant already answered or
/// looked up, and why it is handed off — in the language of the market's agents.
struct HandoffSummary: Sendable {
    var market: String
    var language: String
    var intent: String
    var orders: [String]
    var emotion: String
    var wants: String
    var answered: [String]
    var reasons: [EscalationReason]
    var agentsAvailable: Bool

    /// - Parameter p: the phrases of the agents' language for the market (labels and reasons).
    func render(_ p: Phrases) -> String {
        let label = p.summary
        let none = label("none")
        let why = reasons.map(p.reason).joined(separator: "; ")
        var lines = ["\(label("title")):"]
        lines.append("- \(label("market")): \(market)")
        lines.append("- \(label("language")): \(language)")
        lines.append("- \(label("intent")): \(intent)")
        lines.append("- \(label("orders")): \(orders.isEmpty ? none : orders.joined(separator: ", "))")
        lines.append("- \(label("emotion")): \(emotion)")
        lines.append("- \(label("wants")): \(wants)")
        lines.append("- \(label("answered")): \(answered.isEmpty ? none : answered.joined(separator: "; "))")
        lines.append("- \(label("reason")): \(why)")
        if !agentsAvailable { lines.append("- ticket: after hours") }
        return lines.joined(separator: "\n")
    }
}
