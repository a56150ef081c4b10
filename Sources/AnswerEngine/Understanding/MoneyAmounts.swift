import Foundation

/// Amounts with a currency, written the ways the store's markets write them: symbol before or
/// after, ISO codes, currency words, "." or "," or a space for grouping ("29,90 €", "€29,90",
/// "$29.90", "¥1,200", "1,200円", "฿990", "Rp289.000", "RM149.00", "159 zł", "350.000 ₫").
enum MoneyAmounts {
    private static let number = "\\d{1,3}(?:[.,\\u0020\\u00A0\\u202F]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?"

    /// Currency marks written before the number → ISO code. Longest first so "MX$" wins over "$".
    static let prefixes: [(String, String)] = [
        ("MX$", "MXN"), ("US$", "USD"), ("S$", "SGD"), ("RM", "MYR"), ("Rp.", "IDR"), ("Rp", "IDR"), ("₱", "PHP"),
        ("€", "EUR"), ("£", "GBP"), ("$", "USD"), ("¥", "JPY"), ("￥", "JPY"), ("฿", "THB"), ("₫", "VND"),
    ] + isoCodes.map { ($0, $0) }

    /// Currency marks written after the number → ISO code.
    static let suffixes: [(String, String)] = [
        ("€", "EUR"), ("£", "GBP"), ("$", "USD"), ("円", "JPY"), ("¥", "JPY"), ("元", "CNY"), ("块", "CNY"),
        ("บาท", "THB"), ("฿", "THB"), ("₫", "VND"), ("đồng", "VND"), ("đ", "VND"), ("zł", "PLN"), ("zl", "PLN"),
        ("złotych", "PLN"), ("złote", "PLN"), ("zlotych", "PLN"), ("euros", "EUR"), ("euro", "EUR"), ("eur", "EUR"),
        ("dollars", "USD"), ("dollar", "USD"), ("pounds", "GBP"), ("pound", "GBP"), ("yen", "JPY"), ("baht", "THB"),
        ("ringgit", "MYR"), ("pesos", "MXN"), ("peso", "MXN"), ("piso", "PHP"), ("rupiah", "IDR"), ("dong", "VND"),
    ] + isoCodes.map { ($0, $0) }

    static let isoCodes = ["EUR", "USD", "GBP", "JPY", "THB", "VND", "IDR", "MYR", "MXN", "PLN", "PHP", "SGD", "CNY"]

    private static func alternation(_ marks: [(String, String)]) -> String {
        marks.map(\.0).sorted { $0.count > $1.count }.map(NSRegularExpression.escapedPattern(for:)).joined(separator: "|")
    }

    // Letters around a currency mark only matter for Latin codes ("RM", "EUR"): "送料は¥1,200です"
    // has letters on both sides of a perfectly good amount.
    static let prefixed = try! NSRegularExpression(
        pattern: "(?<![A-Za-z\\d])(\(alternation(prefixes)))\\s?(\(number))(?![\\d])", options: [.caseInsensitive])
    static let suffixed = try! NSRegularExpression(
        pattern: "(?<![\\d.,])(\(number))\\s?(\(alternation(suffixes)))(?![A-Za-z])", options: [.caseInsensitive])

    /// Every amount with its currency in the text, in the text's order: where it stands, its value and
    /// ISO code. An amount overlaps no other, nor a range the caller has taken already (`isFree`: an
    /// order or tracking number's digits are no amount).
    static func found(in text: String, isFree: (NSRange) -> Bool = { _ in true }) -> [(range: NSRange, value: Decimal, currency: String)] {
        let ns = text as NSString
        let whole = NSRange(location: 0, length: ns.length)
        var found: [(range: NSRange, value: Decimal, currency: String)] = []
        for (regex, numberGroup, markGroup, table) in [(prefixed, 2, 1, prefixes), (suffixed, 1, 2, suffixes)] {
            for m in regex.matches(in: text, range: whole)
            where isFree(m.range) && !found.contains(where: { NSIntersectionRange($0.range, m.range).length > 0 }) {
                guard let value = parseNumber(ns.substring(with: m.range(at: numberGroup))),
                      let currency = currency(for: ns.substring(with: m.range(at: markGroup)), in: table) else { continue }
                found.append((m.range, value, currency))
            }
        }
        return found.sorted { $0.range.location < $1.range.location }
    }

    static func currency(for mark: String, in table: [(String, String)]) -> String? {
        table.first { $0.0.caseInsensitiveCompare(mark) == .orderedSame }?.1
    }

    /// "1.234,56" → 1234.56, "1,200" → 1200, "29,90" → 29.9, "350.000" → 350000, "1 200" → 1200.
    /// The last separator is the decimal one when two kinds appear or when fewer than three
    /// digits follow it; otherwise every separator groups thousands.
    static func parseNumber(_ raw: String) -> Decimal? {
        let chars = Array(raw.filter { !$0.isWhitespace && $0 != "\u{202F}" })
        let separators = chars.enumerated().filter { $0.element == "." || $0.element == "," }
        var digits = String(chars.filter(\.isNumber))
        if let last = separators.last {
            let kinds = Set(separators.map(\.element))
            let after = chars.count - last.offset - 1
            let isDecimal = kinds.count == 2 || (separators.count == 1 && after != 3)
            if isDecimal {
                digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -after))
            }
        }
        return Decimal(string: digits, locale: Locale(identifier: "en_US_POSIX"))
    }
}
