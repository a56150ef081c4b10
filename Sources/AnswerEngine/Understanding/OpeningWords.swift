import Support

/// Which of a list of words a clause opens with: a joiner ("and also", "แล้ว"), a subordinating word
/// ("solange"), a lead announcing the question ("quisiera saber si", "请问"). Word by word where
/// words are spaced; in a script without spaces, also as the start of the clause's first "word"
/// ("แล้วจ่ายด้วย…", "请问可以…"), since Thai puts a space between clauses, not between words.
/// The entries are folded, longest first.
enum OpeningWords {
    /// How many characters of the clause the first entry it opens with takes; nil when it opens with
    /// none. `maxWords`: the most words an entry of the list has.
    /// `marked`: when given, the folded forms of the entries' words written with diacritics; a
    /// clause's word written with diacritics then opens no entry written without them (`key`).
    static func length(in clause: String, of entries: [String], maxWords: Int = 3, marked: Set<String>? = nil) -> Int? {
        let words = clause.split(whereSeparator: \.isWhitespace).prefix(maxWords)
        let folded = words.map { key(String($0), marked: marked) }
        if let entry = entries.first(where: { starts(folded, with: $0) }) {
            let count = entry.split(separator: " ").count
            return clause.distance(from: clause.startIndex, to: words[count - 1].endIndex)
        }
        if let first = folded.first, let entry = entries.first(where: { opensUnspaced(first, with: $0) }) {
            return clause.distance(from: clause.startIndex, to: words[0].startIndex) + entry.count
        }
        return nil
    }

    /// A word as entries are matched against: folded, so that a customer who leaves the accents off
    /// still writes the entry ("va" is "và"). With `marked`, a word written with diacritics keeps
    /// them unless an entry's word is written so too: Italian "è" (is) is not the joiner "e" (and).
    static func key(_ word: String, marked: Set<String>? = nil) -> String {
        let bare = word.trimmingCharacters(in: .punctuationCharacters)
        let folded = Folding.folded(bare)
        guard let marked else { return folded }
        let lowered = bare.lowercased()
        return lowered == folded || marked.contains(folded) ? folded : lowered
    }

    /// The folded forms of the entries' words written with diacritics (for `key`).
    static func markedWords(_ written: [String]) -> Set<String> {
        Set(written.flatMap { $0.split(separator: " ").map(String.init) }.filter { $0.lowercased() != Folding.folded($0) }.map(Folding.folded))
    }

    /// Whether a "word" of a script without spaces opens with the entry and goes on after it.
    static func opensUnspaced(_ word: String, with entry: String) -> Bool {
        word.unicodeScalars.first.map(IntentFeaturizer.isUnspaced) == true
            && !entry.contains(" ") && word.hasPrefix(entry) && word.count > entry.count
    }

    /// Whether the words (folded) begin with the entry's words.
    static func starts(_ words: [String], with entry: String) -> Bool {
        let parts = entry.split(separator: " ").map(String.init)
        guard parts.count <= words.count else { return false }
        return zip(parts, words).allSatisfy { $0 == $1 }
    }
}
