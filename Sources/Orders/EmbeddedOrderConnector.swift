import GRDB

/// The connector over the embedded ERP (kb/erp/*.sql loaded into an in-memory SQLite database).
/// `cancel` changes that database — a later `status` shows the order cancelled — and never the
/// fixture files.
public struct EmbeddedOrderConnector: OrderConnector {
    public let erp: EmbeddedERP

    public init(erp: EmbeddedERP) {
        self.erp = erp
    }

    public func status(order: String) throws(OrderLookupError) -> OrderRecord? {
        do {
            return try erp.read { db in try EmbeddedOrderRows.record(db, number: order, pickupPoints: erp.shipmentsHavePickupPoint) }
        } catch {
            throw Self.failure(error, order: order)
        }
    }

    public func cancel(order: String) throws(OrderLookupError) -> CancelOutcome {
        do {
            // Check and update in one write transaction, so two cancellations cannot both succeed.
            return try erp.write { db -> CancelOutcome in
                guard let status = try EmbeddedOrderRows.status(db, number: order) else { return .notFound }
                guard status.isCancellable else { return .notCancellable(status) }
                try db.execute(sql: "UPDATE orders SET status = 'cancelled' WHERE number = ?", arguments: [order])
                return .cancelled
            }
        } catch {
            throw Self.failure(error, order: order)
        }
    }

    private static func failure(_ error: any Error, order: String) -> OrderLookupError {
        switch error {
        case let problem as EmbeddedOrderRows.RowProblem: .database(order: order, message: problem.message)
        case let db as DatabaseError: .database(order: order, message: db.message ?? "\(db)")
        default: .database(order: order, message: "\(error)")
        }
    }
}
