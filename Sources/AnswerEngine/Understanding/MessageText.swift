import Support
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

    /// `keepExact`: also keep the words with their diacritics (only Vietnamese entries need them;
    /// skipping them saves a normalization pass).
    init(_ text: String, keepExact: Bool = true) {
        let unified = Self.unifyApostrophes(text)
        let folded = Self.expandContractions(Folding.folded(unified))
        scalars = Array(folded.unicodeScalars)
        let foldedWords = Self.split(scalars)
        guard keepExact else {
            words = foldedWords.map { Word(exact: $0.text, folded: $0.text, clause: $0.clause) }
            return
        }
        let exactWords = Self.split(Array(Self.expandContractions(TextNormalizer.caseFolded(unified)).unicodeScalars))
        // Folding maps letters to letters, so both splits agree; should a rare character make
        // them differ, each word is folded on its own.
        let aligned = exactWords.count == foldedWords.count
        words = exactWords.enumerated().map { i, w in
            Word(exact: w.text, folded: aligned ? foldedWords[i].text : TextNormalizer.folded(w.text), clause: w.clause)
        }
    }

    private static func split(_ s: [Unicode.Scalar]) -> [(text: String, clause: Int)] {
        var out: [(String, Int)] = []
        var clause = 0
        var current = String.UnicodeScalarView()
        for c in s {
            if IntentFeaturizer.isLetter(c) || IntentFeaturizer.isDigit(c) {
                current.append(c)
            } else {
                if !current.isEmpty { out.append((String(current), clause)); current = String.UnicodeScalarView() }
                if clauseBreaks.contains(c) { clause += 1 }
            }
        }
        if !current.isEmpty { out.append((String(current), clause)) }
        return out
    }

    static let clauseBreaks: Set<Unicode.Scalar> = [",", ".", "!", "?", ";", ":", "\n", "…", "。", "，", "！", "？", "、", "；", "–", "—"]

    /// Entries and messages are split the same way: an entry is its words.
    static func entryWords(_ entry: String) -> (exact: [String], folded: [String]) {
        let m = MessageText(entry)
        return (m.words.map(\.exact), m.words.map(\.folded))
    }

    private static func unifyApostrophes(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "’" || $0 == "‘" || $0 == "`" }) else { return text }
        var out = String.UnicodeScalarView()
        for c in text.unicodeScalars { out.append(c == "’" || c == "‘" || c == "`" ? "'" : c) }
        return String(out)
    }

    /// "don't" → "do not", "isn't" → "is not", so English negation is one word whatever the spelling.
    private static func expandContractions(_ text: String) -> String {
        guard text.utf8.contains(0x27), TextSearch.contains(text, "n't") else { return text }
        return text.replacingExactly("can't", with: "can not").replacingExactly("won't", with: "will not")
            .replacingExactly("n't", with: " not")
    }
}
