import Testing
import Support
@testable import AnswerEngine

/// A telegram's "STOP" is read as the full stop it stands for; a "STOP" of emphasis stays a word.
struct MarkWordsTests {
    @Test func aTelegramsStopsAreFullStops() {
        let message = "Hello shop STOP Buying the PackScale for a trip STOP How heavy can the bag be STOP Thanks STOP"
        let (text, marks) = MarkWords.shared.withMarks(message)
        #expect(text == "Hello shop. Buying the PackScale for a trip. How heavy can the bag be. Thanks.")
        #expect(marks == 4)
    }

    @Test(arguments: [
        "Please STOP sending me e-mails. I asked you twice STOP doing it.",   // before lower-case words: emphasis
        "I want this to STOP. Where is my parcel?",                            // once: emphasis
        "stop it stop it Now",                                                  // not in capitals
        "STOPPER STOPPER Fine",                                                 // another word
        "STOP STOP",                                                            // a shout: no sentence before them
        "STOP spamming me. STOP Now",                                           // the first opens the message
    ])
    func aStopOfEmphasisStaysAWord(message: String) {
        #expect(MarkWords.shared.withMarks(message) == (message, 0))
    }

    @Test func theFileParsesAndAMalformedLineIsNamed() throws {
        #expect(throws: ResourceTable.Malformed.self) { try MarkWords(tsv: "STOP\t.\nEND\n") }
        #expect(try MarkWords(tsv: "STOP\t.\n").withMarks("A STOP B STOP").text == "A. B.")
    }

    /// Read with its marks, the telegram asks two things: the lantern's brightness ("Question one:"
    /// numbers the first) and the express cost.
    @Test func aTelegramsTwoQuestionsAreAnswered() throws {
        let a = try EngineTests().ask("US", "Good day STOP Thinking of the Trailglow 400 for the cabin STOP Question one: how bright is it in lumens "
                                      + "STOP Question two: what does express shipping cost STOP Regards STOP Ed")
        #expect(a.answer.contains("400 lumens") && a.answer.contains("$14.99"), "\(a.answer)")
        #expect(a.emotion.label == "calm")
    }
}
