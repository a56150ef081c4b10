import Foundation

/// The `erp:` block of `kbkit.yaml`: which order system the engine's ERP actions (`order.status`,
/// `order.cancel`) talk to. Absent, the engine uses the embedded ERP built from `paths.erp`.
///
/// ```yaml
/// erp:
///   connector: http                  # embedded (default) | http
///   http:                            # required for connector: http (may stay when switching back)
///     base_url: https://erp.example.com/api/v2   # http or https; the paths below are appended to it
///     status_method: GET             # default GET
///     status_path: /orders/{order}   # default; {order} is the order number, percent-encoded
///     cancel_method: POST            # default POST
///     cancel_path: /orders/{order}/cancel        # default
///     headers:                       # optional, sent with every request
///       Accept: application/json
///       X-Shop-Id: my-shop
///     bearer_token_env: ERP_TOKEN    # optional: sends "Authorization: Bearer $ERP_TOKEN"; the token
///                                    #   itself never goes into kbkit.yaml
///     timeout_ms: 5000               # default 5000, per request
///     refused_statuses: [409, 422]   # default: the HTTP statuses by which the ERP refuses a cancellation
///     response:                      # how the ERP's JSON maps onto the order record
///       root: data.order             # dot path of the order object in a status response (default: the body)
///       fields:                      # record field: dot path in the response; every field defaults to its own name
///         customer_name: customer.name
///         items: lines               # a list field names the array …
///         items.unit_price: price.amount   # … and "list.field" a path inside each of its elements
///         shipments.tracking: tracking_number
///       status_values:               # the ERP's order status words → kbkit's (kb/erp/README.md)
///         SHIPPED: shipped
///         IN_PROGRESS: processing
/// ```
///
/// The record fields (`fields` keys) are those of OrderRecord's JSON: `number`, `market`,
/// `customer_name`, `customer_language`, `vip`, `status`, `currency`, `total`, `placed_at`,
/// `payment_method`, `note`, `unresolved_contacts`, and the lists `items` (`sku`, `name`, `quantity`,
/// `unit_price`), `shipments` (`carrier`, `tracking`, `status`, `shipped_on`, `eta`, `delivered_on`,
/// `note`), `returns` (`status`, `requested_on`, `label_sent_on`, `received_on`, `note`) and `refunds`
/// (`amount`, `status`, `issued_on`, `due_by`, `method`). A path segment that is a number indexes an
/// array (`lines.0.sku`). A status response of HTTP 404 means "no such order".
public struct ERPSettings: Sendable, Equatable {
    public enum Connector: String, Sendable, CaseIterable {
        case embedded, http
    }

    public var connector: Connector
    public var http: HTTP?

    public init(connector: Connector = .embedded, http: HTTP? = nil) {
        self.connector = connector
        self.http = http
    }

    /// A REST ERP.
    public struct HTTP: Sendable, Equatable {
        public var baseURL: String
        public var statusMethod: String
        public var statusPath: String
        public var cancelMethod: String
        public var cancelPath: String
        public var headers: [String: String]
        /// The environment variable holding the bearer token (read at request time).
        public var bearerTokenEnv: String?
        public var timeoutMs: Int
        public var refusedStatuses: [Int]
        public var response: ResponseMapping

        public init(baseURL: String, statusMethod: String = "GET", statusPath: String = "/orders/{order}",
                    cancelMethod: String = "POST", cancelPath: String = "/orders/{order}/cancel",
                    headers: [String: String] = [:], bearerTokenEnv: String? = nil, timeoutMs: Int = 5000,
                    refusedStatuses: [Int] = [409, 422], response: ResponseMapping = ResponseMapping()) {
            self.baseURL = baseURL; self.statusMethod = statusMethod; self.statusPath = statusPath
            self.cancelMethod = cancelMethod; self.cancelPath = cancelPath; self.headers = headers
            self.bearerTokenEnv = bearerTokenEnv; self.timeoutMs = timeoutMs; self.refusedStatuses = refusedStatuses
            self.response = response
        }
    }

    /// Where each order-record field sits in the ERP's JSON.
    public struct ResponseMapping: Sendable, Equatable {
        /// Dot path of the order object in a status response; "" = the whole body.
        public var root: String
        /// Overrides only; `path(for:)` gives every field its default.
        public var fields: [String: String]
        /// The ERP's order status words → kbkit's order status vocabulary.
        public var statusValues: [String: String]

        public init(root: String = "", fields: [String: String] = [:], statusValues: [String: String] = [:]) {
            self.root = root; self.fields = fields; self.statusValues = statusValues
        }

        /// The dot path of a record field (`customer_name`, `items.unit_price`): the configured one, else
        /// the field's own name (for a list's field, relative to each element: `unit_price`).
        public func path(for field: String) -> String {
            fields[field] ?? String(field.split(separator: ".").last ?? Substring(field))
        }

        /// Every field of OrderRecord's JSON, lists first-level and "list.field" for their elements.
        public static let knownFields: [String] = [
            "number", "market", "customer_name", "customer_language", "vip", "status", "currency", "total",
            "placed_at", "payment_method", "note", "unresolved_contacts",
            "items", "items.sku", "items.name", "items.quantity", "items.unit_price",
            "shipments", "shipments.carrier", "shipments.tracking", "shipments.status", "shipments.shipped_on",
            "shipments.eta", "shipments.delivered_on", "shipments.note", "shipments.pickup_point",
            "returns", "returns.status", "returns.requested_on", "returns.label_sent_on", "returns.received_on", "returns.note",
            "refunds", "refunds.amount", "refunds.status", "refunds.issued_on", "refunds.due_by", "refunds.method",
        ]

        /// The order status vocabulary of kb/erp/README.md (the values `status_values` may map to).
        public static let orderStatuses: [String] = [
            "processing", "awaiting_payment", "shipped", "delayed", "held_at_customs", "delivered",
            "return_requested", "returned", "refund_in_progress", "cancelled",
        ]
    }

    static let methods: Set<String> = ["GET", "POST", "PUT", "PATCH", "DELETE"]

    /// Reads the `erp:` block (nil when kbkit.yaml has none: the embedded ERP).
    public static func load(_ node: YAMLNode?) throws(WorkspaceError) -> ERPSettings {
        guard let node else { return ERPSettings() }
        try node.allowOnly(["connector", "http"])
        var settings = ERPSettings()
        if let c = node["connector"] {
            let name = try c.string().lowercased()
            guard let connector = Connector(rawValue: name) else { throw c.error("unknown connector '\(name)' (embedded or http)") }
            settings.connector = connector
        }
        if let h = node["http"] { settings.http = try loadHTTP(h) }
        if settings.connector == .http && settings.http == nil {
            throw node.error("connector http needs an `http:` block with at least base_url", field: node.path.isEmpty ? "http" : "\(node.path).http")
        }
        return settings
    }

    static func loadHTTP(_ h: YAMLNode) throws(WorkspaceError) -> HTTP {
        try h.allowOnly(["base_url", "status_method", "status_path", "cancel_method", "cancel_path", "headers",
                         "bearer_token_env", "timeout_ms", "refused_statuses", "response"])
        let base = try h.string("base_url")
        guard let url = URL(string: base), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
              url.host?.isEmpty == false else {
            throw h["base_url"]!.error("'\(base)' is not an http(s) URL with a host")
        }
        var http = HTTP(baseURL: base)
        http.statusMethod = try method(h, "status_method") ?? http.statusMethod
        http.cancelMethod = try method(h, "cancel_method") ?? http.cancelMethod
        http.statusPath = try pathTemplate(h, "status_path") ?? http.statusPath
        http.cancelPath = try pathTemplate(h, "cancel_path") ?? http.cancelPath
        if let headers = h["headers"] {
            for (name, value) in try headers.entries() {
                guard name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
                    throw value.error("'\(name)' is not a header name")
                }
                http.headers[name] = try value.string()
            }
        }
        if let env = h["bearer_token_env"] {
            let name = try env.string()
            guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
                throw env.error("'\(name)' is not an environment variable name (the token itself must not be written here)")
            }
            http.bearerTokenEnv = name
        }
        if let t = h["timeout_ms"] {
            let ms = try t.int()
            guard ms > 0 else { throw t.error("the timeout must be positive (milliseconds)") }
            http.timeoutMs = ms
        }
        if let r = h["refused_statuses"] {
            http.refusedStatuses = try r.items().map { (n: YAMLNode) throws(WorkspaceError) -> Int in
                let code = try n.int()
                guard (400...599).contains(code) else { throw n.error("\(code) is not an HTTP error status (400–599)") }
                return code
            }
        }
        if let r = h["response"] { http.response = try loadMapping(r) }
        return http
    }

    static func loadMapping(_ r: YAMLNode) throws(WorkspaceError) -> ResponseMapping {
        try r.allowOnly(["root", "fields", "status_values"])
        var mapping = ResponseMapping()
        mapping.root = try r.optionalString("root") ?? ""
        if let f = r["fields"] {
            try f.allowOnly(Set(ResponseMapping.knownFields))
            for (field, value) in try f.entries() { mapping.fields[field] = try value.string() }
        }
        if let s = r["status_values"] {
            let known = Set(ResponseMapping.orderStatuses)
            for (theirs, value) in try s.entries() {
                let ours = try value.string()
                guard known.contains(ours) else {
                    throw value.error("'\(ours)' is not an order status (\(ResponseMapping.orderStatuses.joined(separator: ", ")))")
                }
                mapping.statusValues[theirs] = ours
            }
        }
        return mapping
    }

    private static func method(_ h: YAMLNode, _ key: String) throws(WorkspaceError) -> String? {
        guard let n = h[key] else { return nil }
        let m = try n.string().uppercased()
        guard methods.contains(m) else { throw n.error("'\(m)' is not an HTTP method (\(methods.sorted().joined(separator: ", ")))") }
        return m
    }

    private static func pathTemplate(_ h: YAMLNode, _ key: String) throws(WorkspaceError) -> String? {
        guard let n = h[key] else { return nil }
        let p = try n.string()
        guard p.hasPrefix("/"), p.contains("{order}") else { throw n.error("the path must start with / and contain {order}") }
        return p
    }
}
