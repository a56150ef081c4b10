import Foundation
import Support

/// Amounts written with a bound ("orders over £135.00", "up to £135", "¥5,000以上", "more than
/// £135"), read as ranges (`Resources/reading/amount-bounds.tsv`): what a rule keyed on an amount
/// covers, and what a customer says their order comes to. A rule whose range the customer's amount
/// lies outside is another customer's rule: "Orders up to £135.00: UK VAT is included" does not
/// answer "my basket comes to more than £135, will I pay anything on delivery?".
struct AmountBounds: Sendable {
    enum Bound: String, Sendable {
        case upTo = "up_to", below, over, from
        /// What the customer's order comes to ("my basket comes to about £175"): the amount itself.
        case total
    }

    enum Place: String, Sendable {
        case before, after
    }

    /// An amount as a text states it: its value and currency, and the bound written with it (none:
    /// the amount itself, "my order is €30").
    struct Stated: Sendable, Equatable {
        var value: Decimal
        var currency: String
        var bound: Bound?
    }

    struct Entry: Sendable {
        var bound: Bound
        var place: Place
        /// Folded.
        var words: String
    }

    /// Language → its bounding words, longest first.
    let entries: [String: [Entry]]

    static let builtin = BuiltInResource.read { try AmountBounds(PackageResources.amount_bounds_tsv, file: "reading/amount-bounds.tsv") }

    init(_ bytes: [UInt8], file: String) throws(ResourceTable.Malformed) {
        let table = try ResourceTable(bytes, file: file, columns: 4, names: ["language", "bound", "place", "words"])
        var entries: [String: [Entry]] = [:]
        for line in table.lines {
            guard let bound = Bound(rawValue: line.fields[1]) else {
                throw ResourceTable.Malformed(file: file, line: line.number, reason: "unknown bound '\(line.fields[1])' (up_to, below, over, from, total)")
            }
            guard let place = Place(rawValue: line.fields[2]) else {
                throw ResourceTable.Malformed(file: file, line: line.number, reason: "unknown place '\(line.fields[2])' (before, after)")
            }
            entries[line.fields[0], default: []].append(Entry(bound: bound, place: place, words: Folding.folded(line.fields[3])))
        }
        self.entries = entries.mapValues { $0.sorted { $0.words.count > $1.words.count } }
    }

    /// The amounts the text states, in order, each with the bound written right before or after it.
    func stated(in text: String, language: String) -> [Stated] {
        guard text.contains(where: \.isNumber) else { return [] }
        let ns = text as NSString
        return MoneyAmounts.found(in: text).map { amount in
            let bound = self.bound(before: ns.substring(to: amount.range.location), after: ns.substring(from: NSMaxRange(amount.range)),
                                   language: language)
            return Stated(value: amount.value, currency: amount.currency, bound: bound)
        }
    }

    /// The bound whose words end the text before the amount or open the text after it, as whole words.
    private func bound(before: String, after: String, language: String) -> Bound? {
        guard let list = entries[language] else { return nil }
        let tail = Folding.folded(String(before.suffix(40))).trimmingCharacters(in: .whitespaces)
        let head = Folding.folded(String(after.prefix(40))).trimmingCharacters(in: .whitespaces)
        for entry in list {
            switch entry.place {
            case .before:
                guard tail.hasSuffix(entry.words) else { continue }
                let rest = tail.dropLast(entry.words.count)
                if rest.last.map({ !$0.isLetter || Self.isUnspaced($0) || Self.isUnspaced(entry.words.first) }) ?? true { return entry.bound }
            case .after:
                guard head.hasPrefix(entry.words) else { continue }
                let rest = head.dropFirst(entry.words.count)
                if rest.first.map({ !$0.isLetter || Self.isUnspaced($0) || Self.isUnspaced(entry.words.last) }) ?? true { return entry.bound }
            }
        }
        return nil
    }

    /// Han, kana, Thai: words run together, so a bound is matched inside the text.
    private static func isUnspaced(_ c: Character?) -> Bool {
        c?.unicodeScalars.first.map(IntentFeaturizer.isUnspaced) ?? false
    }

    /// The amounts a customer's message bounds ("more than £135", "unter 30 €") or gives as their
    /// order's total ("my basket comes to about £175"): what their order comes to. An amount written
    /// alone may be anything — a price, a charge ("I had to pay £38 in
    /// import charges", whose order was over £135) — so it bounds no rule.
    func customer(_ message: String, language: String) -> [Stated] {
        stated(in: message, language: language).filter { $0.bound != nil }
    }

    /// Whether a rule keyed on an amount (its subject: "United Kingdom (GB), orders up to £135.00")
    /// is not the customer's: it bounds an amount in a currency the customer gave an amount in, and
    /// none of the customer's amounts in that currency lies in its range.
    func excludes(subject: String, customer: [Stated], language: String) -> Bool {
        guard !customer.isEmpty else { return false }
        return stated(in: subject, language: language).contains { rule in
            guard rule.bound != nil else { return false }
            let same = customer.filter { $0.currency == rule.currency }
            return !same.isEmpty && same.allSatisfy { !Self.overlap(rule, $0) }
        }
    }

    /// Whether two stated amounts' ranges share a value.
    static func overlap(_ a: Stated, _ b: Stated) -> Bool {
        let x = Range(a), y = Range(b)
        return !(x.endsBefore(y) || y.endsBefore(x))
    }

    /// A stated amount's range: a bound's half line, or the amount alone.
    private struct Range {
        var lower: Decimal?, lowerIncluded = true
        var upper: Decimal?, upperIncluded = true

        init(_ s: Stated) {
            switch s.bound {
            case nil, .total?: (lower, upper) = (s.value, s.value)
            case .upTo?: upper = s.value
            case .below?: (upper, upperIncluded) = (s.value, false)
            case .over?: (lower, lowerIncluded) = (s.value, false)
            case .from?: lower = s.value
            }
        }

        /// Every value of this range lies below every value of the other.
        func endsBefore(_ other: Range) -> Bool {
            guard let upper, let start = other.lower else { return false }
            return upper < start || (upper == start && !(upperIncluded && other.lowerIncluded))
        }
    }
}
