/// Length of a text in the language's own tokens, for chunk budgets: words for space-separated
/// scripts, characters for Han, kana, Hangul, Thai, Lao, Khmer and Myanmar (combining marks do not
/// count). No allocation, and ICU only for the marks of Thai-like scripts: a walk over the UTF-8
/// bytes with the class table, so it is cheap enough to call for every paragraph and sentence.
///
/// `language` is accepted for symmetry with the analyzer and future per-language rules; the
/// count depends on the scripts in the text, so mixed text (a Japanese page quoting English) is
/// measured correctly either way.
public func tokenLength(_ text: String, language: String) -> Int {
    // On the UTF-8 bytes with the class table's raw pointer: walking `unicodeScalars` and looking
    // each up through `classOf(scalar:)` was a sixteenth of the index build's analysis.
    let table = CharTable.shared
    let classes = table.classPointer
    var count = 0
    var inWord = false
    var text = text
    text.withUTF8 { bytes in
        var i = 0
        let n = bytes.count
        while i < n {
            // Valid UTF-8 (a String's): every lead byte has its continuation bytes.
            let b = bytes[i]
            let c: UInt32
            if b < 0x80 {
                c = UInt32(b); i += 1
            } else if b < 0xE0 {
                c = UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); i += 2
            } else if b < 0xF0 {
                c = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); i += 3
            } else {
                c = UInt32(b & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F); i += 4
            }
            let cls = c < 0x10000 ? CharTable.Class(rawValue: classes[Int(c)])! : table.classOf(scalar: c)
            switch cls {
            case .separator:
                inWord = false
            case .word:
                if !inWord { count += 1 }
                inWord = true
            case .complex:
                inWord = false
                if !ICU.isMark(c) { count += 1 }
            case .han, .hiragana, .katakana, .hangul:
                inWord = false
                count += 1
            }
        }
    }
    return count
}
