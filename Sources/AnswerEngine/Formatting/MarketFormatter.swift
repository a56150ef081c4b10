import Foundation
import Synchronization
import Workspace

/// Amounts and dates written the way a market's customers read them, from the market profile's
/// `currency` and `dates` blocks (`kb/markets/<ID>.yaml`): "54,80 €" and "21. November 2026" in DE,
/// "$79.98" and "November 24, 2026" in the US, "¥5,480" and "2026年11月22日" in JP.
///
/// Deterministic: a calendar date is formatted in UTC, so the machine's time zone never shifts it,
/// and month names come from the market's locale (ICU data), with the calendar its identifier names
/// (`th-TH-u-ca-gregory` writes 2026, plain `th-TH` would write the Buddhist-era 2569).
public struct MarketFormatter: Sendable {
    public enum DateStyle: String, Sendable, CaseIterable {
        /// `dates.short`: 21.11.2026
        case short
        /// `dates.long` (the short pattern when the market has none): 21. November 2026
        case long
    }

    public let market: Market
    private let dateFormatters: DateFormatters

    public init(market: Market) {
        self.market = market
        self.dateFormatters = DateFormatters(market: market)
    }

    /// `value` in the market's currency format: 54.8 → "54,80 €" (DE), 5480 → "¥5,480" (JP).
    /// A negative amount gets a leading minus before the whole pattern ("-$5.00").
    public func amount(_ value: Decimal) -> String {
        let c = market.currency
        let digits = AmountDigits.layout(value, decimals: c.decimals, decimal: c.decimal, grouping: c.grouping)
        let text = c.pattern.replacingOccurrences(of: "{amount}", with: digits)
        return value < 0 && digits.contains(where: { $0 != "0" && $0.isNumber }) ? "-" + text : text
    }

    /// `date` by the market's `dates` pattern of that style, month names in the market's language.
    public func date(_ date: ISODate, style: DateStyle = .short) -> String {
        dateFormatters.format(date, style: style)
    }
}

/// The two DateFormatters of a market. DateFormatter is a mutable class that Foundation does not
/// declare Sendable; each one lives behind its own Mutex so a MarketFormatter can be shared between
/// tasks (the evaluation runs cases in parallel) without building a formatter per call.
private final class DateFormatters: Sendable {
    private let short: Mutex<DateFormatter>
    private let long: Mutex<DateFormatter>
    private static let utc = TimeZone(identifier: "UTC")!

    init(market: Market) {
        let locale = Locale(identifier: market.locale)
        short = Mutex(Self.make(market.dates.short, locale: locale))
        long = Mutex(Self.make(market.dates.long ?? market.dates.short, locale: locale))
    }

    private static func make(_ pattern: String, locale: Locale) -> DateFormatter {
        let f = DateFormatter()
        f.locale = locale
        // The locale's own calendar: the identifier says which (th-TH-u-ca-gregory → Gregorian).
        f.calendar = locale.calendar
        f.calendar.timeZone = utc
        f.timeZone = utc
        f.dateFormat = pattern
        return f
    }

    func format(_ date: ISODate, style: MarketFormatter.DateStyle) -> String {
        // ISODate holds Gregorian year, month and day; noon UTC keeps it away from any day boundary.
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = Self.utc
        guard let instant = gregorian.date(from: DateComponents(year: date.year, month: date.month, day: date.day, hour: 12)) else {
            return date.description
        }
        switch style {
        case .short: return short.withLock { $0.string(from: instant) }
        case .long: return long.withLock { $0.string(from: instant) }
        }
    }
}
