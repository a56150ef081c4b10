import Support
import Linguistics

/// A retrievable piece of a document: what the index stores and search returns.
public struct Chunk: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable { case section, table, faq }
    public var ordinal: Int
    public var kind: Kind
    public var headingPath: [String]
    /// For FAQ chunks: the question (indexed in its own, heavier field).
    public var question: String?
    public var text: String

    public init(ordinal: Int, kind: Kind, headingPath: [String], question: String?, text: String) {
        self.ordinal = ordinal
        self.kind = kind
        self.headingPath = headingPath
        self.question = question
        self.text = text
    }
}

/// Cuts a document into chunks, per language:
/// - by section, the heading path kept with every chunk;
/// - a token budget measured in the language's own tokens (`tokenLength`: words; CJK and Thai by
///   characters), never splitting a sentence, a list item or a table row — a paragraph over budget is
///   cut between sentences (ICU sentence break);
/// - table rows together, and since every row already reads with its header cells ("Market: DE ·
///   Return window: 30 days") a table chunk carries its header wherever it is cut;
/// - one FAQ pair is one chunk; text that only repeats a FAQ pair is not indexed twice.
public struct Chunker: Sendable {
    public var budget: Int

    public init(budget: Int = 160) { self.budget = budget }

    public func chunks(sections: [Section], faq: [FAQPair], language: String) -> [Chunk] {
        var out: [Chunk] = []
        func add(_ kind: Chunk.Kind, _ path: [String], _ text: String, question: String? = nil) {
            guard !text.isEmpty else { return }
            out.append(Chunk(ordinal: out.count, kind: kind, headingPath: path, question: question, text: text))
        }
        for pair in faq {
            add(.faq, pair.headingPath, pair.question + "\n" + pair.answer, question: pair.question)
        }
        // Blocks that only repeat a FAQ pair (an accordion's summary and answer, a question heading's
        // section) are already in their FAQ chunk.
        let faqTexts = Set(faq.flatMap { [normalize($0.question), normalize($0.answer)] })
        let faqQuestions = Set(faq.map { normalize($0.question) })

        for section in sections {
            // (A document without FAQ pairs does not normalize its headings for nothing.)
            if !faqQuestions.isEmpty, let last = section.headingPath.last, faqQuestions.contains(normalize(last)) { continue }
            var pending: [String] = []
            var pendingTokens = 0
            var pendingKind: Chunk.Kind = .section
            func flush() {
                add(pendingKind, section.headingPath, pending.joined(separator: "\n"))
                pending = []
                pendingTokens = 0
                pendingKind = .section
            }
            for block in section.blocks where faqTexts.isEmpty || !faqTexts.contains(normalize(block.text)) {
                let kind: Chunk.Kind = block.kind == .tableRow ? .table : .section
                // A table starts its own chunk, and prose after a table starts another.
                if !pending.isEmpty, kind != pendingKind { flush() }
                pendingKind = kind
                let prefix = block.kind == .listItem ? ListLine.marker(depth: block.depth, ordinal: block.ordinal) : ""
                let pieces = block.kind == .paragraph || block.kind == .quote
                    ? sentenceGroups(block.text, language: language) : [(block.text, nil)]
                for (piece, measured) in pieces {
                    let length = measured ?? tokenLength(piece, language: language)
                    if pendingTokens > 0, pendingTokens + length > budget { flush(); pendingKind = kind }
                    pending.append(prefix + piece)
                    pendingTokens += length
                }
            }
            if !pending.isEmpty { flush() }
        }
        return out
    }

    /// A paragraph within budget stays whole; a longer one is cut between sentences into pieces that
    /// each fit (a single sentence over budget stays whole: sentences are never split).
    ///
    /// A whole paragraph comes back with its length, which was measured to decide: the caller
    /// measured it a second time before (most paragraphs are within budget). A group's length is
    /// left to the caller: the sum of its sentences' lengths need not be the length of their
    /// concatenation (a word can span the seam where no space joins them).
    private func sentenceGroups(_ text: String, language: String) -> [(String, Int?)] {
        let length = tokenLength(text, language: language)
        guard length > budget else { return [(text, length)] }
        var groups: [String] = []
        var current = ""
        var tokens = 0
        for sentence in Sentences.split(text, language: language) {
            let length = tokenLength(sentence, language: language)
            if tokens > 0, tokens + length > budget {
                groups.append(current)
                current = ""
                tokens = 0
            }
            current += current.isEmpty ? sentence : (needsSpace(language) ? " " : "") + sentence
            tokens += length
        }
        if !current.isEmpty { groups.append(current) }
        return groups.map { ($0, nil) }
    }

    private func needsSpace(_ language: String) -> Bool { !["ja", "zh", "th"].contains(language) }

    /// What makes a FAQ's text and a block the same (case, spaces and punctuation aside). By scalar,
    /// ASCII without a property lookup: Character.isWhitespace/isPunctuation and lowercased() on
    /// every block were a quarter of the index build.
    private func normalize(_ s: String) -> String { Self.comparable(s) }

    /// `normalize`, testable. Han, kana and Hangul syllables are kept without a property lookup too
    /// (three lookups a character made CJK pages the slowest to chunk): letters without case, as a
    /// test checks for every one of them.
    ///
    /// On the UTF-8 bytes, written into a byte array: ASCII (most of every block, whatever the
    /// language) is then one comparison a byte, with no scalar decoding and no `String` growth per
    /// scalar; walking `unicodeScalars` into a `UnicodeScalarView` was 4 % of the index build's CPU.
    static func comparable(_ s: String) -> String {
        var s = s
        return s.withUTF8 { bytes -> String in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b < 0x80 {
                    if (0x61...0x7A).contains(b) || (0x30...0x39).contains(b) { out.append(b) }
                    else if (0x41...0x5A).contains(b) { out.append(b + 0x20) }
                    i += 1
                    continue
                }
                // Valid UTF-8 (a String's): every lead byte has its continuation bytes.
                let width = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
                var v = UInt32(b) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
                for k in 1..<width { v = v << 6 | UInt32(bytes[i + k] & 0x3F) }
                let encoded = UnsafeBufferPointer(rebasing: bytes[i..<(i + width)])
                i += width
                if caselessLetters.contains(where: { $0.contains(v) }) { out.append(contentsOf: encoded); continue }
                let p = Unicode.Scalar(v)!.properties
                if p.isWhitespace { continue }
                switch p.generalCategory {
                case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                     .initialPunctuation, .finalPunctuation, .otherPunctuation: continue
                default: out.append(contentsOf: p.lowercaseMapping.utf8)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// CJK Unified Ideographs, hiragana and katakana letters, Hangul syllables.
    static let caselessLetters: [ClosedRange<UInt32>] = [0x4E00...0x9FFF, 0x3041...0x3096, 0x30A1...0x30FA, 0xAC00...0xD7A3]
}
