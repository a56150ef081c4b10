import Foundation
import KnowledgeStore

/// One language version of a document as the rules read it: its stored structure cut into text
/// units (headings, paragraphs split into sentences, list items, table rows, FAQ pairs), its
/// metadata, and its file's text for line numbers and inline suppressions.
public struct LintDocument: Sendable {
    public var stored: StoredDocument
    public var units: [TextUnit]
    /// The file as it is on disk now (nil when it is gone); lines are looked up in it.
    let file: SourceFile?

    public var key: String { stored.summary.key }
    public var id: String { stored.summary.id }
    public var lang: String { stored.summary.lang }
    /// The markets the document serves; empty = every market.
    public var markets: [String] { stored.summary.markets }
    public var path: String { stored.summary.path }
    public var updated: String? { stored.summary.updated }

    public init(stored: StoredDocument, fileText: String?) {
        self.stored = stored
        self.units = TextUnit.units(of: stored)
        self.file = fileText.map(SourceFile.init)
    }

    /// Whether the document serves `market` (a document naming no market serves all).
    func serves(_ market: String) -> Bool { markets.isEmpty || markets.contains(market) }

    /// The line of the first occurrence of `text` in the file, else of `fallback`, else nil.
    func line(of text: String, fallback: String? = nil) -> Int? {
        guard let file else { return nil }
        return file.line(of: text) ?? fallback.flatMap { file.line(of: $0) }
    }
}

/// A piece of a document small enough to say where a finding is.
public struct TextUnit: Sendable {
    public enum Kind: String, Sendable { case heading, sentence, item, row, question, answer }
    public var kind: Kind
    public var headingPath: [String]
    public var text: String

    static func units(of doc: StoredDocument) -> [TextUnit] {
        var out: [TextUnit] = []
        for section in doc.sections {
            if let heading = section.headingPath.last { out.append(TextUnit(kind: .heading, headingPath: section.headingPath, text: heading)) }
            for block in section.blocks {
                switch block.kind {
                case "table_row": out.append(TextUnit(kind: .row, headingPath: section.headingPath, text: block.text))
                case "list_item", "definition": out.append(TextUnit(kind: .item, headingPath: section.headingPath, text: block.text))
                case "code": continue
                default:
                    for s in Sentences.split(block.text) { out.append(TextUnit(kind: .sentence, headingPath: section.headingPath, text: s)) }
                }
            }
        }
        for pair in doc.faq {
            out.append(TextUnit(kind: .question, headingPath: [], text: pair.question))
            for s in Sentences.split(pair.answer) { out.append(TextUnit(kind: .answer, headingPath: [pair.question], text: s)) }
        }
        return out
    }
}

/// Sentence ends for locating facts: ". ", "! ", "? " and the full-width 。！？. Good enough to keep
/// a sentence about one market apart from the next (ICU's break iterator costs more than it helps here).
/// Read on Unicode scalars: comparing `Character`s was most of the bench corpus's loading time.
enum Sentences {
    static func split(_ text: String) -> [String] {
        var out: [String] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var i = scalars.startIndex
        var depth = 0  // inside brackets a full stop does not end the sentence: "14:00（現地時間。日本時間では15:00）まで"
        while i < scalars.endIndex {
            let c = scalars[i]
            let next = scalars.index(after: i)
            switch c {
            case "（", "(", "「": depth += 1
            case "）", ")", "」": if depth > 0 { depth -= 1 }
            default: break
            }
            let fullWidth = depth == 0 && (c == "。" || c == "！" || c == "？")
            let ascii = (c == "." || c == "!" || c == "?") && (next == scalars.endIndex || scalars[next] == " " || scalars[next] == "\n")
            if fullWidth || ascii {
                appendTrimmed(scalars[start..<next], to: &out)
                start = next
            }
            i = next
        }
        appendTrimmed(scalars[start..<scalars.endIndex], to: &out)
        return out
    }

    /// The piece without white space at its ends, when something is left.
    private static func appendTrimmed(_ piece: Substring.UnicodeScalarView, to out: inout [String]) {
        guard let first = piece.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = piece.lastIndex(where: { !$0.properties.isWhitespace }) else { return }
        out.append(String(Substring(piece[first...last])))
    }
}

/// A file's text with its line starts, for line numbers. Looks text up as written, then with runs of
/// white space allowed between its words (a paragraph wrapped over several lines, HTML indentation),
/// then its first words only.
struct SourceFile: Sendable {
    let text: String
    /// The file's UTF-8 bytes: looking text up byte by byte is what keeps line numbers cheap on
    /// thousands of findings (Foundation's `contains` per line was most of the bench corpus's time).
    private let bytes: [UInt8]

    init(_ text: String) {
        self.text = text
        self.bytes = Array(text.utf8)
    }

    func line(of needle: String) -> Int? {
        let n = needle.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !n.isEmpty else { return nil }
        if let at = offset(of: n) { return lineNumber(at) }
        // Markup or a line break may sit inside the text: look for its first words, then its longest word.
        let words = n.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        for count in [4, 2] where words.count >= count {
            if let at = offset(of: words.prefix(count).joined(separator: " ")) { return lineNumber(at) }
        }
        if let longest = words.max(by: { $0.count < $1.count }), longest.count >= 4, let at = offset(of: longest) { return lineNumber(at) }
        if n.count > 12, let at = offset(of: String(n.prefix(12))) { return lineNumber(at) }
        return nil
    }

    /// The line of a metadata field: `key:` at a line start (front matter) or `kb:key` in a meta tag.
    func lineOfField(_ key: String) -> Int? {
        let html = "kb:" + key.replacingOccurrences(of: "_", with: "-")
        if let at = offset(of: "\n" + key + ":") { return lineNumber(at) + 1 }
        return offset(of: html).map(lineNumber)
    }

    func contains(_ needle: [UInt8]) -> Bool { offset(of: needle) != nil }

    private func offset(of needle: String) -> Int? { offset(of: Array(needle.utf8)) }

    private func offset(of n: [UInt8]) -> Int? {
        guard let first = n.first, n.count <= bytes.count else { return nil }
        var i = 0
        let last = bytes.count - n.count
        while i <= last {
            if bytes[i] == first {
                var j = 1
                while j < n.count && bytes[i + j] == n[j] { j += 1 }
                if j == n.count { return i }
            }
            i += 1
        }
        return nil
    }

    private func lineNumber(_ offset: Int) -> Int {
        var line = 1
        for b in bytes[..<offset] where b == 0x0A { line += 1 }
        return line
    }
}
