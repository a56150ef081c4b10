import Testing
@testable import AnswerEngine

/// A footnote's marks are left out of what the steps read; a unit's exponent is not a mark.
struct FootnoteMarksTests {
    @Test func marksAfterWordsAndBeforeNotesAreLeftOut() {
        let message = "Mijn Trailglow 400³ reageert niet meer². Hoe reset ik hem?\n³ Vorig jaar gekocht.\n¹² Sorry."
        let (text, marks) = FootnoteMarks.withoutMarks(message)
        #expect(text == "Mijn Trailglow 400 reageert niet meer. Hoe reset ik hem?\n Vorig jaar gekocht.\n Sorry.")
        #expect(marks == 4)
    }

    @Test func aUnitsExponentStays() {
        #expect(FootnoteMarks.withoutMarks("a tent of 20 m² and a 500 cm³ bottle") == ("a tent of 20 m² and a 500 cm³ bottle", 0))
        #expect(FootnoteMarks.withoutMarks("no marks here") == ("no marks here", 0))
    }

    /// The model number a mark follows is the product's again: the question after the statement
    /// about it asks what its manual answers.
    @Test func aProductNamedBeforeAMarkIsNamed() throws {
        let a = try EngineTests().ask("NL", "Twee vragen¹. Mijn Trailglow 400² doet niets meer als ik op de knop druk. Hoe reset ik hem? "
                                      + "En hoeveel kost express?\n¹ Sorry.\n² Vorig jaar gekocht.")
        #expect(a.answer.contains("10 seconds") && a.answer.contains("€5,90"), "\(a.answer)")
    }
}
