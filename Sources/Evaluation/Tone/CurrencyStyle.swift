import Support
import Foundation
import Workspace

/// The built-in check `builtin.currency`: every amount written with a currency sign must be in
/// the market's format (`currency.pattern`, `decimal`, `grouping`, `decimals`): the market's own
/// sign, on the pattern's side of the number, with its separators. "€39" and "39.00 €" fail in
/// DE, "$49" in GB.
///
/// Conservative on purpose: only amounts carrying a sign count (a bare "39" is not an amount),
/// ISO codes are not signs ("30 USD" is how the KB states a cross-market threshold), nor are
/// native currency words (円, บาท); whole amounts without decimals pass ("39 €"); spacing between
/// sign and number is typography, not format.
struct CurrencyStyle: Sendable {
    let sign: String
    let signBefore: Bool
    let decimal: Character
    let grouping: Character
    let decimals: Int
    /// How the market writes 1290.5, for the rule's message.
    let example: String

    /// Currency signs, longest first so "MX$" is read before "$".
    static let signs: [[Character]] = ["MX$", "US$", "HK$", "NT$", "S$", "A$", "C$", "R$", "$", "€", "£", "¥", "￥", "฿", "₫", "₱", "₩", "₹", "zł", "Rp", "RM"].map(Array.init)
    private static let signStarts = Set(signs.compactMap(\.first))
    /// `signStarts` for the ASCII characters, by value: hashing a Character for every position of
    /// every answer cost more than the rest of the search.
    private static let asciiSignStarts: [Bool] = (0..<128).map { signStarts.contains(Character(Unicode.Scalar(UInt8($0)))) }

    init(_ format: Market.CurrencyFormat) {
        let parts = format.pattern.components(separatedBy: "{amount}")
        let before = parts[0].trimmedOfWhitespace
        let after = parts.count > 1 ? parts[1].trimmedOfWhitespace : ""
        sign = before.isEmpty ? after : before
        signBefore = !before.isEmpty
        decimal = format.decimal.first ?? "."
        grouping = format.grouping.first ?? ","
        decimals = format.decimals
        let whole = "1" + String(grouping) + "290"
        let amount = decimals > 0 ? whole + String(decimal) + "50" + String(repeating: "0", count: max(0, decimals - 2)) : whole
        example = format.pattern.replacingExactly("{amount}", with: amount)
    }

    var message: String { "Write amounts in the market's format, e.g. \(example)." }

    /// The amounts written otherwise, as they appear in the text.
    func violations(in text: ToneText) -> [String] {
        let chars = text.characters
        var out: [String] = []
        var i = 0
        while i < chars.count {
            guard let s = Self.sign(at: i, in: chars) else { i += 1; continue }
            let end = i + s.count
            let after = NumberRun.after(end, in: chars), before = NumberRun.before(i, in: chars)
            // "39,00 € 7,90 €": a sign between two numbers belongs to the market's side.
            if let n = after, before == nil || signBefore {
                if !(s == sign && signBefore && isWellFormed(n.text)) { out.append(text.slice(i..<n.range.upperBound)) }
            } else if let n = before {
                if !(s == sign && !signBefore && isWellFormed(n.text)) { out.append(text.slice(n.range.lowerBound..<end)) }
            }
            i = end
        }
        return out
    }

    private static func sign(at i: Int, in chars: [Character]) -> String? {
        guard chars[i].asciiValue.map({ asciiSignStarts[Int($0)] }) ?? signStarts.contains(chars[i]) else { return nil }
        for sc in signs {
            guard i + sc.count <= chars.count, chars[i..<(i + sc.count)].elementsEqual(sc) else { continue }
            // A sign made of letters ("Rp", "RM", "zł", the "S" of "S$") must not be part of a word.
            if sc.first!.isLetter, i > 0, chars[i - 1].isLetter { continue }
            if sc.last!.isLetter, i + sc.count < chars.count, chars[i + sc.count].isLetter { continue }
            return String(sc)
        }
        return nil
    }

    /// Digits with the market's grouping every three digits (or none), then the decimal separator
    /// and exactly `decimals` digits, or no decimals at all.
    func isWellFormed(_ number: String) -> Bool {
        var chars = Array(number)
        if NumberRun.isSpace(grouping) { chars = chars.map { NumberRun.isSpace($0) ? grouping : $0 } }
        var integer = chars[...]
        if let d = chars.lastIndex(of: decimal) {
            let fraction = chars[(d + 1)...]
            guard decimals > 0, fraction.count == decimals, fraction.allSatisfy(NumberRun.isDigit) else { return false }
            integer = chars[..<d]
        }
        if integer.allSatisfy(NumberRun.isDigit) { return !integer.isEmpty }
        let groups = integer.split(separator: grouping, omittingEmptySubsequences: false)
        guard let head = groups.first, (1...3).contains(head.count), head.allSatisfy(NumberRun.isDigit) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 && $0.allSatisfy(NumberRun.isDigit) }
    }
}

/// A number as written in running text: digits, with separators between digits (. , ' and
/// spaces, a space only before a group of exactly three digits, "1 290,00").
struct NumberRun {
    let range: Range<Int>
    let text: String

    static func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }
    static func isSpace(_ c: Character) -> Bool { c == " " || c == "\u{00A0}" || c == "\u{202F}" || c == "\u{2009}" }
    static func isSeparator(_ c: Character) -> Bool { c == "." || c == "," || c == "'" || isSpace(c) }

    /// The number starting at `i`, after at most one space.
    static func after(_ i: Int, in chars: [Character]) -> NumberRun? {
        var s = i
        if s < chars.count, isSpace(chars[s]) { s += 1 }
        guard s < chars.count, isDigit(chars[s]) else { return nil }
        var e = s
        while e < chars.count {
            if isDigit(chars[e]) { e += 1; continue }
            if isSeparator(chars[e]), e + 1 < chars.count, isDigit(chars[e + 1]),
               !isSpace(chars[e]) || groupOfThree(from: e + 1, in: chars) {
                e += 1
                continue
            }
            break
        }
        return NumberRun(range: s..<e, text: String(chars[s..<e]))
    }

    /// The number ending just before `i`, after at most one space.
    static func before(_ i: Int, in chars: [Character]) -> NumberRun? {
        var e = i
        if e > 0, isSpace(chars[e - 1]) { e -= 1 }
        guard e > 0, isDigit(chars[e - 1]) else { return nil }
        var s = e
        while s > 0 {
            if isDigit(chars[s - 1]) { s -= 1; continue }
            if s >= 2, isSeparator(chars[s - 1]), isDigit(chars[s - 2]),
               !isSpace(chars[s - 1]) || groupOfThree(from: s, in: chars) {
                s -= 1
                continue
            }
            break
        }
        // A letter or digit glued to the front makes it a code, not an amount ("SO10000005 €" is not).
        if s > 0, chars[s - 1].isLetter { return nil }
        return NumberRun(range: s..<e, text: String(chars[s..<e]))
    }

    private static func groupOfThree(from i: Int, in chars: [Character]) -> Bool {
        guard i + 3 <= chars.count, chars[i..<(i + 3)].allSatisfy(NumberRun.isDigit) else { return false }
        return i + 3 == chars.count || !isDigit(chars[i + 3])
    }
}

