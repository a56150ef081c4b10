/// The intent of one message, as the classifier sees it.
public struct IntentPrediction: Sendable, Equatable, Codable {
    /// An intent id of the taxonomy; `other` when the model is not confident enough.
    public var intent: String
    /// The model's probability for `intent` (for `other` by threshold: for the model's best guess), 0…1.
    public var confidence: Double
    /// The model's three most likely intents, best first, with their probabilities — also when
    /// `intent` fell back to `other`, so a trace shows what the model considered.
    public var alternatives: [IntentScore]

    public init(intent: String, confidence: Double, alternatives: [IntentScore]) {
        self.intent = intent
        self.confidence = confidence
        self.alternatives = alternatives
    }
}

public struct IntentScore: Sendable, Equatable, Codable {
    public var intent: String
    public var score: Double

    public init(intent: String, score: Double) {
        self.intent = intent
        self.score = score
    }
}
