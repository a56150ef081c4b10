internal import CCurl
import Foundation

/// The default transport: libcurl's easy interface, which waits for the response in poll() and so
/// costs no CPU while a slow server (a language model on the same machine) works. It replaced
/// URLSession, which on Linux spins while waiting (see Sources/CCurl/include/kb_http.h for the
/// measurement). Each call uses its own handle, so concurrent calls from several threads (the
/// evaluation's jobs) are independent.
public struct BlockingHTTPTransport: HTTPExchangeTransport {
    public init() {}

    public func send(_ request: HTTPExchangeRequest) throws(HTTPExchangeError) -> HTTPExchangeResponse {
        var result = kb_http_result()
        let lines = request.headers.map { "\($0.name): \($0.value)" }
        let code = Self.withCStrings(lines) { pointers in
            if let body = request.body {
                // An empty body still goes out as one (Content-Length: 0), as a POST without payload needs.
                return body.withUnsafeBytes { raw in
                    kb_http_perform(request.method, request.url, pointers, lines.count, raw.baseAddress ?? UnsafeRawPointer(bitPattern: 1),
                                    raw.count, request.timeoutMs, &result)
                }
            }
            return kb_http_perform(request.method, request.url, pointers, lines.count, nil, 0, request.timeoutMs, &result)
        }
        defer { kb_http_result_free(&result) }
        let message = withUnsafeBytes(of: result.message) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        switch Int(code) {
        case KB_HTTP_OK:
            let body = result.body.map { Data(bytes: $0, count: result.body_length) } ?? Data()
            return HTTPExchangeResponse(status: result.status, body: body)
        case KB_HTTP_TIMEOUT: throw .timeout(url: request.url, milliseconds: request.timeoutMs)
        case KB_HTTP_NO_LIBRARY: throw .unavailable(message: message)
        default: throw .unreachable(url: request.url, message: message)
        }
    }

    /// `strings` as an array of C strings that live for the duration of `body`.
    private static func withCStrings<R>(_ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>?) -> R) -> R {
        let copies = strings.map { strdup($0) }
        defer { copies.forEach { free($0) } }
        let pointers = copies.map { UnsafePointer($0) }
        return pointers.withUnsafeBufferPointer { body($0.baseAddress) }
    }
}
