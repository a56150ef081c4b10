/// One analyzed term and its word position (stop words leave gaps, so phrase distances survive).
public struct Token: Sendable, Equatable, Hashable, Codable {
    /// What produced the term, for `kbkit explain`.
    public enum Kind: String, Sendable, Codable {
        /// A word (a segmenter word for Thai, Japanese, Chinese).
        case word
        /// An overlapping pair of Han/kana or Hangul characters (see `Analyzer`).
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
