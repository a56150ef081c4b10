import Workspace

/// Everything the engine has decided before writing: what to say (sentences from the KB, the ERP
/// results), in which language and voice, and whether to hand off. A generator only writes it.
public struct CompositionInput: Sendable {
    public var market: Market
    public var customerMessage: String
    public var customerLanguage: String
    public var answerLanguage: String
    public var intent: String
    /// What the intent means to the engine (a greeting is answered with a greeting).
    public var role: IntentRole?
    public var upset: Bool
    /// The ERP's findings, already written as sentences (dates and amounts in the market's format).
    public var orderSentences: [String]
    /// The sentences of the retrieved chunks that answer the question.
    public var knowledgeSentences: [String]
    /// The lines among `knowledgeSentences` the answer says of a product's manual (that the KB has
    /// none, that it does not cover the question, the language it is quoted in): told as written,
    /// never read as a fact another sentence repeats (`SayOnce.pieces`).
    public var productNotes: [String] = []
    /// The retrieved chunks themselves (for a generator that writes its own sentences).
    public var chunks: [String]
    public var askForOrderNumber: Bool
    public var nothingFound: Bool
    public var handoff: Bool
    public var agentsAvailable: Bool
    public var agentHours: String
    /// The engine's phrases in the answer language as this market says them, the voice included.
    public var phrases: Phrases
    /// The store's example order number (`orders.number.example` in kbkit.yaml), shown when asking for one.
    public var orderNumberExample: String? = nil
    /// The order's status as the answer language says it (`Phrases.status`), when the ERP found one:
    /// a generated answer must state it (`AnswerGuardrails`).
    public var orderStatus: String? = nil
}

/// Writes the answer. `EmbeddedGenerator` is deterministic and offline; `OpenAICompatibleGenerator`
/// asks a model behind an OpenAI-compatible endpoint and falls back to the embedded one on failure.
public protocol AnswerGenerator: Sendable {
    var name: String { get }
    func write(_ input: CompositionInput) throws -> String
    /// The answer and its token counts (default: `write`, no counts).
    func generate(_ input: CompositionInput) throws -> GeneratedAnswer
}

/// What a generator wrote, with what it cost: the evaluation reports tokens per case.
public struct GeneratedAnswer: Sendable, Equatable {
    public var text: String
    /// Tokens of the prompt and of the answer, as the server counted them (nil when it did not say).
    public var promptTokens: Int?
    public var completionTokens: Int?

    public init(text: String, promptTokens: Int? = nil, completionTokens: Int? = nil) {
        self.text = text
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
    }
}

extension AnswerGenerator {
    /// The answer with its token counts; a generator that counts nothing only writes.
    public func generate(_ input: CompositionInput) throws -> GeneratedAnswer { GeneratedAnswer(text: try write(input)) }

    /// Whether the answer comes from outside the engine and must pass the guardrails.
    public var isExternal: Bool { !(self is EmbeddedGenerator) }
}
