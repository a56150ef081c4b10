import Support
import Linguistics

/// One row of a KB table as the chunker writes it: cells joined by " · ", each cell labelled with its
/// column header ("Market: Singapore (SG) · Return window: 30 days").
struct TableRow: Sendable, Equatable {
    struct Cell: Sendable, Equatable {
        var label: String?
        var value: String
    }
    var cells: [Cell]

    init(cells: [Cell]) { self.cells = cells }

    /// Byte for byte (ExactText): the stored text is NFC, and Foundation's `components(separatedBy:)`
    /// and `range(of:)` were most of the cost of reading a policy table.
    init(_ line: String) {
        cells = line.componentsExactly(separatedBy: " · ").map { cell in
            // The first ": " ends the header; a value may hold more colons ("gratuits : étiquette").
            guard let colon = cell.rangeExactly(of: ": ") else { return Cell(label: nil, value: cell) }
            let label = String(cell[..<colon.lowerBound])
            return Cell(label: label.isEmpty ? nil : label, value: String(cell[colon.upperBound...]))
        }
    }

    /// The row as an answer sentence, headers kept only where they say what a value is:
    /// "Rückgabefrist: 30 Tage ab Zustellung." for a topic–value row, "Singapore (SG) — Return window:
    /// 30 days; Return shipping: Free." for a row of several columns. It ends like a sentence of the
    /// language (Thai: none), since the composer runs it on with the KB's other sentences.
    func sentence(language: String) -> String {
        guard let subject = cells.first?.value else { return "" }
        let rest = cells.dropFirst()
        let text: String
        if rest.count == 1, let only = rest.first {
            text = Self.isEmptyValue(only.value) ? subject : "\(subject): \(only.value)"
        } else {
            let described = rest.filter { !Self.isEmptyValue($0.value) }.map { c in c.label.map { "\($0): \(c.value)" } ?? c.value }
            text = described.isEmpty ? subject : "\(subject) — \(described.joined(separator: "; "))"
        }
        // A sentence ends in its language's mark (none in Thai) unless its last cell ends in one.
        guard let last = text.last, !last.isPunctuation || last == ")" || last == "）" else { return text }
        return text + Sentences.fullStop(language)
    }

    /// "—" or "-" in a cell says there is nothing to say.
    static func isEmptyValue(_ value: String) -> Bool {
        let v = value.trimmedOfWhitespace
        return v.isEmpty || v == "—" || v == "-" || v == "–"
    }
}
