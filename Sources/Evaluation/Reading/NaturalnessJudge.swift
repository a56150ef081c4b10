import AnswerEngine
import Foundation
import HTTPClient
import Workspace

/// `kbkit eval --judge`: asks the model behind `engine.openai` (whatever generator wrote the answers)
/// how naturally one answer reads, as one integer from 1 to 5. The reading checks (`ReadingCheck`)
/// find known defects deterministically; the judge is an opinion on what they cannot name, so it is
/// reported beside them and never decides pass/fail, the gate or a baseline comparison. A reply that
/// is not one score, or a server that does not answer, leaves the case unjudged with the reason.
/// A value: each evaluation worker sends its own requests and waits in the blocking transport.
public struct NaturalnessJudge: Sendable {
    let client: ChatCompletionsClient
    /// The model as `engine.openai.model` names it (shown in the reports).
    public var model: String { client.settings.model }

    /// A score is a token or two; the cap keeps a chatty model from writing paragraphs (and the run
    /// from waiting for them) whatever `max_tokens` the generator's answers need.
    public static let replyTokens = 16

    public init(settings: WorkspaceSettings.OpenAISettings, transport: any HTTPExchangeTransport = BlockingHTTPTransport(),
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        var s = settings
        s.maxTokens = min(settings.maxTokens, Self.replyTokens)
        client = ChatCompletionsClient(settings: s, transport: transport, environment: environment)
    }

    /// Why an answer has no score.
    public enum Unjudged: Error, Sendable, Equatable, CustomStringConvertible {
        /// The server gave no answer (after the retries of `engine.openai.retries`).
        case request(ChatCompletionsError)
        /// The request could not be built (the messages would not encode as JSON).
        case encoding(String)
        /// The reply names no number from 1 to 5.
        case noScore(reply: String)
        /// The reply names several numbers: which is the score is a guess.
        case ambiguous(reply: String)

        public var description: String {
            switch self {
            case let .request(error): return "no reply: \(error)"
            case let .encoding(message): return "request not sent: \(message)"
            case let .noScore(reply): return "the reply has no score from 1 to 5: \(Self.quoted(reply))"
            case let .ambiguous(reply): return "the reply names several numbers: \(Self.quoted(reply))"
            }
        }

        static func quoted(_ reply: String) -> String {
            let line = reply.split(whereSeparator: \.isNewline).joined(separator: " ")
            return "\u{201C}" + (line.count > 80 ? line.prefix(80) + "…" : line) + "\u{201D}"
        }
    }

    /// The score of `answer`, written in `language` to the customer's `message`, or why there is none.
    public func judge(answer: String, message: String, language: String) -> JudgedNaturalness {
        do {
            return JudgedNaturalness(score: try score(answer: answer, message: message, language: language))
        } catch {
            return JudgedNaturalness(unjudged: error)
        }
    }

    /// The score, or why there is none as a case: what `judge` records as text, for callers that
    /// count the reasons apart (`kbkit-bench --only judge`: replies that were no score vs no reply).
    public func score(answer: String, message: String, language: String) throws(Unjudged) -> Int {
        let request: HTTPExchangeRequest
        do { request = try client.request(messages(answer: answer, message: message, language: language)) } catch {
            throw .encoding("\(error)")
        }
        let reply: GeneratedAnswer
        do { reply = try client.complete(request) } catch { throw .request(error) }
        return try NaturalnessReply.score(reply.text)
    }

    /// The prompt: the scale in the system message, the customer's message and the answer in the user
    /// message. The answer goes as the customer sees it, the market's greeting and closing included.
    public func messages(answer: String, message: String, language: String) -> [[String: String]] {
        let system = """
        You rate how naturally a customer-service answer reads in \(Self.languageName(language)). \
        Reply with ONE integer from 1 to 5 and nothing else.
        5: reads like a native support agent wrote it: fluent, complete sentences that answer the customer.
        4: natural, with a small awkwardness.
        3: understandable, but stiff, repetitive or list-like.
        2: hard to read: fragments, labels and separators, facts said twice, words from another language.
        1: reads like pasted table cells or broken text.
        Rate only how it reads, not whether the facts are right.
        """
        let user = "Customer's message:\n\(message)\n\nAnswer:\n\(answer)\n\nScore (1-5):"
        return [["role": "system", "content": system], ["role": "user", "content": user]]
    }

    /// "German (de)": the English name helps a model more than a code; the code alone when
    /// Foundation does not know the language.
    static func languageName(_ code: String) -> String {
        guard let name = Locale(identifier: "en").localizedString(forLanguageCode: code), name != code else { return "language \"\(code)\"" }
        return "\(name) (\(code))"
    }
}

/// The judge's verdict on one answer (`reads_naturally` of a case in report.json): a score from 1
/// to 5, or the reason there is none.
public struct JudgedNaturalness: Sendable, Codable, Equatable {
    public var score: Int?
    public var reason: String?

    public init(score: Int) { self.score = score }
    public init(unjudged: NaturalnessJudge.Unjudged) { reason = unjudged.description }
}
