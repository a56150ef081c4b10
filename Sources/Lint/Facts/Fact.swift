public enum DurationUnit: String, Sendable, Hashable {
    case minute, hour, day, week, month, year
}

/// A fact the facts rule compares across language versions: a duration, an amount with its
/// currency, or a percentage, with its value normalised (digits of any script, grouping and decimal
/// marks of any convention, numbers written as words) and the text as the document writes it.
public struct Fact: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case duration(DurationUnit)
        case amount(currency: String)
        case percent
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
