public enum DurationUnit: String, Sendable, Hashable {
    case minute, hour, day, week, month, year
}

/// A fact the facts rule compares across language versions: a duration, an amount with its
/// currency, a percentage, a calendar date, or a carrier or payment name, with its value normalised
/// (digits of any script, grouping and decimal marks of any convention, numbers written as words;
/// a date as year×10000 + month×100 + day; a name as its glossary concept) and the text as the
/// document writes it.
public struct Fact: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case duration(DurationUnit)
        case amount(currency: String)
        case percent
        /// `hundredths` holds the date's year×10000 + month×100 + day (year 0: none written).
        case date
        /// A carrier or payment name: the glossary concept; `hundredths` is 0.
        case name(String)

        /// Durations, amounts and percentages: facts with a number a source may also write bare.
        public var isQuantity: Bool {
            switch self {
            case .duration, .amount, .percent: return true
            case .date, .name: return false
            }
        }
    }

    public var kind: Kind
    /// The value ×100, so that 29,90 € and 29.90 compare as integers.
    public var hundredths: Int
    public var surface: String

    /// What must agree: kind and value, never the wording.
    public var key: FactKey { FactKey(kind: kind, hundredths: hundredths) }

    public static func == (a: Fact, b: Fact) -> Bool { a.key == b.key }
    public func hash(into h: inout Hasher) { h.combine(key) }
}

public struct FactKey: Sendable, Hashable {
    public var kind: Fact.Kind
    public var hundredths: Int
}
