import Foundation
import Testing
@testable import Evaluation

/// `Benchmarks/judge/pairs.tsv`, what `kbkit-bench --only judge` measures the naturalness judge on:
/// the real file parses into pairs, and every malformed line is reported with the file and the line.
@Suite struct JudgePairsTests {
    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Benchmarks/judge/pairs.tsv")

    @Test func theRealFileHoldsPairsInSevenLanguagesAtLeast() throws {
        let pairs = try NaturalnessPairs.load(Self.file).pairs
        #expect(pairs.count >= 20)
        #expect(Set(pairs.map(\.language)).isSuperset(of: ["en", "de", "fr", "es", "nl", "ja", "zh"]))
        #expect(pairs.allSatisfy { $0.good.text != $0.poor.text && $0.good.line != $0.poor.line })
        let german = try #require(pairs.first { $0.message == "Wie hoch sind die Versandkosten nach Deutschland?" })
        #expect(german.language == "de" && german.poor.text.hasPrefix("Standardversand — Lieferzeit ab Versand: 3–6 Werktage;"))
        #expect(german.good.text.hasPrefix("Der Standardversand mit DHL ist ab einem Bestellwert von 39 € kostenlos"))
        // `\n` in the file is a line break in the answer.
        let spanish = try #require(pairs.first { $0.message == "¿Cuánto tarda el envío a España?" })
        #expect(spanish.good.text.hasPrefix("¡Hola!\nEl envío estándar"))
    }

    @Test func goodOrPoorMayComeFirstAndCommentsAndBlankLinesAreSkipped() throws {
        let text = "# schema\n\nen\tgood\tHi?\tHello, how can I help?\nen\tpoor\tHi?\tGreeting: hello. See Help.\r\n"
        let pairs = try NaturalnessPairs(text, file: "p.tsv").pairs
        #expect(pairs == [NaturalnessPairs.Pair(language: "en", message: "Hi?",
                                                good: .init(text: "Hello, how can I help?", line: 3),
                                                poor: .init(text: "Greeting: hello. See Help.", line: 4))])
    }

    static let good = "de\tgood\tWie lange?\tSie haben 30 Tage Zeit."
    static let poor = "de\tpoor\tWie lange?\tRückgabefrist: 30 Tage; Rückgabefrist: 30 Tage."

    @Test(arguments: [
        ("# c\n" + good + "\nde\tpoor\tWie lange?\n", "p.tsv:3: 3 tab-separated fields, expected 4 (language, reads, message, text)"),
        (good + "\nde\tbad\tWie lange?\tx\n", "p.tsv:2: reads is 'good' or 'poor', not 'bad'"),
        (good + "\nde\tpoor\t \tx\n", "p.tsv:2: message is empty"),
        (good + "\n" + good + "\n", "p.tsv:2: line 1 reads good too: a pair is one good and one poor answer"),
        (good + "\nfr\tpoor\tWie lange?\tx\n", "p.tsv:2: not the pair of line 1: a pair has the same language and message"),
        (good + "\n" + poor + "\n\n" + good + "\n", "p.tsv:4: a good answer without its pair on the next line"),
    ])
    func aMalformedLineIsNamedWithItsFileAndLine(text: String, expected: String) {
        #expect(throws: NaturalnessPairs.Malformed.self) { try NaturalnessPairs(text, file: "p.tsv") }
        do {
            _ = try NaturalnessPairs(text, file: "p.tsv")
        } catch {
            #expect(error.description == expected)
        }
    }
}
