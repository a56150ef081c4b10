/// The figures of a text: dates, amounts, times, order and tracking numbers, counts of days. A
/// figure is a run of ASCII letters and digits with at least one digit, joined by `. , / - :` only
/// between two such characters ("21.11.2026", "49.99", "1Z999AA10123456784", "9:00-17:00"); any
/// other character ends it, so that "2026年11月21日" gives 2026, 11, 21 and "$49.99." gives 49.99.
/// Their digit groups ("21.11.2026" → 21, 11, 2026, leading zeros dropped) let a date rewritten as
/// "November 21, 2026" still be recognised as the same figures.
enum Figures {
    static func tokens(in text: String) -> [String] {
        var out: [String] = []
        var current: [Character] = []
        let chars = Array(text)
        func flush() {
            if current.contains(where: \.isASCIIDigit) { out.append(String(current)) }
            current.removeAll()
        }
        for (i, c) in chars.enumerated() {
            if c.isASCIIAlphanumeric {
                current.append(c)
            } else if ".,/-:".contains(c), !current.isEmpty, i + 1 < chars.count, chars[i + 1].isASCIIAlphanumeric {
                current.append(c)
            } else {
                flush()
            }
        }
        flush()
        return out
    }

    /// The digit runs of a figure, without leading zeros ("05" and "5" are one day).
    static func digitGroups(_ token: String) -> Set<String> {
        var groups: Set<String> = []
        for run in token.split(whereSeparator: { !$0.isASCIIDigit }) {
            let trimmed = run.drop { $0 == "0" }
            groups.insert(trimmed.isEmpty ? "0" : String(trimmed))
        }
        return groups
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
    var isASCIIAlphanumeric: Bool { isASCII && (isLetter || isNumber) }
}
