import Linguistics
import Workspace

/// How well the understanding steps do on graded evaluation cases, used as a development set by
/// the benchmark and the tests: intent accuracy per language, and whether the emotion reading
/// flags the cases that must be handed off for an emotional reason.
public struct UnderstandingScorecard: Sendable {
    public struct Tally: Sendable, Equatable {
        public var correct = 0
        public var total = 0
        public var accuracy: Double { total == 0 ? 0 : Double(correct) / Double(total) }
    }

    /// Cases with `expect.intent`, by the customer's language (`expect.language`, else identified).
    public var intentByLanguage: [String: Tally] = [:]
    public var intent = Tally()
    /// Escalation-relevant emotion: "angry, distressed, a threat or a request for a human" against
    /// `expect.escalate`, on the cases whose tags show emotion or its absence (`emotionTags`).
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0
    public var trueNegatives = 0
    /// The same flag on every other case that expects no handoff: how often a calm message is
    /// mistaken for an upset one.
    public var calmFlagged = Tally()
    /// One line per miss, for reading what went wrong.
    public var misses: [String] = []

    public var escalationPrecision: Double {
        truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives)
    }
    public var escalationRecall: Double {
        truePositives + falseNegatives == 0 ? 0 : Double(truePositives) / Double(truePositives + falseNegatives)
    }

    /// Tags that say a case is about the customer's emotion (or deliberately about its absence).
    public static let emotionTags: Set<String> = [
        "angry", "distressed", "threat", "chargeback", "lawyer", "consumer-authority", "review", "human",
        "calm", "confused", "mildly-annoyed",
    ]

    public static func measure(_ evalsets: [Evalset], classifier: IntentClassifier, detector: EmotionDetector) -> UnderstandingScorecard {
        var card = UnderstandingScorecard()
        let identifier = LanguageIdentifier()
        for set in evalsets {
            for c in set.cases {
                guard let last = c.turns.last else { continue }
                let earlier = Array(c.turns.dropLast())
                let language = c.expect.language ?? identifier.identify(last).language
                if let expected = c.expect.intent {
                    let got = classifier.classify(last, language: language, earlierTurns: earlier)
                    let ok = got.intent == expected
                    card.intent.total += 1
                    card.intentByLanguage[language, default: Tally()].total += 1
                    if ok {
                        card.intent.correct += 1
                        card.intentByLanguage[language]!.correct += 1
                    } else {
                        card.misses.append("intent \(c.id) [\(language)] expected \(expected), got \(got.intent) (\(String(format: "%.2f", got.confidence))): \(last)")
                    }
                }
                let reading = detector.read(last, language: language, earlierTurns: earlier)
                let flagged = reading.label == .angry || reading.label == .distressed || !reading.threats.isEmpty
                    || reading.asksForHuman
                let expected = c.expect.escalate ?? false
                if !emotionTags.isDisjoint(with: c.tags) {
                    switch (flagged, expected) {
                    case (true, true): card.truePositives += 1
                    case (true, false): card.falsePositives += 1
                    case (false, true): card.falseNegatives += 1
                    case (false, false): card.trueNegatives += 1
                    }
                    if flagged != expected {
                        card.misses.append("emotion \(c.id) [\(language)] expected escalate=\(expected), read \(reading.label.rawValue) \(String(format: "%.2f", reading.score)) \(reading.cues) threats=\(reading.threats.map(\.kind.rawValue)): \(last)")
                    }
                } else if !expected {
                    card.calmFlagged.total += 1
                    if flagged {
                        card.calmFlagged.correct += 1
                        card.misses.append("calm-flagged \(c.id) [\(language)] read \(reading.label.rawValue) \(String(format: "%.2f", reading.score)) \(reading.cues): \(last)")
                    }
                }
            }
        }
        return card
    }
}
