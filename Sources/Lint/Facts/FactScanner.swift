import Foundation

/// Finds the facts of one text (`Fact`) in one pass over its characters, without regular
/// expressions (the bench corpus has 46 MB of text): a number — digits of any script, with grouping
/// and decimal marks — or a number word followed by a unit, a currency mark before or after it, or a
/// percent sign. "5–8 business days" gives both numbers the unit. Numbers inside codes (EX10000005,
/// IPX4, CR2032), times (14:00), calendar years and dates (2026年11月20日) are no facts.
struct FactScanner {
    let lexicon: FactLexicon
    let language: String
    private let units: [String: DurationUnit]
    private let numberWords: [String: Int]
    private let longestNumberWord: Int
    /// First characters of the number words: most positions of a text start none, and are skipped at once.
    private let numberWordStarts: Set<Unicode.Scalar>
    /// The language's set phrases that are no facts (fact-ignore.tsv), with their UTF-8 bytes.
    private let ignored: [(String, [UInt8])]

    /// Dates, read before numbers: their digits are no durations or amounts.
    private let dates: DateScanner
    /// Carrier and payment names of the workspace's glossary (`FactNames`).
    private let names: FactNames

    init(language: String, dateOrder: DateScanner.NumericOrder = .dayFirst, names: FactNames = FactNames(), lexicon: FactLexicon = .shared) {
        self.lexicon = lexicon
        self.language = language
        self.dates = DateScanner(language: language, order: dateOrder)
        self.names = names
        self.units = lexicon.units(for: language)
        self.numberWords = lexicon.numberWords[language] ?? [:]
        self.longestNumberWord = numberWords.keys.map(\.unicodeScalars.count).max() ?? 0
        self.ignored = (lexicon.ignored[language] ?? []).map { ($0, Array($0.utf8)) }
        self.numberWordStarts = Set(numberWords.keys.compactMap(\.unicodeScalars.first).flatMap { [$0, $0.properties.uppercaseMapping.unicodeScalars.first ?? $0] })
    }

    func facts(in original: String) -> [Fact] {
        var text = original
        // Every fact has a digit or a number word; most sentences have neither kind of set phrase.
        if !ignored.isEmpty {
            let bytes = Array(original.utf8)
            for (phrase, phraseBytes) in ignored where MarketMentions.containsBytes(phraseBytes, in: bytes) {
                text = text.replacingOccurrences(of: phrase, with: String(repeating: " ", count: phrase.count))
            }
        }
        let chars = Array(text.unicodeScalars)
        var out: [Fact] = []
        var i = 0
        while i < chars.count {
            if Self.digit(chars[i]) != nil, !Self.isCodeCharacter(before: i, in: chars), let (value, end) = dates.date(chars, at: i) {
                out.append(Fact(kind: .date, hundredths: value, surface: String(String.UnicodeScalarView(chars[i..<end]))))
                i = end
                continue
            }
            if dates.monthStarts.contains(chars[i]), let (value, end) = dates.dateFromMonth(chars, at: i) {
                out.append(Fact(kind: .date, hundredths: value, surface: String(String.UnicodeScalarView(chars[i..<end]))))
                i = end
                continue
            }
            if Self.digit(chars[i]) != nil, !Self.isCodeCharacter(before: i, in: chars) {
                let (first, afterFirst) = Self.number(chars, from: i)
                var end = afterFirst
                var values = [first]
                // A range: "5–8", "5 - 8", "3〜5".
                let j = Self.skipSpaces(chars, from: end)
                if j < chars.count, "–—-~〜～".unicodeScalars.contains(chars[j]) {
                    let k = Self.skipSpaces(chars, from: j + 1)
                    if k < chars.count, Self.digit(chars[k]) != nil {
                        let (second, afterSecond) = Self.number(chars, from: k)
                        values.append(second)
                        end = afterSecond
                    }
                }
                if !isNoFact(chars, start: i, end: end) {
                    let after = kindAfter(chars, from: end)
                    let before = after == nil ? currencyBefore(chars, start: i) : nil
                    if let kind = after ?? before {
                        // The number with its unit or mark as written: "30 días", "€39".
                        let surface = after != nil ? String(String.UnicodeScalarView(chars[i..<max(end, kind.1)]))
                                                   : String(String.UnicodeScalarView(chars[kind.1..<end]))
                        // A calendar year ("2026年", "in 2026 years"?) is no duration.
                        if case .duration(.year) = kind.0, values.contains(where: { $0 >= 1900_00 }) { i = max(end, i + 1); continue }
                        for v in values { out.append(Fact(kind: kind.0, hundredths: v, surface: surface.trimmingCharacters(in: .whitespaces))) }
                    }
                }
                i = max(end, i + 1)
                continue
            }
            if numberWordStarts.contains(chars[i]), let (value, end) = numberWord(chars, at: i), let kind = kindAfter(chars, from: end), case .duration = kind.0 {
                let surface = String(String.UnicodeScalarView(chars[i..<kind.1]))
                out.append(Fact(kind: kind.0, hundredths: value * 100, surface: surface.trimmingCharacters(in: .whitespaces)))
                i = end
                continue
            }
            i += 1
        }
        return out + names.facts(in: original)
    }

    /// The longest entry of `table` that the text spells from `i` on (lower-cased, at most
    /// `maxLength` scalars) and that `endsAt` accepts as ending at its end index: a number word, a
    /// month name. Its value and end index.
    static func longestEntry<Value>(_ chars: [Unicode.Scalar], at i: Int, maxLength: Int, in table: [String: Value],
                                    endsAt: (Int) -> Bool) -> (Value, Int)? {
        var best: (Value, Int)?
        var candidate = ""
        var k = i
        while k < chars.count, k - i < maxLength {
            appendLowercased(chars[k], to: &candidate)
            k += 1
            if let v = table[candidate], endsAt(k) { best = (v, k) }
        }
        return best
    }

    /// Lower-cases while a candidate word grows, without a new string per letter (ASCII at once).
    static func appendLowercased(_ c: Unicode.Scalar, to candidate: inout String) {
        if c.value >= 0x41 && c.value <= 0x5A { candidate.unicodeScalars.append(Unicode.Scalar(c.value + 0x20)!) }
        else if c.value < 0x80 || !c.properties.changesWhenLowercased { candidate.unicodeScalars.append(c) }
        else { candidate += c.properties.lowercaseMapping }
    }

    // MARK: numbers

    /// The value of a decimal digit of any script (ASCII, full-width, Thai, Arabic-Indic…), else nil.
    static func digit(_ c: Unicode.Scalar) -> Int? {
        if c.value >= 0x30 && c.value <= 0x39 { return Int(c.value - 0x30) }
        guard c.value >= 0x80, c.properties.numericType == .decimal, let v = c.properties.numericValue else { return nil }
        return Int(v)
    }

    static func digit(_ c: Character) -> Int? {
        guard c.unicodeScalars.count == 1, let s = c.unicodeScalars.first else { return nil }
        return digit(s)
    }

    /// A number starting at `start`: digits with grouping or decimal marks between them. The last
    /// mark is decimal unless exactly three digits follow it and it is not the only kind of mark
    /// used ("29,90", "3.5" decimal; "5,000", "500.000", "1.234,50" grouped). Value ×100.
    static func number(_ chars: [Unicode.Scalar], from start: Int) -> (Int, Int) {
        var digits: [Int] = []
        var marks: [(position: Int, mark: Unicode.Scalar)] = []  // position = number of digits before the mark
        var i = start
        while i < chars.count {
            if let d = digit(chars[i]) { digits.append(d); i += 1; continue }
            if ".,'\u{202F}\u{00A0}".unicodeScalars.contains(chars[i]), i + 1 < chars.count, digit(chars[i + 1]) != nil, !digits.isEmpty {
                marks.append((digits.count, chars[i])); i += 1; continue
            }
            break
        }
        var decimalAt: Int?
        if let last = marks.last {
            let kinds = Set(marks.map(\.mark))
            let digitsAfter = digits.count - last.position
            if kinds.count > 1 {
                decimalAt = last.position                       // 1.234,50 · 1,234.50
            } else if marks.count == 1 && digitsAfter != 3 && !"'\u{202F}\u{00A0}".unicodeScalars.contains(last.mark) {
                decimalAt = last.position                       // 29,90 · 3.5
            }                                                   // else grouped: 5,000 · 500.000 · 1,000,000
        }
        var whole = 0, fraction = 0, fractionDigits = 0
        for (n, d) in digits.enumerated() {
            if let at = decimalAt, n >= at {
                if fractionDigits < 2 { fraction = fraction * 10 + d; fractionDigits += 1 }
            } else {
                whole = whole &* 10 &+ d
            }
        }
        if fractionDigits == 1 { fraction *= 10 }
        return (whole &* 100 &+ fraction, i)
    }

    /// A letter or a code mark right before the digits: part of a code (EX10000005, IPX4, USB-C 2).
    static func isCodeCharacter(before i: Int, in chars: [Unicode.Scalar]) -> Bool {
        guard i > 0 else { return false }
        let p = chars[i - 1]
        if digit(p) != nil { return true }
        if p.properties.isAlphabetic && !isIdeographicOrThai(p) && !"$€£¥฿₫₱".unicodeScalars.contains(p) { return !endsCurrencyMark(chars, at: i) }
        return p == "#" || p == "+" || p == "/" || p == ":" || p == "_"
    }

    /// "Rp350", "RM120", "S$50": letters that are a currency mark, not a code.
    static func endsCurrencyMark(_ chars: [Unicode.Scalar], at i: Int) -> Bool {
        for (mark, _) in FactLexicon.shared.currencies where mark.unicodeScalars.count <= i {
            if String(String.UnicodeScalarView(chars[(i - mark.unicodeScalars.count)..<i])) == mark {
                return i - mark.unicodeScalars.count == 0 || !chars[i - mark.unicodeScalars.count - 1].properties.isAlphabetic
            }
        }
        return false
    }

    static func isIdeographicOrThai(_ c: Character) -> Bool {
        c.unicodeScalars.first.map(isIdeographicOrThai) ?? false
    }

    static func isIdeographicOrThai(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x0E00...0x0E7F).contains(v) || (0x3040...0x30FF).contains(v) || (0x3400...0x9FFF).contains(v) || (0xAC00...0xD7A3).contains(v)
    }

    /// Times (14:00), ISO dates and their parts, calendar years and day-of-month in CJK dates.
    private func isNoFact(_ chars: [Unicode.Scalar], start: Int, end: Int) -> Bool {
        if end < chars.count, chars[end] == ":" || chars[end] == "/" { return true }
        if end + 1 < chars.count, chars[end] == "-", Self.digit(chars[end + 1]) != nil { return true }
        if start > 0, chars[start - 1] == "-" || chars[start - 1] == "月" || chars[start - 1] == "年" { return true }
        return false
    }

    private static func skipSpaces(_ chars: [Unicode.Scalar], from i: Int) -> Int {
        var j = i
        while j < chars.count, chars[j] == " " || chars[j] == "\u{00A0}" || chars[j] == "\u{202F}" { j += 1 }
        return j
    }

    // MARK: what follows or precedes a number

    /// A unit, a currency mark or a percent sign after the number ("30 days", "30-day", "29,90 €", "50 %").
    private func kindAfter(_ chars: [Unicode.Scalar], from end: Int) -> (Fact.Kind, Int)? {
        var j = Self.skipSpaces(chars, from: end)
        if j < chars.count, chars[j] == "%" || chars[j] == "％" { return (.percent, j + 1) }
        for (mark, currency) in lexicon.currencyScalars where j + mark.count <= chars.count {
            if chars[j..<(j + mark.count)].elementsEqual(mark), !(j + mark.count < chars.count && chars[j + mark.count].properties.isAlphabetic && mark.last!.properties.isAlphabetic) {
                return (.amount(currency: currency), j + mark.count)
            }
        }
        if j < chars.count, chars[j] == "-" { j += 1 }
        // The longest unit word that starts here and ends at a word boundary (or anywhere in CJK and Thai).
        var best: (DurationUnit, Int)?
        var candidate = ""
        var k = j
        while k < chars.count, k - j < lexicon.longestUnit {
            Self.appendLowercased(chars[k], to: &candidate)
            k += 1
            if let unit = units[candidate] {
                let boundary = k >= chars.count || !chars[k].properties.isAlphabetic || Self.isIdeographicOrThai(chars[k - 1])
                if boundary { best = (unit, k) }
            }
        }
        return best.map { (.duration($0.0), $0.1) }
    }

    /// A currency mark right before the number ("€39", "MX$999", "Rp350.000", "฿ 990"), and where the mark starts.
    private func currencyBefore(_ chars: [Unicode.Scalar], start: Int) -> (Fact.Kind, Int)? {
        var i = start
        if i > 0, chars[i - 1] == " " || chars[i - 1] == "\u{00A0}" { i -= 1 }
        for (mark, currency) in lexicon.currencies where mark.unicodeScalars.count <= i {
            guard chars[(i - mark.unicodeScalars.count)..<i].elementsEqual(mark.unicodeScalars) else { continue }
            let before = i - mark.unicodeScalars.count
            if mark.unicodeScalars.first!.properties.isAlphabetic, before > 0, chars[before - 1].properties.isAlphabetic { continue }
            return (.amount(currency: currency), before)
        }
        return nil
    }

    /// A number written as a word at `i` (at a word start in spaced scripts), longest first.
    private func numberWord(_ chars: [Unicode.Scalar], at i: Int) -> (Int, Int)? {
        let spaced = !Self.isIdeographicOrThai(chars[i])
        if spaced && i > 0 && chars[i - 1].properties.isAlphabetic { return nil }
        return Self.longestEntry(chars, at: i, maxLength: longestNumberWord, in: numberWords) { k in
            !spaced || k >= chars.count || !chars[k].properties.isAlphabetic
        }
    }
}
