/// Why an ERP action could not be carried out (as opposed to "no such order", which is a result).
/// Every case carries where it happened (the order, the URL) and what was wrong, so that the
/// engine's trace and the CLI can say it in one line.
public enum OrderLookupError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The embedded ERP's database failed or held a row outside its vocabulary.
    case database(order: String, message: String)
    /// The connector is configured in a way that cannot work (no base URL, unset token variable).
    case configuration(String)
    /// No complete response within the configured timeout.
    case timeout(url: String, seconds: Double)
    /// The server could not be reached at all (connection refused, DNS, TLS).
    case unreachable(url: String, message: String)
    /// The server answered with a status the connector does not treat as a result.
    case httpStatus(url: String, status: Int, body: String)
    /// The body is not JSON, or not the JSON structure the mapping expects at its root.
    case invalidJSON(url: String, message: String)
    /// A field the record needs is absent (or null) at its mapped path.
    case missingField(url: String, field: String, path: String)
    /// A field is present but of the wrong kind or outside its vocabulary.
    case invalidField(url: String, field: String, path: String, found: String, expected: String)

    public var description: String {
        switch self {
        case .database(let order, let message):
            "embedded ERP, order \(order): \(message)"
        case .configuration(let message):
            "ERP connector configuration: \(message)"
        case .timeout(let url, let seconds):
            "\(url): no response within \(Self.seconds(seconds)) (erp.http.timeout_ms)"
        case .unreachable(let url, let message):
            "\(url): cannot connect: \(message)"
        case .httpStatus(let url, let status, let body):
            "\(url): HTTP \(status)" + (body.isEmpty ? "" : ": \(body)")
        case .invalidJSON(let url, let message):
            "\(url): invalid JSON: \(message)"
        case .missingField(let url, let field, let path):
            "\(url): the response has no '\(path.isEmpty ? "(root)" : path)' (the order's \(field); see erp.http.response)"
        case .invalidField(let url, let field, let path, let found, let expected):
            "\(url): '\(path)' (the order's \(field)) is \(found), expected \(expected)"
        }
    }

    private static func seconds(_ s: Double) -> String {
        s == s.rounded() ? "\(Int(s)) s" : "\(s) s"
    }
}
