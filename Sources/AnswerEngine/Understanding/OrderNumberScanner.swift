import Workspace

/// Finds the store's order numbers (the format of `kbkit.yaml`'s `orders.number`, such as
/// `AB########`) the way customers actually type them: lower case, spaces or hyphens after the
/// letters or between groups of digits ("ab 1000 0005", "AB-10000005"), a separator of the format
/// left out, fullwidth digits from Japanese and Chinese keyboards, and "#10000005" for the number
/// without its letters. Numbers come back in the format's own spelling ("AB10000005").
///
/// A hand-written scan rather than a regular expression because the intent classifier runs it on
/// every message and must stay in microseconds.
public struct OrderNumberScanner: Sendable {
    struct Hit: Equatable {
        /// Normalized: as the format writes it.
        var number: String
        /// Scalar offsets in the width-folded text (see `widthFolded`), end exclusive.
        var start: Int
        var end: Int
    }

    typealias Element = OrderNumberFormat.Element
    private let elements: [Element]
    /// The format's leading letters and digits ("AB" of "AB-########"), which "#" + the rest replaces.
    private let prefix: [Element]
    private let rest: [Element]

    /// nil format: a store without order numbers; the scanner finds none.
    public init(format: OrderNumberFormat?) {
        elements = format?.elements ?? []
        let lead = Array(elements.prefix { $0 != .digit && $0 != .letter })
        prefix = lead.contains { if case .literal = $0 { return true }; return false } ? lead : []
        rest = prefix.isEmpty ? [] : Array(elements.dropFirst(lead.count))
    }

    func scan(_ text: String) -> [Hit] {
        scan(scalars: Self.widthFolded(text))
    }

    /// Fullwidth ASCII (U+FF01…FF5E, typed by Japanese and Chinese IMEs) mapped to ASCII, one
    /// scalar for one scalar so offsets stay comparable with the original's scalars.
    static func widthFolded(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.map { s in
            (0xFF01...0xFF5E).contains(s.value) ? Unicode.Scalar(s.value - 0xFEE0)! : s
        }
    }

    func scan(scalars s: [Unicode.Scalar]) -> [Hit] {
        guard !elements.isEmpty else { return [] }
        var hits: [Hit] = []
        var i = 0
        while i < s.count {
            if i == 0 || !Self.isAlphanumeric(s[i - 1]) {
                if let (number, end) = match(elements, in: s, from: i) {
                    hits.append(Hit(number: number, start: i, end: end))
                    i = end
                    continue
                }
                if s[i] == "#", !rest.isEmpty, i + 1 < s.count, let (number, end) = match(rest, in: s, from: i + 1, loose: false) {
                    hits.append(Hit(number: render(prefix) + number, start: i, end: end))
                    i = end
                    continue
                }
            }
            i += 1
        }
        return hits
    }

    /// Matches `pattern` at `start`; the number as the format writes it and the end offset.
    /// `loose`: a few separators may follow the leading letters ("MG #1000…"), single spaces or
    /// hyphens may split groups of digits.
    private func match(_ pattern: [Element], in s: [Unicode.Scalar], from start: Int, loose: Bool = true) -> (String, Int)? {
        var j = start
        var out = ""
        var previous: Element?
        for element in pattern {
            switch element {
            case let .separator(c):
                // Optional when typed; any one of the usual separators stands for it.
                if j < s.count, s[j] == c || Self.separators.contains(s[j]) { j += 1 }
                out.unicodeScalars.append(c)
            case let .literal(c):
                guard j < s.count, Self.upper(s[j]) == c else { return nil }
                out.unicodeScalars.append(c)
                j += 1
            case .digit, .letter:
                if loose, case .literal = previous {
                    var skipped = 0
                    while j < s.count, skipped < 3, Self.separators.contains(s[j]) { j += 1; skipped += 1 }
                } else if loose, previous == element, j + 1 < s.count, s[j] == " " || s[j] == "-", fits(element, s[j + 1]) {
                    j += 1
                }
                guard j < s.count, fits(element, s[j]) else { return nil }
                out.unicodeScalars.append(Self.upper(s[j]))
                j += 1
            }
            previous = element
        }
        // No longer run of the same kind glued to the end ("SO-0042111" is no SO- + 6 digits).
        if j < s.count, Self.isAlphanumeric(s[j]), let last = pattern.last(where: { if case .separator = $0 { return false }; return true }) {
            switch last {
            case .digit: if Self.isDigit(s[j]) { return nil }
            case .letter: if Self.isLetter(s[j]) { return nil }
            case .literal: return nil
            case .separator: break
            }
        }
        return (out, j)
    }

    private func fits(_ element: Element, _ c: Unicode.Scalar) -> Bool {
        element == .digit ? Self.isDigit(c) : Self.isLetter(c)
    }

    private func render(_ elements: [Element]) -> String {
        var out = ""
        for e in elements {
            if case let .literal(c) = e { out.unicodeScalars.append(c) }
            if case let .separator(c) = e { out.unicodeScalars.append(c) }
        }
        return out
    }

    static let separators: Set<Unicode.Scalar> = [" ", "#", "-", "–", ".", ":", "_", "/"]

    static func upper(_ c: Unicode.Scalar) -> Unicode.Scalar {
        c.value >= 97 && c.value <= 122 ? Unicode.Scalar(c.value - 32)! : c
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
    static func isLetter(_ c: Unicode.Scalar) -> Bool { (c.value >= 65 && c.value <= 90) || (c.value >= 97 && c.value <= 122) }
    static func isAlphanumeric(_ c: Unicode.Scalar) -> Bool { isDigit(c) || isLetter(c) }
}
