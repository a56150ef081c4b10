import Support
import Linguistics

/// Finds glossary terms in a message. Terms of spaced scripts are matched as sequences of analyzed
/// words (folded, stemmed: "the lanterns", "the scale's" name "lantern", "scale"); terms written
/// without spaces (Japanese, Chinese, Thai) as folded substrings. A longer term wins over one it
/// overlaps. The analyzed terms are prepared once per message language.
struct TermMentions: Sendable {
    private let terms: [(term: String, owner: Int)]
    private let prepared = Memo<PreparedTerms>()

    struct Prepared: Sendable {
        var words: [String]
        var needle: String?
        var owner: Int
    }

    /// The terms as one message language reads them, longest first, and every word they hold (a
    /// word one slip from a name is no misspelling of it when it is another term's own word).
    struct PreparedTerms: Sendable {
        var candidates: [Prepared]
        var words: Set<String>
    }

    init(_ terms: [(term: String, owner: Int)]) {
        self.terms = terms.filter { !$0.term.isEmpty }
    }

    /// The owners of the terms found, in the order the message names them, each once.
    func owners(in message: String, language: String) -> [Int] {
        let analyzer = Analyzer(language: language)
        let read = self.prepared.value(language) {
            let candidates = terms.map { t in
                Self.isUnspaced(t.term) ? Prepared(words: [], needle: Folding.folded(t.term), owner: t.owner)
                    : Prepared(words: Self.words(analyzer.tokens(t.term)), needle: nil, owner: t.owner)
            }
            .filter { !$0.words.isEmpty || $0.needle != nil }
            .sorted { ($0.needle?.count ?? $0.words.count * 4) > ($1.needle?.count ?? $1.words.count * 4) }
            return PreparedTerms(candidates: candidates, words: Set(candidates.flatMap(\.words)))
        }
        let candidates = read.candidates
        let words = Self.words(analyzer.tokens(message))
        let folded = Folding.folded(message)
        var takenWords: [Range<Int>] = []
        var takenText: [Range<String.Index>] = []
        var found: [(position: Int, owner: Int)] = []
        for term in candidates {
            if let needle = term.needle {
                var from = folded.startIndex
                while let range = folded.rangeExactly(of: needle, from: from) {
                    from = range.upperBound
                    guard !takenText.contains(where: { $0.overlaps(range) }) else { continue }
                    takenText.append(range)
                    found.append((words.count + folded.distance(from: folded.startIndex, to: range.lowerBound), term.owner))
                }
            } else if term.words.count <= words.count {
                for start in 0...(words.count - term.words.count) where words[start..<start + term.words.count].elementsEqual(term.words) {
                    let range = start..<start + term.words.count
                    guard !takenWords.contains(where: { $0.overlaps(range) }) else { continue }
                    takenWords.append(range)
                    found.append((start, term.owner))
                }
            }
        }
        // A long one-word name misspelt by one slip ("packscal", "Trailgow") names the product too,
        // where the message's word is no word of another term.
        for term in candidates where term.needle == nil && term.words.count == 1 && term.words[0].count >= Self.misspeltNameLength {
            let name = term.words[0]
            for (k, word) in words.enumerated() where word.count >= Self.misspeltNameLength - 1 && word.first == name.first
                && !read.words.contains(word) && !takenWords.contains(where: { $0.contains(k) }) && OneEdit.apart(word, name) {
                takenWords.append(k..<k + 1)
                found.append((k, term.owner))
            }
        }
        var seen = Set<Int>()
        return found.sorted { $0.position < $1.position }.compactMap { seen.insert($0.owner).inserted ? $0.owner : nil }
    }

    /// The fewest letters a one-word name has for a word one slip away from it to name it: short
    /// words one slip apart are other words ("scale", "sale").
    static let misspeltNameLength = 7

    /// Whether a product term names a document title (both analyzed in the title's language).
    static func occurs(_ term: String, inTitle title: String, language: String) -> Bool {
        if isUnspaced(term) { return Folding.folded(title).contains(Folding.folded(term)) }
        let analyzer = Analyzer(language: language)
        let needle = words(analyzer.tokens(term))
        let hay = words(analyzer.tokens(title))
        guard !needle.isEmpty, needle.count <= hay.count else { return false }
        return (0...(hay.count - needle.count)).contains { hay[$0..<$0 + needle.count].elementsEqual(needle) }
    }

    /// Words only: CJK bigrams and Vietnamese originals are extra index terms, not words in order.
    static func words(_ tokens: [Token]) -> [String] {
        tokens.filter { $0.kind == .word || $0.kind == .cjkWord }.map(\.term)
    }

    static func isUnspaced(_ term: String) -> Bool {
        term.unicodeScalars.contains { s in
            switch s.value {
            case 0x0E00...0x0E7F, 0x3040...0x30FF, 0x3400...0x9FFF, 0xF900...0xFAFF: return true
            default: return false
            }
        }
    }
}
