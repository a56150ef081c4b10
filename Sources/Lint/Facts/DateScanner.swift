/// Calendar dates as the facts rule compares them, read at a position of a text's scalars: ISO and
/// other year-first forms (2026-11-20, 2026/11/20), day and month in the order the language's
/// markets write them (20.11.2026, 20/11/2026, 11/20/2026), dates with marks (2026年11月20日, 11月20日)
/// and with month names (20 November 2026, 20. November, 20 de noviembre de 2026, November 20, 2026).
/// The value is year×10000 + month×100 + day (year 0 when the text gives none). Month names and
/// marks are data (Resources/month-names.tsv, date-markers.tsv), each language its own.
struct DateScanner: Sendable {
    /// Which field comes first in a numeric date of day and month (from the markets' `dates.short`).
    enum NumericOrder: Sendable { case dayFirst, monthFirst, either }

    let order: NumericOrder
    /// Lower-cased month name → month, for the language.
    private let months: [String: Int]
    private let longestMonth: Int
    let monthStarts: Set<Unicode.Scalar>
    private let yearMark: Unicode.Scalar?
    private let monthMark: Unicode.Scalar?
    private let dayMark: Unicode.Scalar?

    init(language: String, order: NumericOrder, lexicon: DateLexicon = .shared) {
        self.order = order
        // A language's own names only: English "May" is a Filipino word ("may 15 araw").
        let months = lexicon.months[language] ?? [:]
        self.months = months
        longestMonth = months.keys.map(\.unicodeScalars.count).max() ?? 0
        monthStarts = Set(months.keys.compactMap(\.unicodeScalars.first).flatMap { [$0, $0.properties.uppercaseMapping.unicodeScalars.first ?? $0] })
        let marks = lexicon.marks[language] ?? [:]
        yearMark = marks["year"]
        monthMark = marks["month"]
        dayMark = marks["day"]
    }

    /// A date starting with a digit at `i`: its value and where it ends.
    func date(_ chars: [Unicode.Scalar], at i: Int) -> (value: Int, end: Int)? {
        let (first, afterFirst) = Self.integer(chars, from: i)
        guard afterFirst > i else { return nil }
        let digits = afterFirst - i
        // With marks: [Y年]M月D日.
        if let monthMark, let dayMark {
            var j = afterFirst
            var year = 0
            var month = first
            if let yearMark, digits == 4, j < chars.count, chars[j] == yearMark {
                year = first
                let (m, afterMonth) = Self.integer(chars, from: Self.skipSpaces(chars, from: j + 1))
                guard afterMonth > j + 1 else { return nil }
                month = m
                j = afterMonth
            }
            if j < chars.count, chars[j] == monthMark {
                let start = Self.skipSpaces(chars, from: j + 1)
                let (d, afterDay) = Self.integer(chars, from: start)
                if afterDay > start, afterDay < chars.count, chars[afterDay] == dayMark, let v = Self.value(year, month, d) {
                    return (v, afterDay + 1)
                }
            }
        }
        // Numeric: Y-M-D, D.M.Y, M/D/Y.
        if afterFirst < chars.count, let separator = Optional(chars[afterFirst]), separator == "-" || separator == "/" || separator == "." {
            let (second, afterSecond) = Self.integer(chars, from: afterFirst + 1)
            if afterSecond > afterFirst + 1, afterSecond - afterFirst - 1 <= 2, afterSecond < chars.count, chars[afterSecond] == separator {
                let (third, afterThird) = Self.integer(chars, from: afterSecond + 1)
                let thirdDigits = afterThird - afterSecond - 1
                if digits == 4, thirdDigits >= 1, thirdDigits <= 2, let v = Self.value(first, second, third) { return (v, afterThird) }
                if digits <= 2, thirdDigits == 4, let v = numeric(first, second, year: third) { return (v, afterThird) }
            }
        }
        // Day, month name, year: "20 November 2026", "20. November", "20 de noviembre de 2026".
        guard digits <= 2 else { return nil }
        var j = afterFirst
        if j < chars.count, chars[j] == "." { j += 1 }
        j = Self.skipSpaces(chars, from: j)
        j = skipWord("de", chars, from: j)
        guard let (month, afterMonth) = monthName(chars, at: j) else { return nil }
        let (year, end) = yearAfter(chars, from: afterMonth, connector: true)
        guard let v = Self.value(year, month, first) else { return nil }
        return (v, end)
    }

    /// A date starting with a month name at `i`: "November 20, 2026", "November 20".
    func dateFromMonth(_ chars: [Unicode.Scalar], at i: Int) -> (value: Int, end: Int)? {
        if i > 0, chars[i - 1].properties.isAlphabetic { return nil }
        // Most words that start like a month are none, and no digit follows them: look for the digit first.
        var k = i
        while k < chars.count, k - i <= longestMonth, chars[k].properties.isAlphabetic { k += 1 }
        guard k + 1 < chars.count, chars[k] == " " || chars[k] == "\u{00A0}", FactScanner.digit(chars[k + 1]) != nil else { return nil }
        guard let (month, afterMonth) = monthName(chars, at: i) else { return nil }
        let start = Self.skipSpaces(chars, from: afterMonth)
        guard start > afterMonth else { return nil }
        let (day, afterDay) = Self.integer(chars, from: start)
        guard afterDay > start, afterDay - start <= 2 else { return nil }
        if afterDay < chars.count, FactScanner.digit(chars[afterDay]) != nil || chars[afterDay] == ":" { return nil }
        var j = afterDay
        if j < chars.count, chars[j] == "," { j += 1 }
        let (year, end) = yearAfter(chars, from: j, connector: false)
        guard let v = Self.value(year, month, day) else { return nil }
        return (v, year == 0 ? afterDay : end)
    }

    // MARK: parts

    private func numeric(_ a: Int, _ b: Int, year: Int) -> Int? {
        switch order {
        case .dayFirst: return Self.value(year, b, a)
        case .monthFirst: return Self.value(year, a, b)
        case .either: return a > 12 ? Self.value(year, b, a) : b > 12 ? Self.value(year, a, b) : a == b ? Self.value(year, a, b) : nil
        }
    }

    /// The longest month name at `i` that ends at a word boundary.
    private func monthName(_ chars: [Unicode.Scalar], at i: Int) -> (Int, Int)? {
        guard i < chars.count, monthStarts.contains(chars[i]) else { return nil }
        return FactScanner.longestEntry(chars, at: i, maxLength: longestMonth, in: months) { k in
            k >= chars.count || !chars[k].properties.isAlphabetic || FactScanner.isIdeographicOrThai(chars[k - 1])
        }
    }

    /// " 2026", " de 2026", ", 2026" after a month or day; 0 when no year follows.
    private func yearAfter(_ chars: [Unicode.Scalar], from i: Int, connector: Bool) -> (Int, Int) {
        var j = Self.skipSpaces(chars, from: i)
        if connector { j = skipWord("de", chars, from: j) }
        let (year, end) = Self.integer(chars, from: j)
        guard end - j == 4, year >= 1900, year <= 2199, end >= chars.count || !(FactScanner.digit(chars[end]) != nil) else { return (0, i) }
        return (year, end)
    }

    private func skipWord(_ word: String, _ chars: [Unicode.Scalar], from i: Int) -> Int {
        let w = Array(word.unicodeScalars)
        guard i + w.count < chars.count, Array(chars[i..<(i + w.count)]) == w, chars[i + w.count] == " " else { return i }
        return Self.skipSpaces(chars, from: i + w.count)
    }

    static func value(_ year: Int, _ month: Int, _ day: Int) -> Int? {
        guard (1...12).contains(month), (1...31).contains(day), year == 0 || (1900...2199).contains(year) else { return nil }
        return year * 10000 + month * 100 + day
    }

    /// Digits of any script at `i` (no marks): their value and where they end.
    static func integer(_ chars: [Unicode.Scalar], from i: Int) -> (Int, Int) {
        var value = 0
        var j = i
        while j < chars.count, j - i < 6, let d = FactScanner.digit(chars[j]) {
            value = value * 10 + d
            j += 1
        }
        return (value, j)
    }

    static func skipSpaces(_ chars: [Unicode.Scalar], from i: Int) -> Int {
        var j = i
        while j < chars.count, chars[j] == " " || chars[j] == "\u{00A0}" { j += 1 }
        return j
    }

    /// How a date value reads in a message: 2026-11-20, or 11-20 without a year.
    static func describe(_ value: Int) -> String {
        let y = value / 10000, m = value / 100 % 100, d = value % 100
        let md = (m < 10 ? "0" : "") + "\(m)-" + (d < 10 ? "0" : "") + "\(d)"
        return y == 0 ? md : "\(y)-" + md
    }
}

/// Resources/month-names.tsv and date-markers.tsv, read once.
struct DateLexicon: Sendable {
    /// language → lower-cased month name → month.
    let months: [String: [String: Int]]
    /// language → field (year, month, day) → mark.
    let marks: [String: [String: Unicode.Scalar]]

    static let shared: DateLexicon = {
        var months: [String: [String: Int]] = [:]
        for row in DataFile.rows(PackageResources.month_names_tsv, name: "month-names.tsv", columns: 3) {
            guard let m = Int(row[1]), (1...12).contains(m) else { preconditionFailure("month-names.tsv: '\(row[1])' is no month") }
            months[row[0], default: [:]][row[2].lowercased()] = m
        }
        var marks: [String: [String: Unicode.Scalar]] = [:]
        for row in DataFile.rows(PackageResources.date_markers_tsv, name: "date-markers.tsv", columns: 3) {
            guard ["year", "month", "day"].contains(row[1]), row[2].unicodeScalars.count == 1 else {
                preconditionFailure("date-markers.tsv: expected year, month or day and one character, got '\(row[1])' '\(row[2])'")
            }
            marks[row[0], default: [:]][row[1]] = row[2].unicodeScalars.first!
        }
        return DateLexicon(months: months, marks: marks)
    }()
}
