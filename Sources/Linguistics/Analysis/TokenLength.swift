/// Length of a text in the language's own tokens, for chunk budgets: words for space-separated
/// scripts, characters for Han, kana, Hangul, Thai, Lao, Khmer and Myanmar (combining marks do not
/// count). No ICU, no allocation: a walk over the UTF-16 view with the class table, so it is cheap
/// enough to call for every paragraph.
///
/// `language` is accepted for symmetry with the analyzer and future per-language rules; the
/// count depends on the scripts in the text, so mixed text (a Japanese page quoting English) is
/// measured correctly either way.
public func tokenLength(_ text: String, language: String) -> Int {
    let table = CharTable.shared
    var count = 0
    var inWord = false
    for scalar in text.unicodeScalars {
        let cls = table.classOf(scalar: scalar.value)
        switch cls {
        case .separator:
            inWord = false
        case .word:
            if !inWord { count += 1 }
            inWord = true
        case .complex:
            inWord = false
            if !ICU.isMark(scalar.value) { count += 1 }
        case .han, .hiragana, .katakana, .hangul:
            inWord = false
            count += 1
        }
    }
    return count
}
