import Foundation
import Workspace

/// Maps a REST ERP's JSON onto an OrderRecord through the `erp.http.response` mapping of kbkit.yaml.
/// Pure: bytes in, record or a located error out. Every error names the URL, the record field and
/// the full dot path it was looked for at, so a wrong mapping can be fixed from the message alone.
///
/// Which fields must be present follows OrderRecord: its optional fields (`note`, `eta`, …) may be
/// absent or null; absent lists are empty; absent `vip` is false and absent `unresolved_contacts` 0,
/// since many ERPs know neither; every other field is required.
struct OrderJSONMapping: Sendable {
    let mapping: ERPSettings.ResponseMapping
    let url: String

    func record(from body: Data) throws(OrderLookupError) -> OrderRecord {
        try record(in: try order(in: try json(body)))
    }

    /// The order's status in a response body that may hold the order (a refused cancellation often
    /// does); nil when it does not say.
    func statusIfPresent(in body: Data) -> OrderStatus? {
        guard let root = try? json(body), let order = try? order(in: root) else { return nil }
        return try? Reader(node: order, base: mapping.root, mapping: mapping, url: url)
            .status("status", OrderStatus.self, translate: true)
    }

    private func json(_ body: Data) throws(OrderLookupError) -> Any {
        guard !body.isEmpty else { throw .invalidJSON(url: url, message: "the body is empty") }
        do {
            return try JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed])
        } catch {
            let start = String(decoding: body.prefix(80), as: UTF8.self)
            let detail = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String).map { " (\($0))" } ?? ""
            throw .invalidJSON(url: url, message: "the body is not JSON\(detail); it starts with \(start.debugDescription)")
        }
    }

    private func order(in root: Any) throws(OrderLookupError) -> [String: Any] {
        let path = JSONPath(mapping.root)
        guard let node = path.value(in: root) else {
            throw .invalidJSON(url: url, message: "no order object at '\(mapping.root)' (erp.http.response.root)")
        }
        guard let object = node as? [String: Any] else {
            throw .invalidJSON(url: url, message: "expected an object at '\(mapping.root.isEmpty ? "(root)" : mapping.root)', found \(Reader.kind(node))")
        }
        return object
    }

    private func record(in order: [String: Any]) throws(OrderLookupError) -> OrderRecord {
        let r = Reader(node: order, base: mapping.root, mapping: mapping, url: url)
        return OrderRecord(
            number: try r.string("number"), market: try r.string("market"),
            customerName: try r.string("customer_name"), customerLanguage: try r.optionalString("customer_language"),
            vip: try r.optionalBool("vip") ?? false, status: try r.status("status", OrderStatus.self, translate: true),
            currency: try r.string("currency"), total: try r.decimal("total"), placedAt: try r.string("placed_at"),
            paymentMethod: try r.string("payment_method"), note: try r.optionalString("note"),
            items: try r.list("items") { (e: Reader) throws(OrderLookupError) in
                OrderRecord.Item(sku: try e.string("items.sku"), name: try e.string("items.name"),
                                 quantity: try e.int("items.quantity"), unitPrice: try e.decimal("items.unit_price"))
            },
            shipments: try r.list("shipments") { (e: Reader) throws(OrderLookupError) in
                OrderRecord.Shipment(carrier: try e.string("shipments.carrier"), tracking: try e.string("shipments.tracking"),
                                     status: try e.status("shipments.status", ShipmentStatus.self),
                                     shippedOn: try e.date("shipments.shipped_on"), eta: try e.date("shipments.eta"),
                                     deliveredOn: try e.date("shipments.delivered_on"), note: try e.optionalString("shipments.note"),
                                     pickupPoint: try e.optionalString("shipments.pickup_point"))
            },
            returns: try r.list("returns") { (e: Reader) throws(OrderLookupError) in
                OrderRecord.Return(status: try e.status("returns.status", ReturnStatus.self),
                                   requestedOn: try e.date("returns.requested_on"), labelSentOn: try e.date("returns.label_sent_on"),
                                   receivedOn: try e.date("returns.received_on"), note: try e.optionalString("returns.note"))
            },
            refunds: try r.list("refunds") { (e: Reader) throws(OrderLookupError) in
                OrderRecord.Refund(amount: try e.decimal("refunds.amount"), status: try e.status("refunds.status", RefundStatus.self),
                                   issuedOn: try e.date("refunds.issued_on"), dueBy: try e.date("refunds.due_by"),
                                   method: try e.string("refunds.method"))
            },
            unresolvedContacts: try r.optionalInt("unresolved_contacts") ?? 0)
    }
}

/// Typed reads of mapped fields from one JSON object (the order, or one element of a list).
private struct Reader {
    let node: [String: Any]
    /// The dot path of `node` in the whole response, for messages.
    let base: String
    let mapping: ERPSettings.ResponseMapping
    let url: String

    private func located(_ field: String) -> (value: Any?, path: String) {
        let path = JSONPath(mapping.path(for: field))
        return (path.value(in: node), path.prefixed(by: base))
    }

    private func invalid(_ field: String, _ path: String, _ value: Any, expected: String) -> OrderLookupError {
        .invalidField(url: url, field: field, path: path, found: Self.describe(value), expected: expected)
    }

    func optionalString(_ field: String) throws(OrderLookupError) -> String? {
        let (value, path) = located(field)
        guard let value else { return nil }
        if let s = value as? String { return s }
        // An ERP may send a numeric id where the record has text (an order number 10000005).
        if let n = value as? NSNumber, !Self.isBool(n) { return n.stringValue }
        throw invalid(field, path, value, expected: "text")
    }

    func string(_ field: String) throws(OrderLookupError) -> String {
        guard let s = try optionalString(field) else { throw missing(field) }
        return s
    }

    func decimal(_ field: String) throws(OrderLookupError) -> Decimal {
        let (value, path) = located(field)
        guard let value else { throw missing(field) }
        // JSONSerialization reads 79.98 as a Double; its shortest description is "79.98", which
        // Decimal(string:) reads exactly, where Decimal(Double) would give 79.98000000000001.
        let text: String? = if let n = value as? NSNumber, !Self.isBool(n) { n.stringValue } else { value as? String }
        guard let text, let d = Decimal(string: text), d.isFinite else {
            throw invalid(field, path, value, expected: "a number")
        }
        return d
    }

    func optionalInt(_ field: String) throws(OrderLookupError) -> Int? {
        let (value, path) = located(field)
        guard let value else { return nil }
        if let n = value as? NSNumber, !Self.isBool(n), n.doubleValue == n.doubleValue.rounded() { return n.intValue }
        if let s = value as? String, let i = Int(s) { return i }
        throw invalid(field, path, value, expected: "a whole number")
    }

    func int(_ field: String) throws(OrderLookupError) -> Int {
        guard let i = try optionalInt(field) else { throw missing(field) }
        return i
    }

    func optionalBool(_ field: String) throws(OrderLookupError) -> Bool? {
        let (value, path) = located(field)
        guard let value else { return nil }
        if let n = value as? NSNumber {
            if Self.isBool(n) { return n.boolValue }
            if n.intValue == 0 || n.intValue == 1 { return n.intValue == 1 }
        }
        if let s = value as? String, ["true", "false"].contains(s.lowercased()) { return s.lowercased() == "true" }
        throw invalid(field, path, value, expected: "true or false")
    }

    func date(_ field: String) throws(OrderLookupError) -> ISODate? {
        let (value, path) = located(field)
        guard let value else { return nil }
        // A date-time ("2026-11-24T10:00:00Z") counts by its calendar day, as the ERP wrote it.
        guard let s = value as? String, let d = ISODate(s) else { throw invalid(field, path, value, expected: "a date (YYYY-MM-DD)") }
        return d
    }

    /// A vocabulary word; `translate` applies `status_values` (the order status only).
    func status<V: RawRepresentable<String> & CaseIterable>(_ field: String, _ type: V.Type, translate: Bool = false) throws(OrderLookupError) -> V {
        let (value, path) = located(field)
        guard let value else { throw missing(field) }
        guard let word = value as? String else { throw invalid(field, path, value, expected: "a status word") }
        let ours = translate ? (mapping.statusValues[word] ?? word) : word
        guard let v = V(rawValue: ours) else {
            let words = V.allCases.map(\.rawValue).joined(separator: ", ")
            throw invalid(field, path, value, expected: "one of \(words)" + (translate ? " (or a word mapped by erp.http.response.status_values)" : ""))
        }
        return v
    }

    /// The elements of a list field, each read by `element`; absent or null is an empty list.
    func list<T>(_ field: String, _ element: (Reader) throws(OrderLookupError) -> T) throws(OrderLookupError) -> [T] {
        let (value, path) = located(field)
        guard let value else { return [] }
        guard let array = value as? [Any] else { throw invalid(field, path, value, expected: "a list") }
        var out: [T] = []
        for (i, item) in array.enumerated() {
            guard let object = item as? [String: Any] else { throw invalid(field, "\(path).\(i)", item, expected: "an object") }
            out.append(try element(Reader(node: object, base: "\(path).\(i)", mapping: mapping, url: url)))
        }
        return out
    }

    private func missing(_ field: String) -> OrderLookupError {
        .missingField(url: url, field: field, path: JSONPath(mapping.path(for: field)).prefixed(by: base))
    }

    // MARK: describing JSON values

    /// JSONSerialization gives true/false as Bool-backed NSNumbers (objCType "c", on Linux and
    /// Darwin alike); it never makes a char-typed number out of a JSON number.
    static func isBool(_ n: NSNumber) -> Bool {
        String(cString: n.objCType) == "c"
    }

    static func kind(_ value: Any) -> String {
        switch value {
        case is [String: Any]: "an object"
        case is [Any]: "a list"
        case is String: "text"
        case let n as NSNumber: isBool(n) ? "a boolean" : "a number"
        default: "\(type(of: value))"
        }
    }

    static func describe(_ value: Any) -> String {
        switch value {
        case let s as String: "the text \(s.debugDescription)"
        case let n as NSNumber: isBool(n) ? "\(n.boolValue)" : "the number \(n.stringValue)"
        default: kind(value)
        }
    }
}
