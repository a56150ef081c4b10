/// A set of `EmotionLexicon`s prepared for matching one language's messages: entries indexed by
/// their first word, prefix entries (`word*`) and substring entries (Thai, Japanese, Chinese).
struct CompiledLexicon: Sendable {
    struct Entry: Sendable {
        let category: EmotionCategory
        /// As the lexicon writes it (for cues).
        let text: String
        let exact: [String]
        let folded: [String]
        /// The last word matches any word it starts.
        let prefix: Bool
        let weight: Float
        /// Vietnamese single words must match with their diacritics.
        let needsExact: Bool
        /// Substring entries (languages written without spaces): the folded text to find.
        let needle: [Unicode.Scalar]?
    }

    struct Hit {
        let entry: Entry
        /// Word range, or scalar range for substring entries.
        let start: Int
        let end: Int
        let bySubstring: Bool
        var negated = false
        var factor: Float = 1
        /// The intensifier that strengthened this hit.
        var intensifiedBy: String?

        func contains(_ other: Hit) -> Bool {
            bySubstring == other.bySubstring && start <= other.start && other.end <= end && (end - start) > (other.end - other.start)
        }
    }

    private let entries: [Entry]
    private let byFirstWord: [String: [Int]]
    private let prefixEntries: [Int]
    private let substringEntries: [Int]
    /// Japanese negates after the word (満足していない); the others before it.
    let negationFollows: Bool
    /// Korean negates with the next word (만족하지 않아요), and a negator before a word belongs to
    /// the clause before it (오지 않아서 화나요).
    let negationFollowsWord: Bool
    /// Some entry must match with its diacritics (Vietnamese).
    let needsExactWords: Bool

    static let unspacedLanguages: Set<String> = ["ja", "zh", "th"]
    static let negationAfterWordLanguages: Set<String> = ["ko"]
    static let categoriesByName = EmotionCategory.allCases.sorted { $0.rawValue < $1.rawValue }

    init(_ lexicons: [EmotionLexicon]) {
        var entries: [Entry] = []
        var negationFollows = false
        var negationFollowsWord = false
        for lexicon in lexicons {
            let unspaced = Self.unspacedLanguages.contains(lexicon.language)
            if lexicon.language == "ja" { negationFollows = true }
            if Self.negationAfterWordLanguages.contains(lexicon.language) { negationFollowsWord = true }
            // Grouped by category name, in file order within each: the order hits and cues come in.
            let ordered = Self.categoriesByName.flatMap { c in lexicon.entries.filter { $0.category == c } }
            for entry in ordered {
                var text = entry.phrase
                let prefix = text.hasSuffix("*")
                if prefix { text.removeLast() }
                let words = MessageText.entryWords(text)
                guard !words.folded.isEmpty else { continue }
                entries.append(Entry(
                    category: entry.category, text: text, exact: words.exact, folded: words.folded, prefix: prefix, weight: entry.weight,
                    needsExact: lexicon.language == "vi" && words.exact.count == 1,
                    needle: unspaced ? Array(MessageText(text).scalars) : nil))
            }
        }
        var byFirstWord: [String: [Int]] = [:]
        var prefixEntries: [Int] = []
        var substringEntries: [Int] = []
        for (i, e) in entries.enumerated() {
            if e.needle != nil { substringEntries.append(i) }
            else if e.prefix && e.folded.count == 1 { prefixEntries.append(i) }
            else { byFirstWord[e.folded[0], default: []].append(i) }
        }
        self.entries = entries
        self.byFirstWord = byFirstWord
        self.prefixEntries = prefixEntries
        self.substringEntries = substringEntries
        self.negationFollows = negationFollows
        self.negationFollowsWord = negationFollowsWord
        needsExactWords = entries.contains(where: \.needsExact)
    }

    /// Every entry occurrence in the message, without those inside a longer hit.
    func hits(in message: MessageText) -> [Hit] {
        var hits: [Hit] = []
        let words = message.words
        for i in words.indices {
            for e in byFirstWord[words[i].folded] ?? [] where matches(entries[e], at: i, in: words) {
                hits.append(Hit(entry: entries[e], start: i, end: i + entries[e].folded.count, bySubstring: false))
            }
            for e in prefixEntries where words[i].folded.hasPrefix(entries[e].folded[0]) {
                hits.append(Hit(entry: entries[e], start: i, end: i + 1, bySubstring: false))
            }
        }
        for e in substringEntries {
            for start in Self.occurrences(of: entries[e].needle!, in: message.scalars) {
                hits.append(Hit(entry: entries[e], start: start, end: start + entries[e].needle!.count, bySubstring: true))
            }
        }
        let modifiers: Set<EmotionCategory> = [.negator, .intensifier, .diminisher]
        return hits.filter { h in
            modifiers.contains(h.entry.category) || !hits.contains { !modifiers.contains($0.entry.category) && $0.contains(h) }
        }
    }

    private func matches(_ e: Entry, at i: Int, in words: [MessageText.Word]) -> Bool {
        guard i + e.folded.count <= words.count else { return false }
        for (k, w) in e.folded.enumerated() {
            let word = words[i + k]
            let last = k == e.folded.count - 1
            if e.needsExact {
                if word.exact != e.exact[k] { return false }
            } else if last && e.prefix {
                if !word.folded.hasPrefix(w) { return false }
            } else if word.folded != w {
                return false
            }
        }
        return true
    }

    static func occurrences(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> [Int] {
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        var out: [Int] = []
        var i = 0
        while i <= haystack.count - needle.count {
            if haystack[i] == needle[0] {
                var k = 1
                while k < needle.count, haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { out.append(i); i += needle.count; continue }
            }
            i += 1
        }
        return out
    }
}
