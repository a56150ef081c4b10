import Linguistics

/// Case and diacritic folding as `TextNormalizer.folded` does it, with a shortcut: ASCII text only
/// needs lower case, which skips two normalization passes for most English messages.
enum Folding {
    static func folded(_ text: String) -> String {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return TextNormalizer.folded(text) }
        return String(decoding: text.utf8.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
}
