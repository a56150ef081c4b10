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
        for u in c.unicodeScalars { #expect(u.isWhitespaceQuick == u.properties.isWhitespace) }
    }
}
