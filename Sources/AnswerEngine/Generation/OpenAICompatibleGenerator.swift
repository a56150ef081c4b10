import Foundation
import HTTPClient
import Workspace

/// A generator behind an OpenAI-compatible `/v1/chat/completions` endpoint (llama.cpp server, vLLM,
/// Ollama, a hosted API). The prompt carries the market's voice and tone rules, the ERP findings and
/// the retrieved chunks, and forbids anything beyond them; a timeout and retries bound it, and the
/// engine falls back to the embedded generator when it fails or when its answer fails a guardrail
/// (`AnswerGuardrails`). Requests go out through `ChatCompletionsClient` (the blocking transport,
/// which costs no CPU while the model works); the type is a value, so concurrent evaluation jobs
/// each send their own requests.
public struct OpenAICompatibleGenerator: AnswerGenerator {
    public let name = "openai"
    let client: ChatCompletionsClient

    /// - Parameters:
    ///   - transport: how requests go out (default: the blocking libcurl transport).
    ///   - environment: where `api_key_env` is read (default: the process environment).
    public init(settings: WorkspaceSettings.OpenAISettings, transport: any HTTPExchangeTransport = BlockingHTTPTransport(),
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        client = ChatCompletionsClient(settings: settings, transport: transport, environment: environment)
    }

    public typealias GenerationError = ChatCompletionsError

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

    public func write(_ input: CompositionInput) throws -> String { try generate(input).text }

    public func generate(_ input: CompositionInput) throws -> GeneratedAnswer { try client.complete(try request(input)) }

    /// The HTTP request for one answer: URL from the endpoint as written, the key, the JSON body.
    public func request(_ input: CompositionInput) throws -> HTTPExchangeRequest { try client.request(messages(input)) }
}
