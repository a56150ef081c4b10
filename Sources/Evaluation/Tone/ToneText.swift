import Support

/// A text prepared once for all the rules of one check: its characters (grapheme clusters, so an
/// emoji with a skin tone or a Thai consonant with its tone mark is one unit) and its words.
/// Positions everywhere in the tone checker are offsets into `characters`.
struct ToneText {
    let string: String
    let characters: [Character]
    let words: [Word]

    struct Word {
        let range: Range<Int>
        let text: String
        let lowered: String
    }

    init(_ string: String) {
        self.string = string
        let characters = Array(string)
        self.characters = characters
        self.words = WordSegmentation.words(in: characters).map { r in
            let text = String(characters[r])
            return Word(range: r, text: text, lowered: text.lowercased())
        }
    }

    func slice(_ range: Range<Int>) -> String { String(characters[range]) }
}

/// Word boundaries for the `word` and `case` matches, after Unicode's default word boundaries
/// (UAX #29) where they matter for tone terms: a word is a run of letters, digits and marks;
/// an apostrophe between two letters joins ("don't", "t'envoie", "l'ordine" are one word, as in
/// UAX #29, so the French rule catches elided tutoiement with its own regex). Scripts written
/// without spaces (Han, kana, Thai, Lao, Khmer, Myanmar) have no words here: their terms are
/// matched as substrings, and a Latin word next to them ("Goodsを") still ends where they begin.
enum WordSegmentation {
    static func words(in chars: [Character]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start: Int?
        for i in chars.indices {
            if isWordCharacter(chars[i]) || (start != nil && joinsLetters(chars, at: i)) {
                if start == nil { start = i }
            } else if let s = start {
                out.append(s..<i)
                start = nil
            }
        }
        if let s = start { out.append(s..<chars.count) }
        return out
    }

    /// An apostrophe between two letters of a spaced script.
    static func joinsLetters(_ chars: [Character], at i: Int) -> Bool {
        guard isApostrophe(chars[i]), i > 0, i + 1 < chars.count else { return false }
        let before = chars[i - 1], after = chars[i + 1]
        return before.isLetter && after.isLetter && isWordCharacter(before) && isWordCharacter(after)
    }

    static func isWordCharacter(_ c: Character) -> Bool {
        guard let s = c.unicodeScalars.first else { return false }
        // ASCII: letters, digits and "_" are exactly its Alphabetic and numeric scalars; answered
        // without the property tables, for every character of every answer.
        if s.isASCII { return ASCIIClass.isLetter(UInt8(s.value)) || ASCIIClass.isDigit(UInt8(s.value)) || s == "_" }
        if isSpaceless(s) { return false }
        let p = s.properties
        return p.isAlphabetic || p.numericType != nil || s == "_"
    }

    static func isApostrophe(_ c: Character) -> Bool { c == "'" || c == "\u{2019}" || c == "\u{02BC}" }

    /// Scripts written without spaces between words.
    static func isSpaceless(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0E00...0x0EFF,            // Thai, Lao
             0x1000...0x109F,            // Myanmar
             0x1780...0x17FF,            // Khmer
             0x3040...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F,   // kana
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF:   // Han
            return true
        default:
            return false
        }
    }

    static func hasSpacelessScript(_ s: String) -> Bool { s.unicodeScalars.contains(where: isSpaceless) }
}
