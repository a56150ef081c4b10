/// A candidate language and its probability.
public struct LanguageScore: Sendable, Equatable, Codable {
    public var language: String
    public var score: Double

    public init(language: String, score: Double) {
        self.language = language
        self.score = score
    }
}

/// The answer of `LanguageIdentifier.identify`.
public struct LanguageIdentification: Sendable, Equatable, Codable {
    /// BCP 47 primary tag ("en", "zh", "fil"), or "und" when the best candidate's probability is
    /// below the identifier's threshold (gibberish, emoji, a lone "ok").
    public var language: String
    /// The best candidate's probability, 0...1 (also when `language` is "und").
    public var confidence: Double
    /// Best first; probabilities of the candidates that had any evidence. They sum to at most 1:
    /// the rest is the probability that the text is in no language we can tell.
    public var candidates: [LanguageScore]

    public init(language: String, confidence: Double, candidates: [LanguageScore]) {
        self.language = language
        self.confidence = confidence
        self.candidates = candidates
    }

    public static let undetermined = LanguageIdentification(language: "und", confidence: 0, candidates: [])
}
