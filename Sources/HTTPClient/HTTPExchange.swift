import Foundation

/// One HTTP request as kbkit's clients send it: plain values, so that building a request and
/// reading a response stay pure and testable, and a stand-in transport can record them.
public struct HTTPExchangeRequest: Sendable, Equatable {
    public var method: String
    public var url: String
    /// Header name and value, in the order they are sent.
    public var headers: [(name: String, value: String)]
    public var body: Data?
    /// The whole exchange (connect, send, wait, receive), in milliseconds.
    public var timeoutMs: Int

    public init(method: String, url: String, headers: [(name: String, value: String)] = [], body: Data? = nil, timeoutMs: Int) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeoutMs = timeoutMs
    }

    /// The value of a header (names compare case-insensitively).
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.method == b.method && a.url == b.url && a.body == b.body && a.timeoutMs == b.timeoutMs
            && a.headers.map { "\($0.name): \($0.value)" } == b.headers.map { "\($0.name): \($0.value)" }
    }
}

public struct HTTPExchangeResponse: Sendable, Equatable {
    public var status: Int
    public var body: Data

    public init(status: Int, body: Data) {
        self.status = status
        self.body = body
    }
}

/// Why no response came back. A response with an error status is not an error here: the caller
/// decides what a 404 or a 500 means.
public enum HTTPExchangeError: Error, Sendable, Equatable, CustomStringConvertible {
    case timeout(url: String, milliseconds: Int)
    case unreachable(url: String, message: String)
    /// No HTTP library to send with (libcurl.so.4 missing).
    case unavailable(message: String)

    public var description: String {
        switch self {
        case let .timeout(url, _), let .unreachable(url, _): return "\(url): \(reason)"
        case .unavailable: return reason
        }
    }

    /// What went wrong, without the URL (for a caller whose own message names it).
    public var reason: String {
        switch self {
        case let .timeout(_, ms): return "no answer within \(ms) ms"
        case let .unreachable(_, message), let .unavailable(message): return message
        }
    }
}

/// Sends one request and blocks until its response: the I/O edge of kbkit's HTTP clients.
public protocol HTTPExchangeTransport: Sendable {
    func send(_ request: HTTPExchangeRequest) throws(HTTPExchangeError) -> HTTPExchangeResponse
}
