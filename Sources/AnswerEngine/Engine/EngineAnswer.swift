import Foundation
import Workspace

/// One answer of the engine, with everything `kbkit ask --json` shows (DESIGN.md: language, intent,
/// emotion, sources, actions, answer, escalation) and the trace of every step.
public struct EngineAnswer: Sendable, Codable, Equatable {
    public var language: String
    /// The language the answer is written in (the customer's where the KB has it, else the market's).
    public var answerLanguage: String
    public var market: String
    public var intent: String
    public var intentConfidence: Double
    public var emotion: Emotion
    public var entities: EntitySummary
    public var sources: [Source]
    public var actions: [Action]
    public var answer: String
    /// Who wrote the answer and what it cost (the evaluation compares generators with it).
    public var generation: Generation?
    public var escalation: Escalation
    public var trace: [TraceStep]
    /// Languages of KB text the answer quotes as such, after saying so (a manual the KB has only in
    /// English, in a Dutch answer): not a language leaking in. nil: none.
    public var quotedLanguages: [String]?

    public struct Emotion: Sendable, Codable, Equatable {
        public var label: String
        public var score: Double
        public var cues: [String]
        public var threats: [String]
    }

    public struct EntitySummary: Sendable, Codable, Equatable {
        public var orders: [String]
        public var tracking: [String]
        public var emails: [String]
    }

    public struct Source: Sendable, Codable, Equatable {
        public var doc: String
        public var chunk: String
        public var lang: String
        public var score: Double
    }

    public struct Action: Sendable, Codable, Equatable {
        public var name: ERPAction
        public var args: [String: String]
        public var result: Result
        public var detail: String?

        public enum Result: String, Sendable, Codable {
            case ok
            case notFound = "not_found"
            case notCancellable = "not_cancellable"
            case error
        }
    }

    public struct Escalation: Sendable, Codable, Equatable {
        public var handoff: Bool
        /// The reasons, the first is the main one.
        public var reasons: [EscalationReason]
        public var reason: String?
        public var summary: String?
        /// Whether human agents are working now; if not, a ticket (the market's after-hours promise).
        public var agentsAvailable: Bool?
    }

    public struct Generation: Sendable, Codable, Equatable {
        /// The configured generator ("embedded", "openai").
        public var generator: String
        public var outcome: Outcome
        /// The check that refused the generated answer (outcome `guardrail`).
        public var guardrail: GuardrailCheck?
        /// The guardrail's or the failure's explanation.
        public var detail: String?
        public var promptTokens: Int?
        public var completionTokens: Int?
        /// Time spent writing, the request to a server included.
        public var ms: Double

        public enum Outcome: String, Sendable, Codable {
            /// The generator's answer went to the customer.
            case generated
            /// The generator failed (timeout, HTTP error): the embedded answer went instead.
            case failed
            /// A guardrail refused the generated answer: the embedded answer went instead.
            case guardrail
        }

        /// Whether the customer got the embedded answer although another generator was configured.
        public var fellBack: Bool { outcome != .generated }

        enum CodingKeys: String, CodingKey {
            case generator, outcome, guardrail, detail, promptTokens = "prompt_tokens", completionTokens = "completion_tokens", ms
        }
    }

    public struct TraceStep: Sendable, Codable, Equatable {
        public var step: String
        public var detail: String
        public var ms: Double
    }

    enum CodingKeys: String, CodingKey {
        case language, answerLanguage = "answer_language", market, intent, intentConfidence = "intent_confidence", emotion, entities
        case sources, actions, answer, generation, escalation, trace, quotedLanguages = "quoted_languages"
    }
}
