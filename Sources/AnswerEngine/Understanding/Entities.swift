import Foundation

/// What a customer message names that the engine can act on: orders to look up, parcels, a
/// contact address, money and dates. Values are normalized (order numbers upper-case without
/// spaces, amounts as decimals with an ISO 4217 code); `text` fields keep what the customer wrote.
public struct Entities: Sendable, Equatable, Codable {
    /// Order numbers as the store's format writes them ("SO-004211"), in order of appearance, without repeats.
    public var orderNumbers: [String]
    public var trackingNumbers: [TrackingNumber]
    public var emails: [String]
    public var amounts: [MoneyAmount]
    public var dates: [DateMention]

    public init(orderNumbers: [String] = [], trackingNumbers: [TrackingNumber] = [], emails: [String] = [],
                amounts: [MoneyAmount] = [], dates: [DateMention] = []) {
        self.orderNumbers = orderNumbers
        self.trackingNumbers = trackingNumbers
        self.emails = emails
        self.amounts = amounts
        self.dates = dates
    }

    public var isEmpty: Bool {
        orderNumbers.isEmpty && trackingNumbers.isEmpty && emails.isEmpty && amounts.isEmpty && dates.isEmpty
    }
}

/// A parcel tracking number and, when its format or the message names it, the carrier.
public struct TrackingNumber: Sendable, Equatable, Codable {
    /// Upper-case, as the carrier prints it (Yamato keeps its dashes: "4567-8901-2345").
    public var number: String
    /// "UPS", "USPS", "DHL", "Colissimo", "PostNL", "InPost", "Yamato Transport", … or nil when
    /// a bare run of digits could belong to several carriers and the message names none.
    public var carrier: String?

    public init(number: String, carrier: String?) {
        self.number = number
        self.carrier = carrier
    }
}

/// An amount of money the customer mentions ("29,90 €", "¥1,200", "RM120", "350.000 ₫").
public struct MoneyAmount: Sendable, Equatable, Codable {
    public var value: Decimal
    /// ISO 4217. A bare "$" is read as USD and "¥" as JPY; the caller knows the market and may
    /// reinterpret them (MX "$899" is pesos).
    public var currency: String
    /// The amount as written.
    public var text: String

    public init(value: Decimal, currency: String, text: String) {
        self.value = value
        self.currency = currency
        self.text = text
    }
}

/// A calendar date the customer mentions; the year is nil when they did not write one
/// ("21 November", "21.11.", "11月21日").
public struct DateMention: Sendable, Equatable, Codable {
    public var year: Int?
    public var month: Int
    public var day: Int
    /// The date as written.
    public var text: String

    public init(year: Int?, month: Int, day: Int, text: String) {
        self.year = year
        self.month = month
        self.day = day
        self.text = text
    }

    /// "2026-11-21"; a date without a year takes `defaultYear` (the workspace's "today").
    public func iso(defaultYear: Int) -> String {
        String(format: "%04d-%02d-%02d", year ?? defaultYear, month, day)
    }
}
