import Testing
@testable import Linguistics

/// Sources/Linguistics/Resources/stopwords (docs/RESOURCES.md, "Stop words").
@Suite struct StopWordsTests {
    @Test func everyFileParses() throws {
        #expect(StopWords.files.count == 24)
        for file in StopWords.files {
            let words = try StopWords.parse(String(decoding: file.bytes, as: UTF8.self))
            #expect(words.count >= 9, "\(file.language): \(words.count) words")
            #expect(StopWords.words(for: file.language) == words)
        }
        #expect(StopWords.words(for: "en").count == 69)
        #expect(StopWords.words(for: "xx").isEmpty)
    }

    @Test(arguments: [("en", "the"), ("de", "der"), ("fr", "les"), ("pt", "você"), ("ja", "ください"), ("th", "ครับ"), ("ko", "및")])
    func stopWords(_ language: String, _ word: String) {
        #expect(StopWords.words(for: language).contains(word))
    }

    /// Question words and negations carry the question: they stay out of the lists.
    @Test(arguments: [("en", "how"), ("en", "not"), ("de", "wann"), ("de", "nicht"), ("fr", "où"), ("vi", "không"), ("id", "tidak")])
    func kept(_ language: String, _ word: String) {
        #expect(!StopWords.words(for: language).contains(word))
    }

    @Test func theAnalyzerDropsThem() {
        #expect(Analyzer(language: "en").tokens("Where is the parcel of my order").map(\.term).contains { $0 == "the" || $0 == "my" } == false)
        #expect(Analyzer(language: "de").tokens("Wo ist die Bestellung").map(\.term).contains("die") == false)
    }

    @Test func aLineWithTwoWordsFailsWithItsLine() {
        #expect(throws: StopWords.Malformed.self) { try StopWords.parse("# comment\nder\ndie das\n") }
        do { _ = try StopWords.parse("# comment\nder\ndie das\n") } catch { #expect(error.line == 3) }
        #expect((try? StopWords.parse("# only a comment\n\nder\r\ndie\n")) == ["der", "die"])
    }
}
