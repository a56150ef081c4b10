import Foundation
import GRDB
import Workspace

/// Reads one order from the tables of kb/erp/schema.sql into an OrderRecord. Pure reading inside a
/// database access the caller opens; every value the schema allows to be odd (an unknown status, a
/// malformed date) becomes a thrown `RowProblem` naming the table and column.
enum EmbeddedOrderRows {
    struct RowProblem: Error {
        var message: String
    }

    /// - Parameter pickupPoints: whether the schema has the optional `shipments.pickup_point`
    ///   (`EmbeddedERP.shipmentsHavePickupPoint`); one written without it reads as none.
    static func record(_ db: Database, number: String, pickupPoints: Bool) throws -> OrderRecord? {
        // Amounts are read as SQLite's text rendering of the stored number ("79.98", "5480"), so
        // that a REAL like 79.98 becomes the Decimal 79.98 and not 79.980000000000004.
        guard let o = try Row.fetchOne(try db.cachedStatement(sql: """
            SELECT o.number, o.market, o.status, o.currency, CAST(o.total AS TEXT) AS total, o.placed_at,
                   o.payment_method, o.note, c.name AS customer_name, c.language AS customer_language, c.vip
            FROM orders o JOIN customers c ON c.id = o.customer_id
            WHERE o.number = ?
            """), arguments: [number]) else { return nil }

        let items = try Row.fetchAll(try db.cachedStatement(sql: """
            SELECT sku, name, quantity, CAST(unit_price AS TEXT) AS unit_price
            FROM order_items WHERE order_number = ? ORDER BY rowid
            """), arguments: [number]).map { r in
            OrderRecord.Item(sku: try text(r, "order_items", "sku"), name: try text(r, "order_items", "name"),
                             quantity: try int(r, "order_items", "quantity"), unitPrice: try decimal(r, "order_items", "unit_price"))
        }
        let pickupPoint = pickupPoints ? "pickup_point" : "NULL AS pickup_point"
        let shipments = try Row.fetchAll(try db.cachedStatement(sql: """
            SELECT carrier, tracking, status, shipped_on, eta, delivered_on, note, \(pickupPoint)
            FROM shipments WHERE order_number = ? ORDER BY shipped_on, rowid
            """), arguments: [number]).map { r in
            OrderRecord.Shipment(carrier: try text(r, "shipments", "carrier"), tracking: try text(r, "shipments", "tracking"),
                                 status: try vocabulary(r, "shipments", "status"), shippedOn: try date(r, "shipments", "shipped_on"),
                                 eta: try date(r, "shipments", "eta"), deliveredOn: try date(r, "shipments", "delivered_on"),
                                 note: r["note"], pickupPoint: r["pickup_point"])
        }
        let returns = try Row.fetchAll(try db.cachedStatement(sql: """
            SELECT status, requested_on, label_sent_on, received_on, note
            FROM returns WHERE order_number = ? ORDER BY rowid
            """), arguments: [number]).map { r in
            OrderRecord.Return(status: try vocabulary(r, "returns", "status"), requestedOn: try date(r, "returns", "requested_on"),
                               labelSentOn: try date(r, "returns", "label_sent_on"), receivedOn: try date(r, "returns", "received_on"),
                               note: r["note"])
        }
        let refunds = try Row.fetchAll(try db.cachedStatement(sql: """
            SELECT CAST(amount AS TEXT) AS amount, status, issued_on, due_by, method
            FROM refunds WHERE order_number = ? ORDER BY rowid
            """), arguments: [number]).map { r in
            OrderRecord.Refund(amount: try decimal(r, "refunds", "amount"), status: try vocabulary(r, "refunds", "status"),
                               issuedOn: try date(r, "refunds", "issued_on"), dueBy: try date(r, "refunds", "due_by"),
                               method: try text(r, "refunds", "method"))
        }
        let unresolved = try Int.fetchOne(try db.cachedStatement(sql: "SELECT COUNT(*) FROM contacts WHERE order_number = ? AND resolved = 0"),
                                          arguments: [number]) ?? 0

        return OrderRecord(
            number: try text(o, "orders", "number"), market: try text(o, "orders", "market"),
            customerName: try text(o, "customers", "customer_name"), customerLanguage: o["customer_language"],
            vip: (o["vip"] as Int?) == 1, status: try vocabulary(o, "orders", "status"), currency: try text(o, "orders", "currency"),
            total: try decimal(o, "orders", "total"), placedAt: try text(o, "orders", "placed_at"),
            paymentMethod: try text(o, "orders", "payment_method"), note: o["note"],
            items: items, shipments: shipments, returns: returns, refunds: refunds, unresolvedContacts: unresolved)
    }

    /// The order's status alone: what `order.cancel` decides on.
    static func status(_ db: Database, number: String) throws -> OrderStatus? {
        guard let r = try Row.fetchOne(try db.cachedStatement(sql: "SELECT status FROM orders WHERE number = ?"), arguments: [number]) else { return nil }
        return try vocabulary(r, "orders", "status")
    }

    // MARK: typed column access

    private static func text(_ r: Row, _ table: String, _ column: String) throws -> String {
        guard let s: String = r[column] else { throw RowProblem(message: "\(table).\(column) is empty") }
        return s
    }

    private static func int(_ r: Row, _ table: String, _ column: String) throws -> Int {
        guard let i: Int = r[column] else { throw RowProblem(message: "\(table).\(column) is not a whole number") }
        return i
    }

    private static func decimal(_ r: Row, _ table: String, _ column: String) throws -> Decimal {
        let s = try text(r, table, column)
        guard let d = Decimal(string: s) else {
            throw RowProblem(message: "\(table).\(column) '\(s)' is not a number")
        }
        return d
    }

    private static func date(_ r: Row, _ table: String, _ column: String) throws -> ISODate? {
        guard let s: String = r[column], !s.isEmpty else { return nil }
        guard let d = ISODate(s) else { throw RowProblem(message: "\(table).\(column) '\(s)' is not a date (YYYY-MM-DD)") }
        return d
    }

    private static func vocabulary<V: RawRepresentable<String>>(_ r: Row, _ table: String, _ column: String) throws -> V {
        let s = try text(r, table, column)
        guard let v = V(rawValue: s) else { throw RowProblem(message: "\(table).\(column) '\(s)' is not in the status vocabulary") }
        return v
    }
}
