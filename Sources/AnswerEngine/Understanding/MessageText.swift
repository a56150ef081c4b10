import Linguistics

/// A message prepared for lexicon matching: case-folded words (with their diacritic-folded
/// twins), the clause each word is in, and the folded text for scripts written without spaces.
struct MessageText {
    struct Word {
        /// Case-folded, diacritics kept (what Vietnamese needs: "lo" and "lò" are different words).
        var exact: String
        /// Case- and diacritic-folded (what everyone else needs: "decu" finds "déçu").
        var folded: String
        /// Words of one clause are not separated by , . ! ? ; : (negation does not cross them).
        var clause: Int
    }

    var words: [Word] = []
    /// The whole message case- and diacritic-folded, as scalars (Thai, Japanese, Chinese matching).
    var scalars: [Unicode.Scalar] = []

    init(_ text: String) {
        let caseFolded = Self.expandContractions(TextNormalizer.caseFolded(Self.unifyApostrophes(text)))
        var clause = 0
        var current = ""
        func flush() {
            guard !current.isEmpty else { return }
            words.append(Word(exact: current, folded: TextNormalizer.folded(current), clause: clause))
            current = ""
        }
        for s in caseFolded.unicodeScalars {
            if IntentFeaturizer.isLetter(s) || IntentFeaturizer.isDigit(s) {
                current.unicodeScalars.append(s)
            } else {
                flush()
                if Self.clauseBreaks.contains(s) { clause += 1 }
            }
        }
        flush()
        scalars = Array(TextNormalizer.folded(caseFolded).unicodeScalars)
    }

    static let clauseBreaks: Set<Unicode.Scalar> = [",", ".", "!", "?", ";", ":", "\n", "…", "。", "，", "！", "？", "、", "；", "–", "—"]

    /// Entries and messages are split the same way: an entry is its words.
    static func entryWords(_ entry: String) -> (exact: [String], folded: [String]) {
        let m = MessageText(entry)
        return (m.words.map(\.exact), m.words.map(\.folded))
    }

    private static func unifyApostrophes(_ text: String) -> String {
        guard text.contains("’") || text.contains("‘") || text.contains("`") else { return text }
        return text.replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "‘", with: "'").replacingOccurrences(of: "`", with: "'")
    }

    /// "don't" → "do not", "isn't" → "is not", so English negation is one word whatever the spelling.
    private static func expandContractions(_ text: String) -> String {
        guard text.contains("n't") else { return text }
        return text.replacingOccurrences(of: "can't", with: "can not").replacingOccurrences(of: "won't", with: "will not")
            .replacingOccurrences(of: "n't", with: " not")
    }
}
