import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import HTTPClient

/// One HTTP exchange, blocking: the I/O behind HTTPOrderConnector, so that request building and
/// response mapping stay pure and another transport (a proxy, a recorder) can stand in.
public protocol OrderHTTPTransport: Sendable {
    /// The status and body of the response; a timeout or an unreachable server is thrown.
    func send(_ request: URLRequest) throws(OrderLookupError) -> OrderHTTPResponse
}

/// The status and body, as the shared transport returns them.
public typealias OrderHTTPResponse = HTTPExchangeResponse

/// The shared blocking transport (HTTPClient) behind the connector's API, which is synchronous
/// because the engine's pipeline is. It waits in poll(), not in a spinning URLSession (measured in
/// docs/BENCHMARKS.md, "Waiting for a slow server"), and its timeout is exact to the millisecond:
/// URLSession handed timeoutInterval to libcurl cut to whole seconds (1.5 s fired after 1 s, 0.3 s
/// failed at once), which the old transport had to work around with a semaphore of its own.
public struct BlockingOrderTransport: OrderHTTPTransport {
    private let http: any HTTPExchangeTransport

    public init(http: any HTTPExchangeTransport = BlockingHTTPTransport()) {
        self.http = http
    }

    public func send(_ request: URLRequest) throws(OrderLookupError) -> OrderHTTPResponse {
        let url = request.url?.absoluteString ?? "(no URL)"
        let headers = (request.allHTTPHeaderFields ?? [:]).sorted { $0.key < $1.key }.map { (name: $0.key, value: $0.value) }
        let method = request.httpMethod ?? "GET"
        // A POST or PUT without payload still says so (Content-Length: 0); a GET sends no body.
        let body = request.httpBody ?? (["POST", "PUT", "PATCH"].contains(method.uppercased()) ? Data() : nil)
        let exchange = HTTPExchangeRequest(method: method, url: url, headers: headers, body: body,
                                           timeoutMs: Int((request.timeoutInterval * 1000).rounded()))
        do {
            return try http.send(exchange)
        } catch {
            switch error {
            case .timeout: throw .timeout(url: url, seconds: request.timeoutInterval)
            case let .unreachable(_, message), let .unavailable(message): throw .unreachable(url: url, message: message)
            }
        }
    }
}
