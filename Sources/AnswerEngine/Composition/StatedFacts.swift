import Support

/// The figures a sentence states — amounts, periods, thresholds, dates — each with what is written
/// next to it ("39 €", "£40.00", "3–6 Werktage", "30天"), normalised so that "39,00 €" and "39 €"
/// are the same fact, and so are "3–6 jours" and "3 à 6 jours". A sentence whose figures were all
/// stated before repeats a fact: the composer leaves it out and the evaluation counts it. Words
/// without figures are not facts here: two sentences saying the same in other words are told apart
/// by their figures only.
public enum StatedFacts {
    /// The normalised figures of a sentence, in order.
    public static func figures(in sentence: String) -> [String] {
        // Most sentences state none: they are answered without cutting them into Characters.
        guard mayStateFigures(sentence) else { return [] }
        let chars = Array(sentence)
        var out: [String] = []
        var i = 0
        while i < chars.count {
            // A Han numeral states a figure before a counter ("四日", "三年"); elsewhere it is most
            // often a word's part ("一律", uniform; "一部", part).
            guard chars[i].isNumberQuick, !chars[i].isHanNumeral || i + 1 < chars.count && Self.hanCounters.contains(chars[i + 1])
            else { i += 1; continue }
            // What is written right before: a currency sign or a code ("MX$", "Rp", "£").
            var prefix = ""
            var p = i - 1
            while p >= 0, chars[p].isCurrencySymbolOrLetter, prefix.count < 3 { prefix = String(chars[p]) + prefix; p -= 1 }
            // The number: digits, with separators, range dashes and date slashes between digits
            // ("12/11/2026" is one figure, not the "12" of "12 hours").
            var number = ""
            while i < chars.count {
                let c = chars[i]
                if c.isNumberQuick { number.append(c); i += 1; continue }
                if ".,/\u{00A0}\u{202F}–-~～〜".contains(c) || (c == " " && i > 0 && chars[i - 1].isNumberQuick && Self.groupedThousands(chars, from: i + 1)),
                   i + 1 < chars.count, chars[i + 1].isNumberQuick { number.append(c); i += 1; continue }
                // A range told in words ("3 à 6", "1 to 2") or with a spaced dash is the range "3–6".
                if c == " ", let end = Self.rangeJoint(chars, from: i + 1) { number.append("-"); i = end; continue }
                break
            }
            // What follows: a currency sign, else the next word (or character, in scripts without spaces).
            var j = i
            while j < chars.count, chars[j] == " " || chars[j] == "\u{00A0}" { j += 1 }
            var unit = ""
            // (Han, kana and Thai run words together: what follows may be any word, so none is taken.)
            // (An amount written with its currency first, "S$50", "RM25.00", "Rp95.000", has its unit
            // already: the word after it, "RM25.00 dan", is the sentence going on, and taking it
            // made "RM25.00 dan" and "(RM25.00)" two facts.)
            if j < chars.count, chars[j].isCurrencySymbol { unit = String(chars[j]) } else if prefix.isEmpty {
                while j < chars.count, chars[j].isLetterQuick, !chars[j].isWideScript, unit.count < 12 {
                    unit.append(chars[j]); j += 1
                }
            }
            out.append(prefix.lowercased() + normalise(number) + unit.lowercased())
        }
        return out
    }

    /// Whether a Character of the sentence may be a number: a Character `isNumber` by its first
    /// scalar's numeric type, so a sentence without a scalar of a numeric type has none.
    static func mayStateFigures(_ sentence: String) -> Bool {
        sentence.unicodeScalars.contains { $0.isASCII ? ASCIIClass.isDigit(UInt8($0.value)) : $0.properties.numericType != nil }
    }

    /// The counters a Han numeral states a figure with (days, years, months, weeks, pieces, times, yen…).
    static let hanCounters: Set<Character> = ["日", "年", "月", "週", "个", "個", "件", "天", "次", "回", "分", "時", "円", "元", "周"]

    /// The words that join a range's two ends, of every language (`Resources/reading/range-words.tsv`).
    static let rangeWords: Set<String> = BuiltInResource.read {
        Set(try ResourceTable(PackageResources.range_words_tsv, file: "reading/range-words.tsv", columns: 2).lines.map { $0.fields[1] })
    }

    /// Where the figure after a range's joint begins, when `chars[i...]` is a range word or a dash
    /// followed by a space and a digit ("à 6", "– 6"); nil otherwise.
    private static func rangeJoint(_ chars: [Character], from i: Int) -> Int? {
        var j = i
        while j < chars.count, chars[j] != " ", j - i < 8 { j += 1 }
        guard j > i, j + 1 < chars.count, chars[j] == " ", chars[j + 1].isNumberQuick else { return nil }
        let word = String(chars[i..<j])
        return word == "–" || word == "-" || rangeWords.contains(word.lowercased()) ? j + 1 : nil
    }

    /// "500 000": three digits after a space continue a number written with spaces between thousands.
    private static func groupedThousands(_ chars: [Character], from i: Int) -> Bool {
        guard i + 2 < chars.count, chars[i].isNumberQuick, chars[i + 1].isNumberQuick, chars[i + 2].isNumberQuick else { return false }
        return i + 3 == chars.count || !chars[i + 3].isNumberQuick
    }

    /// "1.500,00" → "1500", "39,00" → "39", "3–6" → "3-6".
    static func normalise(_ number: String) -> String {
        var n = number
        for zeros in [",00", ".00"] where n.hasSuffix(zeros) { n.removeLast(3) }
        return String(n.compactMap { c -> Character? in
            if c.isNumberQuick { return c }
            if "–-~～〜".contains(c) { return "-" }
            return nil
        })
    }

    /// A sentence's key and figures, as `Told` reads them.
    struct Reading: Sendable {
        var key: String
        var figures: [String]
    }

    /// The key and figures of a sentence, kept: an answer's sentences are read up to four times
    /// while it is composed and checked (the selector, SayOnce for the rows and for the answer, the
    /// reading check), and most of them are the KB's, told in many answers. Both are pure functions
    /// of the sentence's text, so the cache is keyed on it alone.
    static func reading(_ sentence: String) -> Reading {
        readings.value(sentence) { Reading(key: key(sentence), figures: figures(in: sentence)) }
    }

    private static let readings = Memo<Reading>()

    /// What makes two sentences the same one: their letters and digits, lower-cased.
    static func key(_ sentence: String) -> String {
        sentence.asciiLowercasedFiltered { ASCIIClass.isLetter($0) || ASCIIClass.isDigit($0) }
            ?? sentence.lowercased().filter { $0.isLetterQuick || $0.isNumberQuick }
    }

    /// Letters and digits a sentence said twice must have to count as a repeated fact.
    static let shortestRepeatedSentence = 16

    /// What a reader has been told, sentence after sentence: one rule for the composer, which leaves
    /// a repeat out (SayOnce), and for the evaluation, which counts it (`repeats(in:)`).
    struct Told {
        /// The figures stated so far.
        private(set) var figures = Set<String>()
        private var sentences = Set<String>()

        /// Takes the sentence in; whether it repeats: all of its figures were stated before, or the
        /// same sentence came before.
        mutating func hear(_ sentence: String) -> Bool {
            let reading = StatedFacts.reading(sentence)
            let key = reading.key, new = reading.figures
            defer { figures.formUnion(new) }
            // A short piece said twice ("and", a label) is not a fact: sentences of a few words are
            // fragments where a language's sentences are split at spaces (Thai).
            let again = key.count >= StatedFacts.shortestRepeatedSentence && !sentences.insert(key).inserted
            return again || (!new.isEmpty && new.allSatisfy(figures.contains))
        }
    }

    /// The indexes of sentences that repeat (`Told.hear`).
    public static func repeats(in sentences: [String]) -> [Int] {
        var told = Told()
        var out: [Int] = []
        for (i, s) in sentences.enumerated() where told.hear(s) { out.append(i) }
        return out
    }
}

extension Character {
    fileprivate var isCurrencySymbol: Bool { unicodeScalars.first.map { $0.properties.generalCategory == .currencySymbol } ?? false }
    fileprivate var isCurrencySymbolOrLetter: Bool { isCurrencySymbol || (isLetter && isASCII) }
    /// A CJK ideograph that Unicode gives a numeric value ("一", "二", "十").
    fileprivate var isHanNumeral: Bool { unicodeScalars.first.map { $0.value >= 0x3000 && $0.properties.numericType != .decimal } ?? false }
    /// Han, kana, Thai: words are not separated by spaces.
    var isWideScript: Bool { unicodeScalars.first.map { ($0.value >= 0x0E00 && $0.value <= 0x0E7F) || $0.value >= 0x3000 } ?? false }
}
