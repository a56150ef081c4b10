import Support
import Testing

/// The quick character classes answer as the standard library's, for every ASCII character,
/// "\r\n", and characters beyond ASCII (where they are the standard library's own).
@Suite struct QuickPropertiesTests {
    static let characters: [Character] = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }
        + ["\r\n", "\u{00A0}", "\u{3000}", "é", "e\u{0301}", "ß", "٣", "四", "Ⅻ", "ก", "\u{2028}", "😀", "\u{0085}"]

    @Test(arguments: characters)
    func answersAsTheStandardLibrary(_ c: Character) {
        #expect(c.isWhitespaceQuick == c.isWhitespace)
        #expect(c.isLetterQuick == c.isLetter)
        #expect(c.isNumberQuick == c.isNumber)
        #expect(c.isPunctuationQuick == c.isPunctuation)
        for u in c.unicodeScalars { #expect(u.isWhitespaceQuick == u.properties.isWhitespace) }
    }
}

/// The ASCII byte path of a lower-cased, filtered text gives the standard library's string, and
/// declines any text beyond ASCII.
@Suite struct ASCIILowercasedFilteredTests {
    @Test(arguments: ["Free Shipping from 39 EUR!", "a\r\nb\rc\n d\tE", "\r\n", "\r", "", "MIXED case_and-Punct.123", "@#[]`{}~\u{7F}\u{01}"])
    func filtersAsTheStandardLibrary(_ text: String) {
        #expect(text.asciiLowercasedFiltered { !ASCIIClass.isWhitespace($0) } == text.lowercased().filter { !$0.isWhitespace })
        #expect(text.asciiLowercasedFiltered { ASCIIClass.isLetter($0) || ASCIIClass.isDigit($0) }
            == text.lowercased().filter { $0.isLetter || $0.isNumber })
        #expect(text.asciiLowercasedFiltered { $0 == 0x0A } == text.lowercased().filter { $0.asciiValue == 0x0A })
    }

    @Test func declinesTextBeyondASCII() {
        #expect("Rückgabe".asciiLowercasedFiltered { _ in true } == nil)
        #expect("e\u{0301}".asciiLowercasedFiltered { _ in true } == nil)
    }
}
