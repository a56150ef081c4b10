import Foundation
import HTTPClient
import Workspace

/// One chat-completions exchange with the endpoint of `engine.openai`: the request (URL as users
/// write it, the key from `api_key_env`, the JSON body), the retries, and the answer read back. The
/// generator and the evaluation's naturalness judge both ask through it, so a server that works
/// for one works for the other. A value: concurrent evaluation jobs each send their own requests.
public struct ChatCompletionsClient: Sendable {
    public let settings: WorkspaceSettings.OpenAISettings
    let transport: any HTTPExchangeTransport
    let environment: [String: String]

    /// - Parameters:
    ///   - transport: how requests go out (default: the blocking libcurl transport, which waits in
    ///     poll() and so costs no CPU while the model works).
    ///   - environment: where `api_key_env` is read (default: the process environment).
    public init(settings: WorkspaceSettings.OpenAISettings, transport: any HTTPExchangeTransport = BlockingHTTPTransport(),
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.settings = settings
        self.transport = transport
        self.environment = environment
    }

    /// The HTTP request for `messages`.
    public func request(_ messages: [[String: String]]) throws -> HTTPExchangeRequest {
        let url = ChatCompletionsEndpoint.url(base: settings.endpoint)
        var headers: [(name: String, value: String)] = [("Content-Type", "application/json"), ("Accept", "application/json")]
        if let env = settings.apiKeyEnv, let key = environment[env], !key.isEmpty { headers.append(("Authorization", "Bearer \(key)")) }
        return HTTPExchangeRequest(method: "POST", url: url, headers: headers,
                                   body: try ChatCompletionsBody.request(settings: settings, messages: messages),
                                   timeoutMs: settings.timeoutMs)
    }

    /// Sends `request`, again after a timeout, a 5xx or a 429 (up to `retries` more times), and
    /// returns the answer or the last error.
    public func complete(_ request: HTTPExchangeRequest) throws(ChatCompletionsError) -> GeneratedAnswer {
        var lastError = ChatCompletionsError.transport(url: request.url, message: "no attempt")
        for _ in 0...max(0, settings.retries) {
            do { return try send(request) } catch {
                lastError = error
                // A client error (bad model name, bad key) will not change on a retry.
                if case let .http(_, status, _) = error, (400..<500).contains(status), status != 429 { break }
            }
        }
        throw lastError
    }

    private func send(_ request: HTTPExchangeRequest) throws(ChatCompletionsError) -> GeneratedAnswer {
        let response: HTTPExchangeResponse
        do { response = try transport.send(request) } catch { throw .transport(url: request.url, message: error.reason) }
        guard (200..<300).contains(response.status) else {
            throw .http(url: request.url, status: response.status, body: String(decoding: response.body, as: UTF8.self))
        }
        guard let answer = ChatCompletionsBody.answer(from: response.body) else {
            throw .invalidResponse(url: request.url, message: "no choices[0].message.content in the response")
        }
        return answer
    }
}

/// Why a chat-completions exchange gave no answer.
public enum ChatCompletionsError: Error, CustomStringConvertible, Sendable, Equatable {
    case http(url: String, status: Int, body: String)
    case transport(url: String, message: String)
    case invalidResponse(url: String, message: String)
    public var description: String {
        switch self {
        case let .http(url, status, body): return "\(url): HTTP \(status) \(body.prefix(200))"
        case let .transport(url, message): return "\(url): \(message)"
        case let .invalidResponse(url, message): return "\(url): \(message)"
        }
    }
}
