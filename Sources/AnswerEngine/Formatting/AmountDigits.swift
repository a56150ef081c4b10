import Foundation

/// The digits of an amount laid out by a market's separators: pure text work, no locale.
///
/// Foundation's NumberFormatter would pick separators and symbol placement from the locale, but the
/// market profile states them explicitly (`currency.pattern`, `decimal`, `grouping`, `decimals`) and
/// the KB documents quote exactly those forms ("54,80 €", "€29,90", "890.000 ₫"), so the profile wins.
enum AmountDigits {
    /// `value` rounded half away from zero to `decimals` places, grouped by threes:
    /// (1290, ",", ".", 2) → "1.290,00"; the sign is left to the caller.
    static func layout(_ value: Decimal, decimals: Int, decimal: String, grouping: String) -> String {
        var magnitude = value < 0 ? -value : value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &magnitude, decimals, .plain)
        // Scale to a whole number so its description is a plain digit string ("129000", never "1.29e5").
        var scaled = rounded
        for _ in 0..<max(decimals, 0) { scaled *= 10 }
        var digits = (scaled as NSDecimalNumber).stringValue
        if let dot = digits.firstIndex(of: ".") { digits = String(digits[..<dot]) }
        if digits.count <= decimals { digits = String(repeating: "0", count: decimals - digits.count + 1) + digits }
        let integer = digits.dropLast(decimals)
        let fraction = digits.suffix(decimals)
        let grouped = group(String(integer), by: grouping)
        return decimals > 0 ? grouped + decimal + fraction : grouped
    }

    /// "1290000" → "1.290.000" with grouping ".".
    static func group(_ integer: String, by separator: String) -> String {
        guard !separator.isEmpty, integer.count > 3 else { return integer }
        var groups: [Substring] = []
        var end = integer.endIndex
        while end > integer.startIndex {
            let start = integer.index(end, offsetBy: -3, limitedBy: integer.startIndex) ?? integer.startIndex
            groups.append(integer[start..<end])
            end = start
        }
        return groups.reversed().joined(separator: separator)
    }
}
