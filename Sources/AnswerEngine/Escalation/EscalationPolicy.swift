/// When to hand a conversation to a human (FACTS.md, "Customer care"): the customer is angry or
/// distressed; asks for a human; mentions a chargeback, a lawyer, a consumer authority or a public
/// review; contacts us a third time about the same unresolved order; is a VIP; or the assistant could
/// not answer twice in a row. Pure: the engine gathers the signals, this decides.
struct EscalationPolicy: Sendable {
    struct Signals: Sendable {
        var emotion: EmotionLabel
        var threats: [Threat]
        var asksForHuman: Bool
        var intentEscalates: Bool
        /// Earlier unresolved contacts about the order (ERP) plus earlier turns of this conversation about it.
        var priorContactsAboutOrder: Int
        var vip: Bool
        var consecutiveFailures: Int
    }

    /// Reason codes, most important first; empty = no handoff.
    func reasons(_ s: Signals) -> [String] {
        var out: [String] = []
        if s.asksForHuman || s.intentEscalates { out.append("asked_for_human") }
        for t in s.threats {
            let code: String
            switch t.kind {
            case .chargeback: code = "chargeback"
            case .legal: code = "lawyer"
            case .consumerAuthority: code = "authority"
            case .publicReview: code = "review"
            }
            if !out.contains(code) { out.append(code) }
        }
        if s.emotion == .angry { out.append("angry") }
        if s.emotion == .distressed { out.append("distressed") }
        if s.priorContactsAboutOrder >= 2 { out.append("third_contact") }
        if s.vip { out.append("vip") }
        if s.consecutiveFailures >= 2 { out.append("two_failures") }
        return out
    }
}
