/// Why a conversation goes to a human. The raw values are the codes of `kbkit ask --json` and of
/// the phrase tables' `reason.*` texts.
public enum EscalationReason: String, Sendable, Codable, CaseIterable {
    case askedForHuman = "asked_for_human"
    case chargeback, lawyer, authority, review, angry, distressed
    case thirdContact = "third_contact"
    case vip
    case twoFailures = "two_failures"

    init(_ threat: Threat.Kind) {
        switch threat {
        case .chargeback: self = .chargeback
        case .legal: self = .lawyer
        case .consumerAuthority: self = .authority
        case .publicReview: self = .review
        }
    }
}

/// When to hand a conversation to a human: the customer is angry or distressed; asks for a human;
/// mentions a chargeback, a lawyer, a consumer authority or a public review; contacts us a third
/// time about the same unresolved order; is a VIP; or the assistant could not answer twice in a row.
/// Pure: the engine gathers the signals, this decides.
struct EscalationPolicy: Sendable {
    struct Signals: Sendable {
        var emotion: EmotionLabel
        var threats: [Threat]
        var asksForHuman: Bool
        var intentEscalates: Bool
        /// Earlier unresolved contacts about the order (ERP) plus earlier turns of this conversation about it.
        var priorContactsAboutOrder: Int
        /// The customer says this is at least their third contact ("already wrote twice").
        var saysThirdContact: Bool = false
        var vip: Bool
        var consecutiveFailures: Int
    }

    /// Reasons, most important first; empty = no handoff.
    func reasons(_ s: Signals) -> [EscalationReason] {
        var out: [EscalationReason] = []
        if s.asksForHuman || s.intentEscalates { out.append(.askedForHuman) }
        for t in s.threats where !out.contains(EscalationReason(t.kind)) { out.append(EscalationReason(t.kind)) }
        if s.emotion == .angry { out.append(.angry) }
        if s.emotion == .distressed { out.append(.distressed) }
        if s.priorContactsAboutOrder >= 2 || s.saysThirdContact { out.append(.thirdContact) }
        if s.vip { out.append(.vip) }
        if s.consecutiveFailures >= 2 { out.append(.twoFailures) }
        return out
    }

    /// Whether the answer opens with empathy: an upset customer, or a handoff for any reason but a
    /// plain request for a person or the customer's VIP status.
    static func wantsEmpathy(upset: Bool, reasons: [EscalationReason]) -> Bool {
        upset || !reasons.isEmpty && !reasons.contains(.vip) && reasons != [.askedForHuman]
    }
}
