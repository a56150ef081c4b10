import Foundation
import Synchronization
import Workspace

/// Amounts and dates written the way a market's customers read them in the answer's language, from
/// the market profile's `currency` and `dates` blocks (`kb/markets/<ID>.yaml`) and their per-language
/// `locales` overrides: "54,80 €" and "21. November 2026" in DE, "$79.98" and "November 24, 2026" in
/// the US, "¥5,480" and "2026年11月22日" in JP, "$24.95" in Canadian English and "24,95 $" in
/// Canadian French.
///
/// Deterministic: a calendar date is formatted in UTC, so the machine's time zone never shifts it.
/// Month names come from ICU's data for the locale: the market's `locale` when the answer is in the
/// market's default language or in the locale's own language (with the calendar its identifier
/// names: `th-TH-u-ca-gregory` writes 2026, plain `th-TH` would write the Buddhist-era 2569),
/// otherwise `<language>_<MARKET>` (fr_CA, es_US), so any language ICU knows gets its month names.
public struct MarketFormatter: Sendable {
    public enum DateStyle: String, Sendable, CaseIterable {
        /// `dates.short`: 21.11.2026
        case short
        /// `dates.long` (the short pattern when the market has none): 21. November 2026
        case long
    }

    public let market: Market
    /// The answer's language (a normalised tag); the market's default language when not given.
    public let language: String
    private let currency: Market.CurrencyFormat
    private let dateFormatters: DateFormatters

    public init(market: Market, language: String? = nil) {
        self.market = market
        let language = language ?? market.defaultLanguage
        self.language = language
        currency = market.currency(for: language)
        dateFormatters = DateFormatters(formats: market.dates(for: language), locale: Self.locale(market: market, language: language))
    }

    /// The ICU locale of month names: the market's own when the language is its default or the
    /// locale's language; otherwise the language in the market's country ("fr_CA").
    static func locale(market: Market, language: String) -> Locale {
        let own = Locale(identifier: market.locale)
        let ownLanguage = own.language.languageCode?.identifier
        if language == market.defaultLanguage || language == ownLanguage { return own }
        return Locale(identifier: "\(language)_\(market.id)")
    }

    /// `value` in the currency format of the market and language: 54.8 → "54,80 €" (DE),
    /// 5480 → "¥5,480" (JP), 24.95 → "24,95 $" (CA, French). A negative amount gets a leading
    /// minus before the whole pattern ("-$5.00").
    public func amount(_ value: Decimal) -> String {
        let c = currency
        let digits = AmountDigits.layout(value, decimals: c.decimals, decimal: c.decimal, grouping: c.grouping)
        let text = c.pattern.replacingOccurrences(of: "{amount}", with: digits)
        return value < 0 && digits.contains(where: { $0 != "0" && $0.isNumber }) ? "-" + text : text
    }

    /// `date` by the `dates` pattern of that style for the market and language, month names in the
    /// answer's language.
    public func date(_ date: ISODate, style: DateStyle = .short) -> String {
        dateFormatters.format(date, style: style)
    }
}

/// The two DateFormatters of a market and language. DateFormatter is a mutable class that Foundation does not
/// declare Sendable; each one lives behind its own Mutex so a MarketFormatter can be shared between
/// tasks (the evaluation runs cases in parallel) without building a formatter per call.
private final class DateFormatters: Sendable {
    private let short: Mutex<DateFormatter>
    private let long: Mutex<DateFormatter>
    private static let utc = TimeZone(identifier: "UTC")!

    init(formats: Market.DateFormats, locale: Locale) {
        short = Mutex(Self.make(formats.short, locale: locale))
        long = Mutex(Self.make(formats.long ?? formats.short, locale: locale))
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
