import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Synchronization

/// One HTTP exchange, blocking: the I/O behind HTTPOrderConnector, so that request building and
/// response mapping stay pure and another transport (a proxy, a recorder) can stand in.
public protocol OrderHTTPTransport: Sendable {
    /// The status and body of the response; a timeout or an unreachable server is thrown.
    func send(_ request: URLRequest) throws(OrderLookupError) -> OrderHTTPResponse
}

public struct OrderHTTPResponse: Sendable, Equatable {
    public var status: Int
    public var body: Data

    public init(status: Int, body: Data) {
        self.status = status
        self.body = body
    }
}

/// URLSession (FoundationNetworking on Linux) behind a blocking call. The connector API is synchronous
/// because the engine's pipeline is; one session per transport, without cache or cookies.
public final class URLSessionOrderTransport: OrderHTTPTransport {
    private let session: URLSession

    public init() {
        let config = URLSessionConfiguration.ephemeral
        config.requestCachePolicy = .reloadIgnoringLocalCacheData
        config.urlCache = nil
        config.httpCookieStorage = nil
        session = URLSession(configuration: config)
    }

    deinit { session.finishTasksAndInvalidate() }

    public func send(_ request: URLRequest) throws(OrderLookupError) -> OrderHTTPResponse {
        let url = request.url?.absoluteString ?? "(no URL)"
        let limit = request.timeoutInterval
        // The wait below is the timeout. FoundationNetworking hands timeoutInterval to libcurl cut
        // to whole seconds (measured: 1.5 s fires after 1 s, 0.3 s fails at once), so libcurl gets
        // a looser limit it can only reach after this one.
        var sent = request
        sent.timeoutInterval = limit.rounded(.up) + 1
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        let task = session.dataTask(with: sent) { data, response, error in
            outcome.set(data: data, response: response, error: error)
            done.signal()
        }
        task.resume()
        if done.wait(timeout: .now() + limit) == .timedOut {
            task.cancel()
            throw .timeout(url: url, seconds: limit)
        }
        let (data, response, error) = outcome.get()
        if let error {
            let code = (error as? URLError)?.code
            if code == .timedOut { throw .timeout(url: url, seconds: request.timeoutInterval) }
            throw .unreachable(url: url, message: (error as NSError).localizedDescription)
        }
        guard let http = response as? HTTPURLResponse else { throw .unreachable(url: url, message: "not an HTTP response") }
        return OrderHTTPResponse(status: http.statusCode, body: data ?? Data())
    }

    /// What the completion handler saw, handed across threads.
    private final class Outcome: Sendable {
        private let state = Mutex<(Data?, URLResponse?, (any Error)?)>((nil, nil, nil))
        func set(data: Data?, response: URLResponse?, error: (any Error)?) { state.withLock { $0 = (data, response, error) } }
        func get() -> (Data?, URLResponse?, (any Error)?) { state.withLock { $0 } }
    }
}
