import Workspace

/// Which markets a piece of text is about: a market's name ("Japan", as its profile's `name`
/// writes it), or its id in parentheses ("(DE, FR, ES)") or alone in a table cell ("Market: DE").
/// A bare upper-case word elsewhere is not enough: "VAT ID" is not about Indonesia.
struct MarketMentions: Sendable {
    private let names: [(name: String, id: String)]
    private let ids: Set<String>

    init(markets: [Market]) {
        names = markets.filter { !$0.name.isEmpty }.map { ($0.name, $0.id) }.sorted { $0.name.count > $1.name.count }
        ids = Set(markets.map(\.id))
    }

    func markets(in text: String) -> Set<String> {
        var found = Set<String>()
        let bytes = Array(text.utf8)
        for (name, id) in names where Self.containsWord(Array(name.utf8), in: bytes) { found.insert(id) }
        if bytes.contains(UInt8(ascii: "(")) { found.formUnion(idsInParentheses(text)) }
        if bytes.contains(UInt8(ascii: ":")) || bytes.count <= 8 { found.formUnion(idsAsCells(text)) }
        return found
    }

    static func containsBytes(_ needle: [UInt8], in bytes: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= bytes.count else { return false }
        var i = 0
        while i <= bytes.count - needle.count {
            if bytes[i] == first && bytes[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }

    /// A whole word ("Japanese" does not name Japan), compared byte for byte (Foundation's
    /// `range(of:)` was most of the rule's time).
    static func containsWord(_ word: [UInt8], in bytes: [UInt8]) -> Bool {
        guard let first = word.first, word.count <= bytes.count else { return false }
        var i = 0
        while i <= bytes.count - word.count {
            if bytes[i] == first {
                var j = 1
                while j < word.count && bytes[i + j] == word[j] { j += 1 }
                if j == word.count && (i == 0 || !FoldedText.isLetterByte(bytes[i - 1]))
                    && (i + j == bytes.count || !FoldedText.isLetterByte(bytes[i + j])) { return true }
            }
            i += 1
        }
        return false
    }

    /// "(DE, FR, ES, IT, NL)", "(SG)", "(TH/VN)": every item of the parentheses must be a market id.
    private func idsInParentheses(_ text: String) -> Set<String> {
        var out = Set<String>()
        var rest = text[...]
        while let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
            let items = rest[rest.index(after: open)..<close].split(whereSeparator: { $0 == "," || $0 == "/" || $0 == " " }).map(String.init)
            if !items.isEmpty, items.allSatisfy({ ids.contains($0) }) { out.formUnion(items) }
            rest = rest[rest.index(after: close)...]
        }
        return out
    }

    /// Table rows are stored as "Header: value · Header: value"; a cell holding only ids names them.
    private func idsAsCells(_ text: String) -> Set<String> {
        var out = Set<String>()
        for cell in text.components(separatedBy: " · ") {
            let value = cell.split(separator: ":", maxSplits: 1).last.map(String.init) ?? cell
            let items = value.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "/" }).map(String.init)
            if !items.isEmpty, items.allSatisfy({ ids.contains($0) }) { out.formUnion(items) }
        }
        return out
    }
}
