/// What an intent means to the engine, whatever the store calls it. The taxonomy names its intents
/// freely (`order.status`, `where_is_my_parcel`); a role is how the engine knows which of them looks
/// an order up, cancels, hands off or only says hello. At most one intent has each role.
public enum IntentRole: String, Sendable, CaseIterable, Equatable {
    /// Where is my order: look it up and tell its status.
    case orderStatus = "order_status"
    /// Cancel an order (possible while the ERP says it is processing).
    case orderCancel = "order_cancel"
    /// Where is my refund: look the order up and tell its return and refund state.
    case refundStatus = "refund_status"
    /// The customer asks for a person.
    case humanRequest = "human_request"
    /// A greeting with no question yet.
    case greeting
    /// Thanks, or the end of the conversation.
    case thanks
    /// Nothing the store answers: the classifier's fallback below its confidence threshold.
    case outOfScope = "out_of_scope"

    /// The roles every taxonomy must give: an order number alone is a status question, a request for
    /// a person must be recognisable, and the classifier needs somewhere to put what it does not know.
    public static let required: [IntentRole] = [.orderStatus, .humanRequest, .outOfScope]

    /// Small talk: no knowledge is searched for it and it needs no order.
    public var isSmallTalk: Bool { self == .greeting || self == .thanks }
}

/// The ERP actions the engine can execute, named as evalsets and `kbkit ask --json` name them.
public enum ERPAction: String, Sendable, CaseIterable, Equatable, Codable {
    /// Look the order up.
    case lookup = "order.status"
    /// Cancel the order (free of charge while it is processing).
    case cancel = "order.cancel"
}
