import Workspace

/// One term of a rule, prepared for its `match` mode (docs/WORKSPACE.md):
/// - `word`: whole words, case-insensitive; a term of several words matches those words in a row;
/// - `case`: whole words, case-sensitive;
/// - `substring`: anywhere, case-sensitive (the sample rules list "Sorry" and "sorry" for that reason);
/// - `regex`: as written (use `(?i)` for case-insensitive).
/// A `word` or `case` term in a script without spaces (ja, zh, th) falls back to `substring`:
/// there are no spaces to bound it.
enum TermPattern: @unchecked Sendable {
    // @unchecked: Regex<AnyRegexOutput> is an immutable compiled program, safe to share, but the
    // standard library does not declare it Sendable.
    case words([String], gaps: [String], caseSensitive: Bool)
    case characters([Character])
    case regex(Regex<AnyRegexOutput>)

    init(term: String, match: ToneRule.Match) {
        switch match {
        case .substring:
            self = .characters(Array(term))
        case .regex:
            // The workspace loader already compiled every pattern; a failure here cannot happen
            // for a loaded market, and a pattern that matches nothing is the safe fallback.
            self = (try? Regex(term)).map { .regex($0) } ?? .characters([])
        case .word, .case:
            let caseSensitive = match == .case
            let chars = Array(term)
            let spans = WordSegmentation.words(in: chars)
            if WordSegmentation.hasSpacelessScript(term) || spans.isEmpty {
                self = .characters(chars)
                return
            }
            let words = spans.map { String(chars[$0]) }
            let gaps = zip(spans, spans.dropFirst()).map { a, b in Self.gapKey(chars[a.upperBound..<b.lowerBound]) }
            self = .words(caseSensitive ? words : words.map { $0.lowercased() }, gaps: gaps, caseSensitive: caseSensitive)
        }
    }

    /// Where the term occurs, as character ranges of the text.
    func occurrences(in text: ToneText) -> [Range<Int>] {
        switch self {
        case let .words(words, gaps, caseSensitive):
            return Self.wordRuns(words, gaps: gaps, caseSensitive: caseSensitive, in: text)
        case let .characters(needle):
            return Self.substrings(needle, in: text.characters)
        case let .regex(regex):
            return Self.regexMatches(regex, in: text)
        }
    }

    /// What separates two words of a term, whitespace ignored ("e-mail" → "-", "tut uns" → "").
    private static func gapKey(_ gap: ArraySlice<Character>) -> String {
        String(gap.filter { !$0.isWhitespace })
    }

    private static func wordRuns(_ words: [String], gaps: [String], caseSensitive: Bool, in text: ToneText) -> [Range<Int>] {
        let n = words.count
        guard n > 0, text.words.count >= n else { return [] }
        func matches(at i: Int) -> Bool {
            for k in 0..<n {
                let w = text.words[i + k]
                guard (caseSensitive ? w.text : w.lowered) == words[k] else { return false }
                if k > 0 {
                    let gap = text.characters[text.words[i + k - 1].range.upperBound..<w.range.lowerBound]
                    guard gapKey(gap) == gaps[k - 1] else { return false }
                }
            }
            return true
        }
        return (0...(text.words.count - n)).filter(matches).map {
            text.words[$0].range.lowerBound..<text.words[$0 + n - 1].range.upperBound
        }
    }

    /// Occurrences of `needle` compared character by character: whole grapheme clusters, with
    /// canonical equivalence (a decomposed "é" matches a composed one).
    private static func substrings(_ needle: [Character], in hay: [Character]) -> [Range<Int>] {
        guard let first = needle.first, hay.count >= needle.count else { return [] }
        var out: [Range<Int>] = []
        var i = 0
        while i <= hay.count - needle.count {
            if hay[i] == first, hay[i..<(i + needle.count)].elementsEqual(needle) {
                out.append(i..<(i + needle.count))
                i += needle.count
            } else {
                i += 1
            }
        }
        return out
    }

    /// Regex matches, widened to the words they touch: `\b[Tt]['’]\p{L}` matches "t'e", the
    /// customer should see "t'envoie".
    private static func regexMatches(_ regex: Regex<AnyRegexOutput>, in text: ToneText) -> [Range<Int>] {
        let s = text.string
        var out: [Range<Int>] = []
        for m in s.matches(of: regex) where !m.range.isEmpty {
            let lo = s.distance(from: s.startIndex, to: m.range.lowerBound)
            let hi = s.distance(from: s.startIndex, to: m.range.upperBound)
            var range = lo..<hi
            for w in text.words where w.range.overlaps(range) {
                range = min(range.lowerBound, w.range.lowerBound)..<max(range.upperBound, w.range.upperBound)
            }
            out.append(range)
        }
        return out
    }
}
