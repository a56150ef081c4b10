import Workspace

/// The built-in checks on dates:
/// - `builtin.date`: numeric dates in the market's short format (`dates.short`, a Unicode date
///   pattern): "11/24/2026" fails in DE (dd.MM.yyyy) and in GB (24 is no month), "21.11.2026" fails
///   in FR (dd/MM/yyyy). A numeric date in the wrong order can be misread, hence an error.
/// - `builtin.date.iso`, a warning: ISO dates (2026-11-24), correct but written for machines.
/// - `builtin.date.order`, a warning: in English answers, long dates in the order of the market's
///   long format: "November 24, 2026" where the day comes first (GB, SG, MY), "24 November 2026"
///   where it comes second (US, PH). Spelled out, the month cannot be misread: only style.
///
/// Conservative on purpose: only numeric dates with a four-digit year (so "1.2.10" and tracking
/// numbers like 4567-8901-2345 are never dates), and only a date that is valid in some field order
/// at all; an ambiguous "11/12/2026" passes in a dd/MM/yyyy market.
struct DateStyle: Sendable {
    enum Field: Sendable { case day, month, year }

    let order: [Field]
    let separator: Character
    let shortPattern: String
    let example: String
    /// Whether the market's long format puts the day before the month name.
    let dayFirstLong: Bool

    init(_ formats: Market.DateFormats) {
        shortPattern = formats.short
        var order: [Field] = []
        var separator: Character = "/"
        for c in formats.short {
            let f: Field? = c == "d" ? .day : c == "M" ? .month : c == "y" ? .year : nil
            if let f { if order.last != f { order.append(f) } } else if order.count == 1 { separator = c }
        }
        self.order = order.count == 3 ? order : [.day, .month, .year]
        self.separator = separator
        let values: [Field: String] = [.day: "24", .month: "11", .year: "2026"]
        example = self.order.map { values[$0]! }.joined(separator: String(separator))
        // Quoted literals ("d 'de' MMMM") are text, not fields.
        let long = (formats.long ?? formats.short).split(separator: "'", omittingEmptySubsequences: false)
            .enumerated().filter { $0.offset % 2 == 0 }.map(\.element).joined()
        let d = long.firstIndex(of: "d"), m = long.firstIndex(of: "M")
        dayFirstLong = d.flatMap { d in m.map { d < $0 } } ?? (self.order.first != .month)
    }

    var message: String { "Write dates in the market's format, \(shortPattern) (e.g. \(example))." }
    var isoMessage: String { "An ISO date (2026-11-24) reads as machine output to a customer; write \(shortPattern) (e.g. \(example))." }
    var orderMessage: String {
        "Write English long dates with the \(dayFirstLong ? "day first (24 November 2026)" : "month first (November 24, 2026)"), as the market does."
    }

    struct Findings { var wrong: [String] = []; var iso: [String] = []; var order: [String] = [] }

    func findings(in text: ToneText, language: String) -> Findings {
        var f = Findings()
        for date in NumericDate.all(in: text.characters) {
            let written = text.slice(date.range)
            if matchesMarket(date) { continue }
            if date.isISO { f.iso.append(written) } else if date.isDate { f.wrong.append(written) }
        }
        if language == "en" { f.order = EnglishLongDate.wrongOrder(in: text, dayFirst: dayFirstLong) }
        return f
    }

    private func matchesMarket(_ date: NumericDate) -> Bool {
        guard date.separator == separator else { return false }
        var values: [Field: String] = [:]
        for (field, value) in zip(order, date.fields) { values[field] = value }
        return NumericDate.valid(day: values[.day]!, month: values[.month]!, year: values[.year]!)
    }
}

/// Three numbers joined by one separator (. / -), as in 24.11.2026, 11/24/2026, 2026-11-24.
struct NumericDate {
    let range: Range<Int>
    let fields: [String]
    let separator: Character

    var isISO: Bool { separator == "-" && NumericDate.valid(day: fields[2], month: fields[1], year: fields[0]) }
    /// Valid in at least one field order (day-month-year, month-day-year, year-month-day).
    var isDate: Bool {
        Self.valid(day: fields[0], month: fields[1], year: fields[2]) || Self.valid(day: fields[1], month: fields[0], year: fields[2])
            || Self.valid(day: fields[2], month: fields[1], year: fields[0])
    }

    static func valid(day: String, month: String, year: String) -> Bool {
        guard year.count == 4, (1...2).contains(day.count), (1...2).contains(month.count),
              let d = Int(day), let m = Int(month) else { return false }
        return (1...31).contains(d) && (1...12).contains(m)
    }

    static func all(in chars: [Character]) -> [NumericDate] {
        var out: [NumericDate] = []
        var i = 0
        func isDigit(_ k: Int) -> Bool { k >= 0 && k < chars.count && chars[k].isASCII && chars[k].isNumber }
        while i < chars.count {
            // A date starts at a digit that does not continue a word, a number or a code.
            guard isDigit(i), i == 0 || !(chars[i - 1].isLetter || isDigit(i - 1) || (isDigit(i - 2) && "./-".contains(chars[i - 1]))) else {
                i += 1
                continue
            }
            var fields: [String] = []
            var separator: Character?
            var j = i
            while true {
                var k = j
                while isDigit(k) { k += 1 }
                fields.append(String(chars[j..<k]))
                j = k
                guard fields.count < 3, j < chars.count, "./-".contains(chars[j]), separator == nil || chars[j] == separator, isDigit(j + 1) else { break }
                separator = chars[j]
                j += 1
            }
            // Not part of something longer: 1.2.3.4, 12/24/2026x, a tracking number.
            let continues = j < chars.count && (chars[j].isLetter || (("./-".contains(chars[j])) && isDigit(j + 1)))
            if fields.count == 3, let separator, !continues {
                out.append(NumericDate(range: i..<j, fields: fields, separator: separator))
            }
            i = max(j, i + 1)
        }
        return out
    }
}

/// English long dates in the wrong order for the market: "November 24, 2026" vs "24 November 2026".
enum EnglishLongDate {
    static let months: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august",
                                      "september", "october", "november", "december"]

    static func wrongOrder(in text: ToneText, dayFirst: Bool) -> [String] {
        let words = text.words
        var out: [String] = []
        for (k, w) in words.enumerated() where months.contains(w.lowered) && w.text.first?.isUppercase == true {
            if dayFirst, k + 2 < words.count, isDay(words[k + 1].text), isYear(words[k + 2].text) {
                out.append(text.slice(w.range.lowerBound..<words[k + 2].range.upperBound))       // November 24, 2026
            } else if !dayFirst, k >= 1, k + 1 < words.count, isDay(words[k - 1].text), isYear(words[k + 1].text) {
                out.append(text.slice(words[k - 1].range.lowerBound..<words[k + 1].range.upperBound))  // 24 November 2026
            }
        }
        return out
    }

    private static func isDay(_ s: String) -> Bool {
        let digits = s.hasSuffix("th") || s.hasSuffix("st") || s.hasSuffix("nd") || s.hasSuffix("rd") ? String(s.dropLast(2)) : s
        return (1...2).contains(digits.count) && Int(digits).map { (1...31).contains($0) } == true
    }

    private static func isYear(_ s: String) -> Bool { s.count == 4 && Int(s) != nil }
}
