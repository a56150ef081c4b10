import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Workspace

/// A generator behind an OpenAI-compatible `/v1/chat/completions` endpoint (llama.cpp server, vLLM,
/// Ollama, a hosted API). The prompt carries the market's voice and tone rules, the ERP findings and
/// the retrieved chunks, and forbids anything beyond them; a timeout and retries bound it, and the
/// engine falls back to the embedded generator when it fails.
public struct OpenAICompatibleGenerator: AnswerGenerator {
    public let name = "openai"
    let settings: WorkspaceSettings.OpenAISettings
    let fallback: EmbeddedGenerator
    let session: URLSession

    public init(settings: WorkspaceSettings.OpenAISettings, fallback: EmbeddedGenerator) {
        self.settings = settings
        self.fallback = fallback
        let config = URLSessionConfiguration.ephemeral
        config.timeoutIntervalForRequest = Double(settings.timeoutMs) / 1000
        config.timeoutIntervalForResource = Double(settings.timeoutMs) / 1000
        session = URLSession(configuration: config)
    }

    public enum GenerationError: Error, CustomStringConvertible, Sendable {
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

    public func messages(_ input: CompositionInput) -> [[String: String]] {
        let voice = input.phrases
        var system = """
        You are the customer-service assistant of an online store, answering on the \(input.market.name) (\(input.market.id)) site.
        Write in language "\(input.answerLanguage)". Start with "\(voice[.greeting] ?? "")" and end with "\(voice[.closing] ?? "")".
        Use ONLY the facts below (store knowledge and order data). If they do not answer the question, say so and offer a human agent.
        Never invent policies, compensation, dates or amounts. Keep amounts and dates exactly as written.
        Tone rules of this market:
        """
        for rule in input.market.tone.rules where rule.language == nil || rule.language == input.answerLanguage {
            system += "\n- \(rule.message)"
        }
        if input.upset, let empathy = voice[.empathy] { system += "\nThe customer is upset: acknowledge it (e.g. \"\(empathy)\")." }
        if input.handoff, let handoff = voice[.handoff] { system += "\nSay that you hand over to a human colleague: \"\(handoff)\"." }
        var user = "Customer message: \(input.customerMessage)\n"
        if !input.orderSentences.isEmpty { user += "\nOrder data:\n" + input.orderSentences.map { "- \($0)" }.joined(separator: "\n") + "\n" }
        if !input.chunks.isEmpty { user += "\nStore knowledge:\n" + input.chunks.map { "---\n\($0)" }.joined(separator: "\n") + "\n" }
        if input.askForOrderNumber { user += "\nAsk for the order number, as in: \"\(voice.askOrderNumber(example: input.orderNumberExample))\"\n" }
        return [["role": "system", "content": system], ["role": "user", "content": user]]
    }

    public func write(_ input: CompositionInput) throws -> String {
        let base = settings.endpoint.hasSuffix("/") ? String(settings.endpoint.dropLast()) : settings.endpoint
        let urlString = base.hasSuffix("/v1/chat/completions") ? base : base + "/v1/chat/completions"
        guard let url = URL(string: urlString) else { throw GenerationError.transport(url: urlString, message: "not a URL") }
        var request = URLRequest(url: url)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        if let env = settings.apiKeyEnv, let key = ProcessInfo.processInfo.environment[env] {
            request.setValue("Bearer \(key)", forHTTPHeaderField: "Authorization")
        }
        let body: [String: Any] = ["model": settings.model, "temperature": 0, "messages": messages(input)]
        request.httpBody = try JSONSerialization.data(withJSONObject: body, options: [.sortedKeys])
        var lastError: Error = GenerationError.transport(url: urlString, message: "no attempt")
        for _ in 0...max(0, settings.retries) {
            do { return try send(request, url: urlString) } catch { lastError = error }
        }
        throw lastError
    }

    private func send(_ request: URLRequest, url: String) throws -> String {
        let box = ResponseBox()
        let done = DispatchSemaphore(value: 0)
        session.dataTask(with: request) { data, response, error in
            box.data = data
            box.status = (response as? HTTPURLResponse)?.statusCode
            box.error = error
            done.signal()
        }.resume()
        if done.wait(timeout: .now() + .milliseconds(settings.timeoutMs + 500)) == .timedOut {
            throw GenerationError.transport(url: url, message: "timed out after \(settings.timeoutMs) ms")
        }
        if let e = box.error { throw GenerationError.transport(url: url, message: e.localizedDescription) }
        guard let status = box.status, let data = box.data else { throw GenerationError.transport(url: url, message: "no response") }
        guard (200..<300).contains(status) else { throw GenerationError.http(url: url, status: status, body: String(decoding: data, as: UTF8.self)) }
        guard let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let choices = json["choices"] as? [[String: Any]], let message = choices.first?["message"] as? [String: Any],
              let content = message["content"] as? String, !content.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw GenerationError.invalidResponse(url: url, message: "no choices[0].message.content in the response")
        }
        return content.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private final class ResponseBox: @unchecked Sendable {
        var data: Data?
        var status: Int?
        var error: Error?
    }
}
