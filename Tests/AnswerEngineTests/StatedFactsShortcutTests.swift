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
        #expect(StatedFacts.figures(in: "返品は四日以内") == ["四"])
    }

    /// "一律" (uniformly) holds a Han numeral but states no figure: the price said before it is
    /// the sentence's only figure, so the sentence repeats it.
    @Test func aHanNumeralInsideAWordIsNoFigure() {
        let told = ["お急ぎ便（エクスプレス）は、お届けまで3～5営業日、料金は¥1,200、配送はヤマト運輸です。", "お急ぎ便は一律¥1,200です。"]
        #expect(StatedFacts.figures(in: told[1]) == ["¥1200"])
        #expect(StatedFacts.repeats(in: told) == [1])
    }

    /// A range told in words or with a spaced dash is the range written with a dash: the sentence
    /// saying it again repeats it ("comptez 3 à 6 jours ouvrés" after "3–6 jours ouvrés").
    @Test(arguments: [
        ("la livraison prend 3–6 jours ouvrés", "comptez 3 à 6 jours ouvrés"),
        ("delivery takes 1–2 business days", "it arrives in 1 to 2 business days"),
        ("Lieferzeit 5–7 Werktage", "Sie erhalten es in 5 bis 7 Werktage"),
        ("Giao trong 7–14 ngày làm việc", "Giao trong 7 – 14 ngày làm việc"),
    ])
    func aRangeInWordsIsTheRangeWithADash(first: String, again: String) {
        #expect(StatedFacts.figures(in: again) == StatedFacts.figures(in: first))
        #expect(StatedFacts.repeats(in: [first, again]) == [1])
    }

    /// A word between two figures that joins no range keeps them two figures.
    @Test func figuresJoinedByOtherWordsStayTwo() {
        #expect(StatedFacts.figures(in: "2 lamps and 3 scales") == ["2lamps", "3scales"])
        #expect(StatedFacts.figures(in: "from 39 to go") == ["39to"])
    }
}
