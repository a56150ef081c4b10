import Foundation
import Workspace

/// Classifies a customer message into the intent taxonomy of `kb/intents/`.
///
/// One multilingual model (`SoftmaxRegression` over `IntentFeaturizer`'s features) is trained
/// on the example messages of every language together. Sharing one feature space is what gives
/// the cross-language fallback for languages the KB lacks: character grams and shared tokens
/// carry Portuguese to the Spanish examples, English loanwords and brand names ("tracking",
/// "refund", "PayPal", "COD") carry mixed-language messages, and an order number is a cue in every
/// language. `BuiltInExampleSets` add a few generic phrases per intent in the languages customers
/// write that the KB has no examples for: the set an intent's `examples_from` names (by default its
/// role) trains that intent.
///
/// Training takes well under a second (train once per process and share the value); classifying takes
/// microseconds. Deterministic: the same catalog gives the same model and the same answers.
public struct IntentClassifier: Sendable {
    /// Below this probability the answer is the out-of-scope intent.
    public static let defaultThreshold = 0.2

    public var threshold: Double
    /// The intents the model can answer, in taxonomy order.
    public let intents: [String]
    /// The languages that had example messages.
    public let trainedLanguages: Set<String>

    private let model: SoftmaxRegression
    private let featurizer: IntentFeaturizer
    /// Temperature scaling of the model's scores (`Tuning.temperature`); changing it needs no
    /// retraining, so a benchmark can fit it on validation data.
    public var temperature: Float

    /// The intent for what the model does not know (the taxonomy's `out_of_scope` role).
    public let outOfScope: String
    /// The intent an order number alone asks about (the `order_status` role), if any.
    let orderStatus: String?
    private let entities: EntityExtractor

    /// - Parameters:
    ///   - glossary: the workspace's concepts, read as features (`IntentConcepts`).
    ///   - builtInExamples: whether `BuiltInExampleSets` cover languages the catalog lacks (off
    ///     for benchmarks on public data, where the catalog is all there is).
    public init(catalog: IntentCatalog, orders: OrderFormats = OrderFormats(), glossary: Glossary = .empty,
                threshold: Double = IntentClassifier.defaultThreshold, tuning: Tuning = Tuning(), builtInExamples: Bool = true) {
        var featurizer = IntentFeaturizer()
        featurizer.orderNumbers = OrderNumberScanner(format: orders.number)
        featurizer.weights = tuning.features
        featurizer.concepts = glossary.concepts.isEmpty || tuning.features.concepts == 0 ? .empty : IntentConcepts(glossary: glossary)
        self.init(catalog: catalog, threshold: threshold, featurizer: featurizer, options: tuning.regression,
                  temperature: tuning.temperature, fallback: builtInExamples ? BuiltInExampleSets.byLanguage : [:],
                  entities: EntityExtractor(orders: orders))
    }

    init(catalog: IntentCatalog, threshold: Double, featurizer: IntentFeaturizer, options: SoftmaxRegression.Options, temperature: Float = 1,
         fallback: [String: [String: [String]]] = BuiltInExampleSets.byLanguage, entities: EntityExtractor = EntityExtractor(orders: OrderFormats())) {
        var intents = catalog.ids
        // A catalog loaded from a workspace always has one (the role is required); one built in code may not.
        outOfScope = catalog.id(of: .outOfScope) ?? "out_of_scope"
        orderStatus = catalog.id(of: .orderStatus)
        self.entities = entities
        if !intents.contains(outOfScope) { intents.append(outOfScope) }
        let index = Dictionary(uniqueKeysWithValues: intents.enumerated().map { ($1, $0) })
        var examples: [(FeatureVector, Int)] = []
        var sources = catalog.examples
        for (lang, sets) in fallback where sources[lang] == nil {
            var byIntent: [String: [String]] = [:]
            for intent in intents {
                // An out-of-scope intent added here (a catalog built in code) reads its role's set.
                let set = catalog.intent(intent)?.exampleSet ?? (intent == outOfScope ? IntentRole.outOfScope.rawValue : nil)
                if let set, let messages = sets[set] { byIntent[intent] = messages }
            }
            sources[lang] = byIntent
        }
        for lang in sources.keys.sorted() {
            for (intent, messages) in sources[lang]!.sorted(by: { $0.key < $1.key }) {
                guard let label = index[intent] else { continue }
                for m in messages { examples.append((Self.trainingFeatures(m, language: lang, featurizer), label)) }
            }
        }
        self.threshold = threshold
        self.intents = intents
        self.trainedLanguages = Set(catalog.examples.keys)
        self.featurizer = featurizer
        self.model = SoftmaxRegression(examples: examples, classCount: intents.count, options: options)
        self.temperature = temperature
    }

    /// An example message's features; `{order_number}` (`BuiltInExampleSets.orderNumber`) reads as an
    /// order number in the store's format would: blanked out, and the order cue set.
    static func trainingFeatures(_ message: String, language: String, _ featurizer: IntentFeaturizer) -> FeatureVector {
        guard message.contains(BuiltInExampleSets.orderNumber) else { return featurizer.features(message, language: language) }
        let text = message.replacingOccurrences(of: BuiltInExampleSets.orderNumber, with: " ")
        let (masked, _) = IntentFeaturizer.maskOrderNumbers(text, scanner: featurizer.orderNumbers)
        return featurizer.features(masked: masked, hasOrder: true, language: language)
    }

    /// `language`: the customer's language as identified (a BCP 47 tag; "und" is fine).
    public func classify(_ text: String, language: String) -> IntentPrediction {
        classify(text, language: language, earlierTurns: [])
    }

    /// Classifies the last turn of a conversation. Follow-ups lean on what came before ("Und wann
    /// kommt sie an?" after "Wo ist SO-004211?"): when the last turn alone is not clear (below
    /// `clearTurn`), the previous turn's features join it at `contextWeight`, and an order number
    /// given earlier counts as given now — the engine remembers it. A clear last turn ("Danke. Kann
    /// ich mit jemandem sprechen?") decides alone.
    public func classify(_ text: String, language: String, earlierTurns: [String]) -> IntentPrediction {
        let (masked, orders) = IntentFeaturizer.maskOrderNumbers(text, scanner: featurizer.orderNumbers)
        if let ruled = ruleBased(text, masked: masked, orders: orders) { return ruled }
        var vector = featurizer.features(masked: masked, hasOrder: !orders.isEmpty, language: language)
        var p = model.probabilities(vector, temperature: temperature)
        if let previous = earlierTurns.last, (p.max() ?? 0) < Self.clearTurn {
            let context = featurizer.features(previous, language: language)
            vector.ids += context.ids
            vector.values += context.values.map { $0 * Self.contextWeight }
            if orders.isEmpty, earlierTurns.contains(where: { !featurizer.orderNumbers.scan($0).isEmpty }) {
                vector.ids.append(IntentFeaturizer.orderCue)
                vector.values.append(featurizer.weights.cues)
            }
            p = model.probabilities(vector, temperature: temperature)
        }
        let ranked = p.indices.sorted { p[$0] != p[$1] ? p[$0] > p[$1] : $0 < $1 }
        let alternatives = ranked.prefix(3).map { IntentScore(intent: intents[$0], score: p[$0]) }
        let best = alternatives[0]
        return IntentPrediction(intent: best.score >= threshold ? best.intent : outOfScope,
                                confidence: best.score, alternatives: alternatives)
    }

    /// A last turn this sure of itself is not blended with the conversation before it. (0.8 before
    /// the sharper temperature of 0.7: "and when does it arrive?" alone is 0.84 sure of delivery times.)
    static let clearTurn = 0.9

    /// How much the previous turn counts next to the last one.
    static let contextWeight: Float = 0.3

    /// Messages the model has nothing to read in: empty ones, and an order number on its own
    /// ("SO-004211", "#004211?") — a customer who sends only that wants to know where it is.
    private func ruleBased(_ text: String, masked: String, orders: [String]) -> IntentPrediction? {
        guard !masked.unicodeScalars.contains(where: IntentFeaturizer.isLetter) else { return nil }
        if let orderStatus, !orders.isEmpty {
            return IntentPrediction(intent: orderStatus, confidence: 0.9, alternatives: [IntentScore(intent: orderStatus, score: 0.9)])
        }
        if let orderStatus, !entities.extract(text).trackingNumbers.isEmpty {
            return IntentPrediction(intent: orderStatus, confidence: 0.8, alternatives: [IntentScore(intent: orderStatus, score: 0.8)])
        }
        return IntentPrediction(intent: outOfScope, confidence: 0, alternatives: [])
    }
}

extension IntentClassifier {
    /// The classifier's hyper-parameters. The defaults were chosen on validation data only
    /// (`kbkit-bench --only intent-dev` prints the choice and the held-out test figures).
    public struct Tuning: Sendable, Equatable {
        public var features = IntentFeatureWeights()
        /// Passes of stochastic gradient descent over the examples.
        public var epochs = 12
        public var learningRate: Float = 1
        /// L2 weight decay per step. 1e-3 rather than 1e-5: better on validation (Banking77 88.4 →
        /// 89.9 %, CLINC150 in-scope 91.3 → 91.9 %) and far less dependent on the examples' shuffled
        /// order, which decided a few cases of every evalset at 1e-5 (docs/BENCHMARKS.md).
        public var l2: Float = 1e-3
        /// Scores are divided by this before the softmax: above 1 makes the probabilities less
        /// sure of themselves without changing which intent wins (temperature scaling). 0.7, fitted
        /// on CLINC150's validation split, gives back the sureness the stronger L2 takes away, so the
        /// engine's thresholds keep their meaning.
        public var temperature: Float = 0.7

        public init() {}

        var regression: SoftmaxRegression.Options {
            var o = SoftmaxRegression.Options()
            o.epochs = epochs
            o.learningRate = learningRate
            o.l2 = l2
            return o
        }
    }
}
