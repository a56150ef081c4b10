import AnswerEngine
import Foundation
import Workspace

/// Understanding a customer message (issue 5, item 1): intent accuracy per language on the
/// sample workspace's evalsets (a development set: the classifier is trained on kb/intents only),
/// escalation-relevant emotion against `expect.escalate`, training time, and the cost of
/// classify + emotion per message.
enum UnderstandingBenchmark {
    static func run(workspace: URL) throws -> String {
        let content = try WorkspaceContent.load(try Workspace.open(workspace))
        var trainSeconds: [Double] = []
        var classifier: IntentClassifier?
        for _ in 0..<3 {
            let (c, s) = Measure.time { IntentClassifier(catalog: content.intents, orders: content.settings.orders, glossary: content.glossary) }
            classifier = c
            trainSeconds.append(s)
        }
        let detector = EmotionDetector()
        let card = UnderstandingScorecard.measure(content.evalsets, classifier: classifier!, detector: detector)
        if ProcessInfo.processInfo.environment["KBKIT_SHOW_MISSES"] != nil { for line in card.misses where line.hasPrefix("intent") { print(line) } }

        var out = "Understanding (intent, emotion) on \(content.evalsets.count) evalsets, \(card.intent.total) cases with an expected intent\n"
        out += "  training: \(String(format: "%.0f", Measure.median(trainSeconds) * 1000)) ms (median of 3; \(content.intents.examples.values.map { $0.values.map(\.count).reduce(0, +) }.reduce(0, +)) examples, \(content.intents.examples.count) languages)\n"
        out += "  intent accuracy by language (KB languages first; the others rely on the cross-language fallback;\n"
        out += "  multi-turn cases classify the last turn with the earlier ones as context):\n"
        let kb = Set(content.intents.examples.keys)
        let rows = card.intentByLanguage.sorted { (kb.contains($0.key) ? 0 : 1, $0.key) < (kb.contains($1.key) ? 0 : 1, $1.key) }
        for (lang, t) in rows {
            out += "    \(Measure.pad(lang, 4)) \(Measure.pad("\(t.correct)/\(t.total)", 8)) \(String(format: "%5.1f%%", t.accuracy * 100))\(kb.contains(lang) ? "" : "  (no kb/intents file: built-in fallback phrases)")\n"
        }
        let kbTally = card.intentByLanguage.filter { kb.contains($0.key) }.values
        let kbCorrect = kbTally.map(\.correct).reduce(0, +), kbTotal = kbTally.map(\.total).reduce(0, +)
        out += "    overall \(card.intent.correct)/\(card.intent.total) = \(String(format: "%.1f%%", card.intent.accuracy * 100)); KB languages \(kbCorrect)/\(kbTotal) = \(String(format: "%.1f%%", Double(kbCorrect) / Double(max(kbTotal, 1)) * 100))\n"
        // The glossary's concepts as features (IntentConcepts): intent accuracy at a few weights.
        var concepts: [String] = []
        for weight: Float in [0.1, 0.25, 0.5] {
            var tuning = IntentClassifier.Tuning()
            tuning.features.concepts = weight
            let c = IntentClassifier(catalog: content.intents, orders: content.settings.orders, glossary: content.glossary, tuning: tuning)
            let t = UnderstandingScorecard.measure(content.evalsets, classifier: c, detector: detector).intent
            concepts.append("\(weight): \(t.correct)/\(t.total)")
        }
        out += "    with the glossary's concepts as features (off by default) at weight \(concepts.joined(separator: ", "))\n"
        out += "  escalation-relevant emotion (angry, distressed, threat or asks for a human) on \(card.truePositives + card.falsePositives + card.falseNegatives + card.trueNegatives) emotion-tagged cases:\n"
        out += "    precision \(String(format: "%.3f", card.escalationPrecision)), recall \(String(format: "%.3f", card.escalationRecall)) (tp \(card.truePositives), fp \(card.falsePositives), fn \(card.falseNegatives), tn \(card.trueNegatives))\n"
        out += "    calm cases flagged: \(card.calmFlagged.correct) of \(card.calmFlagged.total) cases that expect no handoff\n"

        // Speed: every case's last turn, classified and read, several rounds; median per message.
        let messages = content.evalsets.flatMap(\.cases).map { ($0.turns.last!, $0.expect.language ?? "en", Array($0.turns.dropLast())) }
        var perMessage: [Double] = []
        for _ in 0..<5 {
            let (_, s) = Measure.time {
                for (text, lang, earlier) in messages {
                    _ = classifier!.classify(text, language: lang)
                    _ = detector.read(text, language: lang, earlierTurns: earlier)
                }
            }
            perMessage.append(s / Double(messages.count) * 1e6)
        }
        var entitySeconds: [Double] = []
        for _ in 0..<3 {
            let extractor = EntityExtractor(orders: content.settings.orders)
            let (_, s) = Measure.time { for (text, _, _) in messages { _ = extractor.extract(text) } }
            entitySeconds.append(s / Double(messages.count) * 1e6)
        }
        out += "  speed: classify + emotion \(String(format: "%.0f", Measure.median(perMessage))) µs/message, entities \(String(format: "%.0f", Measure.median(entitySeconds))) µs/message (median of rounds over \(messages.count) messages)\n"
        return out
    }
}
