import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Workspace

/// The connector to a REST ERP, configured by kbkit.yaml's `erp.http` block (see ERPSettings):
/// `status` sends `status_method status_path` and maps the JSON through `response`; HTTP 404 means
/// no such order. `cancel` sends `cancel_method cancel_path`: a 2xx answer means cancelled, 404 not
/// found, one of `refused_statuses` a refusal (the order's status taken from the refusal's body when
/// it holds the order, else looked up); anything else is an error.
public struct HTTPOrderConnector: OrderConnector {
    public let settings: ERPSettings.HTTP
    private let transport: any OrderHTTPTransport
    private let environment: [String: String]

    /// - Parameters:
    ///   - transport: how requests go out (default: the blocking libcurl transport).
    ///   - environment: where `bearer_token_env` is read (default: the process environment).
    public init(settings: ERPSettings.HTTP, transport: any OrderHTTPTransport = BlockingOrderTransport(),
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.settings = settings
        self.transport = transport
        self.environment = environment
    }

    public func status(order: String) throws(OrderLookupError) -> OrderRecord? {
        let request = try request(settings.statusMethod, settings.statusPath, order: order)
        let url = request.url!.absoluteString
        let response = try transport.send(request)
        switch response.status {
        case 200..<300: return try OrderJSONMapping(mapping: settings.response, url: url).record(from: response.body)
        case 404: return nil
        default: throw .httpStatus(url: url, status: response.status, body: Self.excerpt(response.body))
        }
    }

    public func cancel(order: String) throws(OrderLookupError) -> CancelOutcome {
        let request = try request(settings.cancelMethod, settings.cancelPath, order: order)
        let url = request.url!.absoluteString
        let response = try transport.send(request)
        switch response.status {
        case 200..<300:
            return .cancelled
        case 404:
            return .notFound
        case let code where settings.refusedStatuses.contains(code):
            if let status = OrderJSONMapping(mapping: settings.response, url: url).statusIfPresent(in: response.body) {
                return .notCancellable(status)
            }
            guard let record = try status(order: order) else { return .notFound }
            return .notCancellable(record.status)
        default:
            throw .httpStatus(url: url, status: response.status, body: Self.excerpt(response.body))
        }
    }

    /// The request for one action: base URL + path with the order number, headers, token, timeout.
    func request(_ method: String, _ template: String, order: String) throws(OrderLookupError) -> URLRequest {
        // The order number comes from a customer's message: encode it as one path segment, so that
        // "../admin" or "a/b" can never reach another endpoint.
        var segment = CharacterSet.urlPathAllowed
        segment.remove(charactersIn: "/?#")
        guard let encoded = order.addingPercentEncoding(withAllowedCharacters: segment) else {
            throw .configuration("cannot encode the order number \(order.debugDescription) for a URL")
        }
        let base = settings.baseURL.hasSuffix("/") ? String(settings.baseURL.dropLast()) : settings.baseURL
        let text = base + template.replacingOccurrences(of: "{order}", with: encoded)
        guard let url = URL(string: text), url.host != nil else {
            throw .configuration("'\(text)' is not a URL (erp.http.base_url and the path templates)")
        }
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: Double(settings.timeoutMs) / 1000)
        request.httpMethod = method
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        for (name, value) in settings.headers.sorted(by: { $0.key < $1.key }) { request.setValue(value, forHTTPHeaderField: name) }
        if let variable = settings.bearerTokenEnv {
            guard let token = environment[variable], !token.isEmpty else {
                throw .configuration("the environment variable \(variable) (erp.http.bearer_token_env) is not set")
            }
            request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        }
        return request
    }

    /// The start of an error body, for the message (an HTML error page can be long).
    static func excerpt(_ body: Data) -> String {
        let text = String(decoding: body.prefix(200), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return body.count > 200 ? text + "…" : text
    }
}
