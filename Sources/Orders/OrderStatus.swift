/// The status vocabularies of the embedded ERP (kb/erp/README.md, "Status vocabularies"); the raw
/// values are the words of the schema's CHECK constraints and of OrderRecord's JSON.

/// Where an order stands.
public enum OrderStatus: String, Sendable, Codable, CaseIterable {
    case processing
    case awaitingPayment = "awaiting_payment"
    case shipped
    case delayed
    case heldAtCustoms = "held_at_customs"
    case delivered
    case returnRequested = "return_requested"
    case returned
    case refundInProgress = "refund_in_progress"
    case cancelled

    /// Only an order that has not been dispatched can be cancelled (FACTS.md, "Order changes").
    public var isCancellable: Bool { self == .processing }

    /// The parcel has left the warehouse: the address can no longer be changed by us.
    public var isDispatched: Bool {
        switch self {
        case .processing, .awaitingPayment, .cancelled: false
        default: true
        }
    }
}

/// Where one parcel stands.
public enum ShipmentStatus: String, Sendable, Codable, CaseIterable {
    case labelCreated = "label_created"
    case inTransit = "in_transit"
    case outForDelivery = "out_for_delivery"
    case delivered
    case delayed
    case heldAtCustoms = "held_at_customs"
    case returnedToSender = "returned_to_sender"
}

/// Where a return stands.
public enum ReturnStatus: String, Sendable, Codable, CaseIterable {
    case requested
    case labelSent = "label_sent"
    case inTransit = "in_transit"
    case received
    case rejected
}

/// Whether a refund has been paid out.
public enum RefundStatus: String, Sendable, Codable, CaseIterable {
    case pending
    case issued
}
