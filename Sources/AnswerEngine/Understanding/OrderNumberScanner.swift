/// Finds the store's order numbers ("MG" + 8 digits) the way customers actually type them:
/// "mg10000005", "MG 1000 0005", "MG-10000005", "#MG10000005", "order #10000005", fullwidth
/// "ＭＧ１００００００５". A hand-written scan rather than a regular expression because the intent
/// classifier runs it on every message and must stay in microseconds.
enum OrderNumberScanner {
    struct Hit: Equatable {
        /// Normalized: "MG10000005".
        var number: String
        /// Scalar offsets in the width-folded text (see `widthFolded`), end exclusive.
        var start: Int
        var end: Int
    }

    static func scan(_ text: String) -> [Hit] {
        scan(scalars: widthFolded(text))
    }

    /// Fullwidth ASCII (U+FF01…FF5E, typed by Japanese and Chinese IMEs) mapped to ASCII, one
    /// scalar for one scalar so offsets stay comparable with the original's scalars.
    static func widthFolded(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.map { s in
            (0xFF01...0xFF5E).contains(s.value) ? Unicode.Scalar(s.value - 0xFEE0)! : s
        }
    }

    static func scan(scalars s: [Unicode.Scalar]) -> [Hit] {
        var hits: [Hit] = []
        var i = 0
        while i < s.count {
            let c = s[i]
            let startsWord = i == 0 || !isAlphanumeric(s[i - 1])
            if startsWord, (c == "M" || c == "m"), i + 1 < s.count, s[i + 1] == "G" || s[i + 1] == "g" {
                var j = i + 2
                var separators = 0
                while j < s.count, separators < 3, " #-–.:_".unicodeScalars.contains(s[j]) { j += 1; separators += 1 }
                if let (digits, end) = eightDigits(s, from: j) {
                    hits.append(Hit(number: "MG" + digits, start: i, end: end))
                    i = end
                    continue
                }
            } else if c == "#", i + 1 < s.count, isDigit(s[i + 1]), let (digits, end) = eightDigits(s, from: i + 1, allowGaps: false) {
                hits.append(Hit(number: "MG" + digits, start: i, end: end))
                i = end
                continue
            }
            i += 1
        }
        return hits
    }

    /// Exactly eight digits from `start`, optionally with single spaces or hyphens between groups
    /// ("1000 0005"), and no ninth digit after them.
    private static func eightDigits(_ s: [Unicode.Scalar], from start: Int, allowGaps: Bool = true) -> (String, Int)? {
        var digits = ""
        var j = start
        while j < s.count, digits.count < 8 {
            if isDigit(s[j]) {
                digits.unicodeScalars.append(s[j])
                j += 1
            } else if allowGaps, !digits.isEmpty, s[j] == " " || s[j] == "-", j + 1 < s.count, isDigit(s[j + 1]) {
                j += 1
            } else {
                break
            }
        }
        guard digits.count == 8 else { return nil }
        if j < s.count, isDigit(s[j]) { return nil }
        return (digits, j)
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

    static func isAlphanumeric(_ c: Unicode.Scalar) -> Bool {
        isDigit(c) || (c.value >= 65 && c.value <= 90) || (c.value >= 97 && c.value <= 122)
    }
}
