/// The usual article-extraction metric (see ../shared/extraction-dev/README.md): tokens are Unicode word
/// runs (`\w+`), shingles are 4-grams of consecutive tokens (a text of fewer than 4 tokens is one
/// shingle), and a page's precision and recall are the multiset overlap of the two shingle bags.
enum ShingleMetric {
    struct PageScore { var precision: Double?; var recall: Double? }

    static func score(extracted: String, expected: String) -> PageScore {
        let found = shingles(extracted), wanted = shingles(expected)
        var overlap = 0
        for (s, n) in found { overlap += min(n, wanted[s] ?? 0) }
        let foundTotal = found.values.reduce(0, +), wantedTotal = wanted.values.reduce(0, +)
        return PageScore(precision: foundTotal > 0 ? Double(overlap) / Double(foundTotal) : (wantedTotal == 0 ? 1 : nil),
                         recall: wantedTotal > 0 ? Double(overlap) / Double(wantedTotal) : (foundTotal == 0 ? 1 : nil))
    }

    /// Means over pages (precision over pages that found something, recall over pages with something to
    /// find) and the harmonic mean of the two means.
    static func summary(_ scores: [PageScore]) -> (precision: Double, recall: Double, f1: Double) {
        let ps = scores.compactMap(\.precision), rs = scores.compactMap(\.recall)
        let p = ps.isEmpty ? 1 : ps.reduce(0, +) / Double(ps.count)
        let r = rs.isEmpty ? 1 : rs.reduce(0, +) / Double(rs.count)
        return (p, r, p + r > 0 ? 2 * p * r / (p + r) : 0)
    }

    static func shingles(_ text: String) -> [String: Int] {
        let tokens = words(text)
        var bag: [String: Int] = [:]
        if tokens.isEmpty { return bag }
        if tokens.count < 4 { bag[tokens.joined(separator: " "), default: 0] += 1; return bag }
        for i in 0...(tokens.count - 4) { bag[tokens[i..<(i + 4)].joined(separator: " "), default: 0] += 1 }
        return bag
    }

    /// Python's `\w`: letters, digits (any script) and the underscore; combining marks are not word characters.
    static func words(_ text: String) -> [String] {
        var out: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let p = scalar.properties
            if scalar == "_" || p.isAlphabetic && !p.generalCategory.isMark || p.numericType != nil && p.generalCategory != .otherSymbol {
                current.append(scalar)
            } else if !current.isEmpty {
                out.append(String(current)); current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { out.append(String(current)) }
        return out
    }
}

private extension Unicode.GeneralCategory {
    var isMark: Bool { self == .nonspacingMark || self == .spacingMark || self == .enclosingMark }
}
