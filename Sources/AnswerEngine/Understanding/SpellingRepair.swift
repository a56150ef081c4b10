import Linguistics
import Support
import Workspace

/// A message's misspelt words read as the words the store's examples and glossary use: "hoe maak
/// je die schon" is "schoon" one slip away, "vaatwaser" is "vaatwasser". The intent model's
/// character grams survive a slip only in part, the splitter's cues and the index's terms not at
/// all. A word is read as a slip only when
/// - the examples and the glossary of its language do not use it,
/// - the language's word list (`SpellingCheck`, Hunspell's dictionaries) says it is no word of the
///   language, nor of English, which customers mix into every language ("writing" is no slip of
///   "waiting", though the examples lack it),
/// - it is one slip (`OneEdit`) from exactly one word they use most: a tie is left as written.
/// A language without a word list reads no slips (the examples alone took real words for slips).
/// Scripts written without spaces are left as they are.
struct SpellingRepair: Sendable {
    /// Language → folded word → the spelling the store uses most and how often.
    private let known: [String: [String: Known]]
    /// Language → first letter and length → the folded words one slip could reach from a word of
    /// that first letter and length (the same length, one shorter or one longer).
    private let neighbours: [String: [Bucket: [String]]]
    private let check: any SpellingCheck

    struct Known: Sendable {
        /// As the store writes it most ("PackScale", "vaatwasser").
        var spelling: String
        var uses: Int
        /// Whether the store writes it capitalised every time (a name, a German noun).
        var capitalised: Bool
    }

    struct Bucket: Hashable, Sendable {
        var first: Unicode.Scalar
        var length: Int
    }

    /// One word read as another.
    struct Repair: Sendable, Equatable {
        var written: String
        var read: String
    }

    /// The shortest word read as a slip: shorter ones are one slip from too many others.
    static let shortest = 5

    /// The language whose words every message may borrow.
    static let borrowedFrom = "en"

    /// - Parameter words: language → the store's texts (example messages, glossary terms).
    init(words: [String: [String]], check: any SpellingCheck) {
        var known: [String: [String: Known]] = [:]
        for (language, texts) in words {
            var counts: [String: [String: Int]] = [:]
            var lowerCaseUses: [String: Int] = [:]
            for text in texts {
                for word in Self.words(text) where word.unicodeScalars.count >= Self.shortest - 1 {
                    let folded = Folding.folded(word)
                    counts[folded, default: [:]][word, default: 0] += 1
                    if word.first?.isUppercase != true { lowerCaseUses[folded, default: 0] += 1 }
                }
            }
            known[language] = Dictionary(uniqueKeysWithValues: counts.map { folded, spellings in
                // The spelling used most; the first in order among equals, for the same answer every run.
                let best = spellings.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!
                return (folded, Known(spelling: best.key, uses: spellings.values.reduce(0, +), capitalised: lowerCaseUses[folded] == nil))
            })
        }
        var neighbours: [String: [Bucket: [String]]] = [:]
        for (language, words) in known {
            var buckets: [Bucket: [String]] = [:]
            for word in words.keys.sorted() {
                guard let first = word.unicodeScalars.first else { continue }
                let length = word.unicodeScalars.count
                for near in (length - 1)...(length + 1) { buckets[Bucket(first: first, length: near), default: []].append(word) }
            }
            neighbours[language] = buckets
        }
        self.known = known
        self.neighbours = neighbours
        self.check = check
    }

    /// The store's words per language: its example messages and its glossary's terms.
    init(catalog: IntentCatalog, glossary: Glossary, check: any SpellingCheck) {
        var words: [String: [String]] = [:]
        for (language, byIntent) in catalog.examples { words[language, default: []] += byIntent.values.flatMap { $0 } }
        for concept in glossary.concepts {
            for (language, terms) in concept.terms where words[language] != nil { words[language, default: []] += terms }
        }
        self.init(words: words, check: check)
    }

    /// The text with each slip replaced by the store's word, and the repairs made.
    func repaired(_ text: String, language: String) -> (text: String, repairs: [Repair]) {
        guard let known = known[language], let buckets = neighbours[language] else { return (text, []) }
        var out = ""
        var repairs: [Repair] = []
        var word = ""
        var opensSentence = true
        func flush() {
            guard !word.isEmpty else { return }
            if let read = repair(word, opensSentence: opensSentence, language: language, known: known, buckets: buckets) {
                repairs.append(Repair(written: word, read: read))
                out += read
            } else {
                out += word
            }
            word = ""
            opensSentence = false
        }
        for character in text {
            if character.isLetter {
                word.append(character)
            } else {
                flush()
                out.append(character)
                if Self.endsSentence(character) { opensSentence = true }
            }
        }
        flush()
        return repairs.isEmpty ? (text, []) : (out, repairs)
    }

    private func repair(_ written: String, opensSentence: Bool, language: String, known: [String: Known], buckets: [Bucket: [String]]) -> String? {
        let folded = Folding.folded(written)
        let scalars = folded.unicodeScalars
        guard scalars.count >= Self.shortest, known[folded] == nil, let first = scalars.first,
              !scalars.contains(where: IntentFeaturizer.isUnspaced),
              let candidates = buckets[Bucket(first: first, length: scalars.count)] else { return nil }
        var best: Known?
        var tied = false
        for candidate in candidates where OneEdit.apart(folded, candidate) {
            let found = known[candidate]!
            if let b = best, found.uses == b.uses { tied = true } else if best == nil || found.uses > best!.uses { best = found; tied = false }
        }
        guard let best, !tied else { return nil }
        let capitalised = written.first?.isUppercase == true
        // A capitalised word inside a sentence is a name unless the store writes its word so too
        // ("Changi" is no slip of "change"; "Trailgow" is one of "Trailglow", "Rükerstattung" of
        // "Rückerstattung").
        if capitalised, !opensSentence, !best.capitalised { return nil }
        guard isSlip(written, language: language) else { return nil }
        if best.capitalised { return best.spelling }
        let lower = best.spelling.lowercased()
        return capitalised ? lower.prefix(1).uppercased() + lower.dropFirst() : lower
    }

    /// The marks after which a word opens a sentence (and may be capitalised for that alone).
    private static func endsSentence(_ character: Character) -> Bool {
        character == "\n" || ".!?¿¡。！？".contains(character)
    }

    /// Whether the word lists say the word is none of the language's or English's (asked last: the
    /// store's words answer most words without them).
    private func isSlip(_ written: String, language: String) -> Bool {
        guard check.isWord(written, language: language) == false else { return false }
        return language == Self.borrowedFrom || check.isWord(written, language: Self.borrowedFrom) != true
    }

    /// The text's words: runs of letters.
    private static func words(_ text: String) -> [String] {
        text.split { !$0.isLetter }.map(String.init)
    }
}
