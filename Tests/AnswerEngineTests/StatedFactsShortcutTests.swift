import Testing
@testable import AnswerEngine

/// `StatedFacts.figures` answers a sentence without a numeric scalar at once: that shortcut must
/// never pass over a Character the full reading takes for a number, in any script.
@Suite struct StatedFactsShortcutTests {
    @Test func everyNumberCharacterIsSeen() {
        var missed: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let c = Character(scalar)
            if c.isNumber || c.isNumberQuick, !StatedFacts.mayStateFigures(String(c)) { missed.append(value) }
        }
        #expect(missed.isEmpty, "\(missed.prefix(10).map { String($0, radix: 16) })")
        // A number with a mark on it is still a number (its first scalar's type).
        #expect(StatedFacts.mayStateFigures("3\u{20E3} Tage"))
    }

    @Test(arguments: ["Returns are free.", "返品は無料です。", "Rückgabe kostenlos", "", "\r\n"])
    func aSentenceWithoutNumbersStatesNoFigures(_ sentence: String) {
        #expect(!StatedFacts.mayStateFigures(sentence))
        #expect(StatedFacts.figures(in: sentence).isEmpty)
    }

    @Test func numbersInOtherScriptsStillCount() {
        #expect(StatedFacts.mayStateFigures("返品は四日以内"))
        #expect(StatedFacts.mayStateFigures("خلال ٣ أيام"))
        #expect(StatedFacts.figures(in: "خلال ٣ أيام") == ["٣أيام"])
        #expect(StatedFacts.figures(in: "Rückgabe innerhalb von 30 Tagen") == ["30tagen"])
    }
}
