/// One analyzed term and its word position (stop words leave gaps, so phrase distances survive).
public struct Token: Sendable, Equatable, Hashable, Codable {
    /// What produced the term, for `kbkit explain`.
    public enum Kind: String, Sendable, Codable {
        /// A word: space-separated scripts, Thai/Lao/Khmer/Myanmar dictionary words, Hangul words,
        /// and Han/kana dictionary words that no bigram covers (hiragana such as ない).
        case word
        /// A Han/kana dictionary word whose characters are all covered by the run's bigrams.
        /// The dictionary can cut the same characters differently in another context
        /// (退货 alone gives 退|货, 退货政策 gives 退货|政策), so match on the bigrams and use these
        /// words to rank.
        case cjkWord
        /// An overlapping pair of Han/katakana characters, or of Hangul syllables in a word of
        /// three or more (see `Analyzer`). A text containing the query's text contains all of the
        /// query's bigrams, whatever the segmenter did.
        case bigram
        /// The unfolded spelling kept next to the folded word (Vietnamese).
        case original
    }

    public var term: String
    public var position: Int
    public var kind: Kind

    public init(term: String, position: Int, kind: Kind = .word) {
        self.term = term
        self.position = position
        self.kind = kind
    }
}
