import Support

/// Words a writer puts in place of a punctuation mark: a telegram's "STOP" after each sentence
/// (`Resources/mark-words.tsv`). The steps read the message with the marks: read as a word, "STOP"
/// made a telegram one sentence of five questions and statements, and its capitals read as shouting.
struct MarkWords: Sendable {
    /// word → mark
    private let marks: [String: String]

    static let shared = BuiltInResource.read { try MarkWords(tsv: String(decoding: PackageResources.mark_words_tsv, as: UTF8.self)) }

    init(tsv: String) throws(ResourceTable.Malformed) {
        let table = try ResourceTable(Array(tsv.utf8), file: "mark-words.tsv", columns: 2, names: ["word", "mark"])
        marks = Dictionary(table.lines.map { ($0.fields[0], $0.fields[1]) }, uniquingKeysWith: { first, _ in first })
    }

    /// How many times a word must stand for its mark in one message: once may be emphasis.
    static let leastUses = 2

    /// The message with its mark words turned into their marks, and how many were; the message as it
    /// is when it has fewer than `leastUses` of one word, or one that does not end a sentence.
    func withMarks(_ message: String) -> (text: String, marks: Int) {
        guard !marks.isEmpty else { return (message, 0) }
        let words = Self.words(message)
        // The words read as marks, by their place among the message's words.
        var replaced: [Int: String] = [:]
        for (word, mark) in marks {
            let uses = words.indices.filter { words[$0].text == word }
            // Each ends a sentence: after a word of its own, before a capitalised word or the end
            // ("STOP STOP" alone is a shout, no telegram).
            guard uses.count >= Self.leastUses, uses.allSatisfy({ i in
                i > 0 && words[i - 1].text != word && (i + 1 == words.count || words[i + 1].text.first?.isUppercase == true)
            }) else { continue }
            for i in uses { replaced[i] = mark }
        }
        guard !replaced.isEmpty else { return (message, 0) }
        // Built anew from the message's own ranges: "… how bright is it STOP Question two" — the mark
        // joins the word before it.
        var out = ""
        var cursor = message.startIndex
        for (i, word) in words.enumerated() {
            guard let mark = replaced[i] else { continue }
            let before = message[cursor..<word.range.lowerBound]
            out += before.last?.isWhitespace == true ? String(before.reversed().drop(while: \.isWhitespace).reversed()) : String(before)
            out += mark
            cursor = word.range.upperBound
        }
        out += message[cursor...]
        return (out, replaced.count)
    }

    /// The message's words (runs of letters and digits) with their places.
    private static func words(_ text: String) -> [(text: Substring, range: Range<String.Index>)] {
        var out: [(Substring, Range<String.Index>)] = []
        var start: String.Index?
        var i = text.startIndex
        while i < text.endIndex {
            let inWord = text[i].isLetter || text[i].isNumber
            if inWord, start == nil { start = i }
            if !inWord, let s = start { out.append((text[s..<i], s..<i)); start = nil }
            i = text.index(after: i)
        }
        if let s = start { out.append((text[s...], s..<text.endIndex)) }
        return out
    }
}
