/// How the customer feels, as far as the words, punctuation and conversation show it.
public enum EmotionLabel: String, Sendable, Codable, CaseIterable {
    case calm, confused, frustrated, angry, distressed

    /// Frustrated, angry or distressed: the composer leads with empathy (tone rules `when: upset`).
    public var isUpset: Bool { self == .frustrated || self == .angry || self == .distressed }
    /// Angry or distressed: FACTS.md hands these customers to a human.
    public var needsHuman: Bool { self == .angry || self == .distressed }
}

/// A threat FACTS.md names as a reason to hand off.
public struct Threat: Sendable, Equatable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// Chargeback, bank or card dispute, PayPal claim.
        case chargeback
        /// Lawyer, court, legal action, police.
        case legal
        /// Consumer authority or association (Trading Standards, Verbraucherzentrale, DGCCRF, PROFECO, 消費生活センター, สคบ., YLKI, DTI, …).
        case consumerAuthority = "consumer-authority"
        /// Public review or social media (one-star review, Trustpilot, Facebook, Pantip, viral).
        case publicReview = "public-review"
    }

    public var kind: Kind
    /// The words that showed it, as the lexicon lists them.
    public var cue: String

    public init(kind: Kind, cue: String) {
        self.kind = kind
        self.cue = cue
    }
}

/// What `EmotionDetector` reads in a message.
public struct EmotionReading: Sendable, Equatable, Codable {
    public var label: EmotionLabel
    /// How strongly the label applies, 0…1 (for `calm`: how free of any upset signal the message is).
    public var score: Double
    /// Why: "anger: ridiculous", "negated: not happy", "intensifier: very", "exclamations: !!!",
    /// "capitals: WHERE, NOTHING", "repeat: third time", "earlier turns: angry", …
    public var cues: [String]
    public var threats: [Threat]
    /// The customer asks for a person (the same answer as `EmotionDetector.asksForHuman`, read in
    /// the same pass so the pipeline reads a message once).
    public var asksForHuman: Bool
    /// The customer says this is at least their third contact; nil when they do not.
    public var repeatedContact: RepeatedContact?
    /// The words by which the customer says they are still waiting for something under way ("still
    /// no refund"); nil when they do not. The intent step reads it: such a message is about their case.
    public var awaiting: String?

    public init(label: EmotionLabel, score: Double, cues: [String], threats: [Threat], asksForHuman: Bool = false,
                repeatedContact: RepeatedContact? = nil, awaiting: String? = nil) {
        self.label = label
        self.score = score
        self.cues = cues
        self.threats = threats
        self.asksForHuman = asksForHuman
        self.repeatedContact = repeatedContact
        self.awaiting = awaiting
    }
}

/// The customer's own word that they have written or called at least twice before ("third time I
/// write", "already wrote twice"). FACTS.md hands a third contact about the same order off; the ERP
/// and the conversation count only the contacts they saw, the customer knows the rest.
public struct RepeatedContact: Sendable, Equatable, Codable {
    /// The words that showed it, as the lexicon lists them.
    public var cue: String

    public init(cue: String) {
        self.cue = cue
    }
}
