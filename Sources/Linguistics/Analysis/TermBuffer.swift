/// The analyzed terms of a text, written into one UTF-8 buffer instead of a `String` per term.
///
/// Why: building the index analyses every chunk, and a `String` (with its allocation, retain and
/// release) per term, then an array of them and a join, was most of the analysis's cost beside
/// segmentation itself. The analyzer appends each term's bytes here; the index reads them as bytes
/// and builds one string per field. `Analyzer.tokens` is this buffer read back as `Token`s.
///
/// A buffer can be reused: `removeAll()` keeps its capacity.
public struct TermBuffer: Sendable {
    /// Every term's UTF-8 bytes, one after another.
    public private(set) var bytes: [UInt8] = []
    /// Where each term ends in `bytes` (term i is `ends[i - 1] ..< ends[i]`).
    private var ends: [Int32] = []
    private var positions: [Int32] = []
    private var kinds: [Token.Kind] = []

    public init() {}

    public var count: Int { ends.count }
    public var isEmpty: Bool { ends.isEmpty }

    public mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        positions.removeAll(keepingCapacity: true)
        kinds.removeAll(keepingCapacity: true)
    }

    mutating func reserveCapacity(bytes byteCount: Int, terms: Int) {
        bytes.reserveCapacity(byteCount)
        ends.reserveCapacity(terms)
        positions.reserveCapacity(terms)
        kinds.reserveCapacity(terms)
    }

    /// The byte range of term `i` in `bytes`.
    public func range(_ i: Int) -> Range<Int> {
        (i == 0 ? 0 : Int(ends[i - 1])) ..< Int(ends[i])
    }

    public func term(_ i: Int) -> String { String(decoding: bytes[range(i)], as: UTF8.self) }
    public func position(_ i: Int) -> Int { Int(positions[i]) }
    public func kind(_ i: Int) -> Token.Kind { kinds[i] }

    /// The terms as `Token`s (one `String` each: for queries and `kbkit explain`, not the index).
    public var tokens: [Token] {
        (0..<count).map { Token(term: term($0), position: position($0), kind: kind($0)) }
    }

    /// Appends a term given as a string (tests, and callers that build terms themselves).
    public mutating func append(_ term: String, position: Int, kind: Token.Kind = .word) {
        bytes.append(contentsOf: term.utf8)
        close(position: position, kind: kind)
    }

    /// Appends a term already in UTF-8.
    mutating func append(_ utf8: UnsafeBufferPointer<UInt8>, position: Int, kind: Token.Kind) {
        bytes.append(contentsOf: utf8)
        close(position: position, kind: kind)
    }

    /// Appends a term given as UTF-16 code units (a CJK or Hangul pair), transcoded as
    /// `UTF16StringMaker` does.
    mutating func append(utf16 units: UnsafeBufferPointer<UInt16>, position: Int, kind: Token.Kind) {
        UTF8Transcoding.append(units, to: &bytes)
        close(position: position, kind: kind)
    }

    private mutating func close(position: Int, kind: Token.Kind) {
        ends.append(Int32(truncatingIfNeeded: bytes.count))
        positions.append(Int32(truncatingIfNeeded: position))
        kinds.append(kind)
    }
}
