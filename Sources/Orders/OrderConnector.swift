/// The engine's way into the shop's order system: the two ERP actions of kb/erp/README.md.
/// Implementations: `EmbeddedOrderConnector` (the SQLite ERP built from kb/erp/) and
/// `HTTPOrderConnector` (a REST ERP configured in kbkit.yaml's `erp:` block).
public protocol OrderConnector: Sendable {
    /// `order.status`: the order with its items, shipments, return and refunds; nil when no such order exists.
    func status(order: String) throws(OrderLookupError) -> OrderRecord?
    /// `order.cancel`: cancels the order only while it is processing (not yet dispatched).
    func cancel(order: String) throws(OrderLookupError) -> CancelOutcome
}

/// What `order.cancel` did.
public enum CancelOutcome: Sendable, Equatable, Codable {
    /// The order is now cancelled.
    case cancelled
    /// The order exists but its status does not allow it (e.g. already shipped); nothing changed.
    case notCancellable(OrderStatus)
    /// No order with that number.
    case notFound
}
