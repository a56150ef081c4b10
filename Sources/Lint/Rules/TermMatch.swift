/// How the glossary rule finds a term in a text, on lower-cased UTF-8 bytes (Foundation's
/// case-insensitive `range(of:)` made the rule take seconds on the sample workspace): in scripts
/// written with spaces the term must start a word ("Bestellung" finds "Bestellungen", not
/// "Vorbestellung"); in Han, kana, Hangul and Thai anywhere.
struct FoldedText: Sendable {
    let bytes: [UInt8]
    let original: String

    init(_ text: String) {
        original = text
        bytes = Array(text.lowercased().utf8)
    }

    /// The byte offset of the first occurrence of `term` at a word start.
    func find(_ term: FoldedTerm) -> Int? {
        let t = term.bytes
        guard let first = t.first, t.count <= bytes.count else { return nil }
        var i = 0
        let last = bytes.count - t.count
        while i <= last {
            if bytes[i] == first {
                var j = 1
                while j < t.count && bytes[i + j] == t[j] { j += 1 }
                if j == t.count && (!term.wordStart || i == 0 || !Self.isLetterByte(bytes[i - 1])) { return i }
            }
            i += 1
        }
        return nil
    }

    func contains(_ term: FoldedTerm) -> Bool { find(term) != nil }

    /// The text as written at a match (for messages): the bytes of the original at the same offsets
    /// when lower-casing kept lengths, else the term itself.
    func written(at offset: Int, _ term: FoldedTerm) -> String {
        let utf8 = Array(original.utf8)
        guard utf8.count == bytes.count else { return term.text }
        return String(decoding: utf8[offset..<(offset + term.bytes.count)], as: UTF8.self)
    }

    /// ASCII letters and digits, and any byte of a multi-byte character (é, ü, ł: letters in the scripts that use spaces).
    static func isLetterByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b >= 0x80
    }
}

struct FoldedTerm: Sendable {
    let text: String
    let bytes: [UInt8]
    let wordStart: Bool

    init(_ term: String) {
        text = term
        bytes = Array(term.lowercased().utf8)
        wordStart = !(term.first.map(FactScanner.isIdeographicOrThai) ?? false)
    }
}
