/// Shouting in the way a message is typed: runs of exclamation marks, "?!" and "??", and words
/// in capitals (not the acronyms customer-service messages are full of: DHL, COD, VAT, …).
enum Typography {
    struct Reading {
        var anger: Float = 0
        var frustration: Float = 0
        var cues: [String] = []
    }

    static func read(_ text: String) -> Reading {
        var r = Reading()
        var longestBang = 0
        var bangRuns = 0
        var questionRun = 0
        var run = 0
        var qRun = 0
        var runHasBang = false
        for c in text.unicodeScalars {
            let bang = c == "!" || c == "！"
            let question = c == "?" || c == "？"
            if bang || question {
                run += 1
                if bang { runHasBang = true }
                if question { qRun += 1 } else { qRun = 0 }
                questionRun = max(questionRun, qRun)
            } else {
                if runHasBang && run >= 2 { bangRuns += 1; longestBang = max(longestBang, run) }
                run = 0
                qRun = 0
                runHasBang = false
            }
        }
        if runHasBang && run >= 2 { bangRuns += 1; longestBang = max(longestBang, run) }
        if longestBang >= 2 {
            r.anger += longestBang >= 3 ? 0.3 : 0.2
            if bangRuns >= 2 { r.anger += 0.1 }
            r.cues.append("exclamations: " + String(repeating: "!", count: min(longestBang, 5)))
        } else if questionRun >= 2 {
            r.frustration += 0.15
            r.cues.append("question marks: " + String(repeating: "?", count: min(questionRun, 5)))
        }

        // A message typed in capitals throughout is a way of typing (caps lock, an older customer:
        // "MAGANDANG ARAW PO! MAGKANO PO …"); it shouts only beside a run of exclamation marks.
        let shouted = allCapitals(text) && longestBang < 2 ? [] : capitalWords(withoutHeadings(text))
        if shouted.count >= 3 { r.anger += 0.4 }
        else if shouted.count == 2 { r.anger += 0.3 }
        else if let w = shouted.first, w.count >= 5 { r.anger += 0.15 }
        if shouted.count >= 2 || shouted.first.map({ $0.count >= 5 }) == true {
            r.cues.append("capitals: " + shouted.prefix(4).joined(separator: ", "))
        }
        return r
    }

    /// Whether nearly every cased letter is a capital, in a message of a few words at least.
    static func allCapitals(_ text: String) -> Bool {
        var upper = 0, cased = 0
        for c in text.unicodeScalars where c.properties.isUppercase || c.properties.isLowercase {
            cased += 1
            if c.properties.isUppercase { upper += 1 }
        }
        return cased >= allCapitalsLetters && Double(upper) >= 0.9 * Double(cased)
    }

    /// The fewest cased letters a message typed in capitals throughout has (a line of a few words).
    static let allCapitalsLetters = 20

    /// The text without the capitals that head a line rather than raise a voice: a label or a
    /// speaker's name before a colon, a parenthesis or a dash ("- WHO (Ai): …", "CLAIRE. — Et la
    /// facture ?", "FOGLIETTO ILLUSTRATIVO – …"), and a heading of a few words on a line of its own,
    /// above more lines and with no mark that ends a sentence ("ACTE I, SCÈNE 1", "📜 DZIENNIK
    /// ZADAŃ", "NOTULEN ARISAN RT 07"); either of at most three words. "WHERE IS MY ORDER?", "WHERE
    /// IS MY ORDER: …" and a longer line in capitals still shout.
    static func withoutHeadings(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // A heading has lines with words below it: before the last such line.
        let lastWords = lines.lastIndex { $0.contains(where: \.isLetter) } ?? 0
        return lines.enumerated().map { index, line -> String in
            guard let start = line.firstIndex(where: { $0.isLetter }) else { return String(line) }
            // The capitals from the line's first letter up to its first small letter or end mark.
            let end = line[start...].firstIndex { $0.isLowercase || "!?！？".contains($0) } ?? line.endIndex
            var head = line[start..<end]
            // A label's mark inside them ends the label ("WHERE (Ở đâu):"); else, stopped inside a
            // word ("PayPal"), the word is not the heading's.
            let mark = head.firstIndex { ":：(（–—".contains($0) }
            if let mark { head = head[..<mark] } else if end < line.endIndex, line[end].isLetter {
                while let last = head.last, last.isLetter { head.removeLast() }
            }
            while let last = head.last, !last.isLetter, !last.isNumber { head.removeLast() }
            guard !head.isEmpty else { return String(line) }
            let after = line[head.endIndex...].drop { $0 == " " || $0 == "." }
            let words = head.split(separator: " ").filter { $0.contains(where: \.isLetter) }.count
            let labels = mark != nil || after.first.map { ":：(（–—-".contains($0) } == true
            let heading = after.allSatisfy(\.isWhitespace) && !line[head.endIndex...].contains(".")
                && words <= headingWords && index < lastWords
            guard labels && words <= headingWords || heading else { return String(line) }
            return String(line[..<head.startIndex]) + String(repeating: " ", count: head.count) + String(line[head.endIndex...])
        }.joined(separator: "\n")
    }

    /// The most words a label or a heading has (`withoutHeadings`).
    static let headingWords = 3

    /// Words of three or more letters written in capitals only, acronyms and codes left out.
    static func capitalWords(_ text: String) -> [String] {
        var out: [String] = []
        var word = ""
        var upper = true
        var letters = true
        func flush() {
            if word.count >= 3, upper, letters, !notShouting.contains(word), !isInflected(word) { out.append(word) }
            word = ""
            upper = true
            letters = true
        }
        for c in text.unicodeScalars {
            if c.properties.isAlphabetic || IntentFeaturizer.isDigit(c) {
                word.unicodeScalars.append(c)
                if IntentFeaturizer.isDigit(c) { letters = false }
                else if !c.properties.isUppercase { upper = false }
            } else {
                flush()
            }
        }
        flush()
        return out
    }

    /// One of those names with a case ending of a few letters (Polish "BLIKIEM", "DHL-u" written
    /// "DHLU"): declined, not shouted.
    static func isInflected(_ word: String) -> Bool {
        (1...maxEnding).contains { ending in word.count - ending >= 3 && notShouting.contains(String(word.dropLast(ending))) }
    }

    /// The most letters a case ending adds to a name (Polish "-iem", "-em", "-u").
    static let maxEnding = 3

    /// Acronyms, codes and brand names customers write in capitals without raising their voice
    /// (`Resources/emotion/not-shouting.txt`).
    static let notShouting: Set<String> = Set(
        String(decoding: PackageResources.not_shouting_txt, as: UTF8.self).split(whereSeparator: \.isNewline)
            .map { String($0.filter { !$0.isWhitespace }) }.filter { !$0.isEmpty && !$0.hasPrefix("#") })
}
