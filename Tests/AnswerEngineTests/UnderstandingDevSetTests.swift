import AnswerEngine
import Foundation
import Testing

/// The sample workspace's evalsets as a development set: the figures must not fall much below
/// what the understanding steps reached when they were written (intent 87.7 %, escalation-relevant
/// emotion precision and recall 1.0, no calm case flagged; `make bench` prints them). Set
/// KBKIT_SHOW_MISSES=1 to print every miss.
@Suite struct UnderstandingDevSetTests {
    @Test func intentAccuracyAndEscalationOnTheEvalsets() {
        let card = UnderstandingScorecard.measure(UnderstandingFixture.content.evalsets,
                                                  classifier: UnderstandingFixture.classifier, detector: UnderstandingFixture.detector)
        if ProcessInfo.processInfo.environment["KBKIT_SHOW_MISSES"] != nil {
            for line in card.misses { print(line) }
            for (lang, t) in card.intentByLanguage.sorted(by: { $0.key < $1.key }) {
                print("\(lang)\t\(t.correct)/\(t.total)\t\(String(format: "%.3f", t.accuracy))")
            }
            print("overall \(card.intent.correct)/\(card.intent.total) \(String(format: "%.3f", card.intent.accuracy))")
            print("escalation tp=\(card.truePositives) fp=\(card.falsePositives) fn=\(card.falseNegatives) tn=\(card.trueNegatives) P=\(String(format: "%.3f", card.escalationPrecision)) R=\(String(format: "%.3f", card.escalationRecall))")
            print("calm flagged \(card.calmFlagged.correct)/\(card.calmFlagged.total)")
        }
        #expect(card.intent.total > 600)
        #expect(card.intent.accuracy >= 0.85)
        for (language, tally) in card.intentByLanguage where tally.total >= 20 {
            #expect(tally.accuracy >= 0.75, "\(language): \(tally.correct)/\(tally.total)")
        }
        #expect(card.truePositives + card.falseNegatives >= 70)
        #expect(card.escalationPrecision >= 0.95)
        #expect(card.escalationRecall >= 0.95)
        #expect(Double(card.calmFlagged.correct) <= 0.01 * Double(card.calmFlagged.total))
    }
}
