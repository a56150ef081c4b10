import Support

/// The words chat writes short ("klo pk ekspres brp hr smp?" for "kalau pakai ekspres berapa hari
/// sampai?", Vietnamese "ko" for "không", "pls") and the fillers that say nothing ("um", Jakarta
/// English "literally", "basically"). The engine reads a message with them replaced once its
/// language is known, before intent, emotion and requests: the classifier learnt whole words, and
/// the splitter's cues ("berapa" asks, "không" ends a question) are whole words too. The forms per
/// language are data (`Resources/chat-shorthand.tsv`); a form that means two things in a language's
/// chat is not listed.
struct ChatShorthand: Sendable {
    /// Language → written form (its words as `key` reads them) → what it stands for;
    /// nil for a filler, which is left out.
    private let forms: [String: [[String]: String?]]
    /// The most words a written form has.
    private let maxWords: Int

    static let shared = BuiltInResource.read { try ChatShorthand(tsv: String(decoding: PackageResources.chat_shorthand_tsv, as: UTF8.self)) }

    /// The filler mark in the file's third column.
    static let filler = "-"

    init(tsv: String) throws(ResourceTable.Malformed) {
        let table = try ResourceTable(Array(tsv.utf8), file: "chat-shorthand.tsv", columns: 3, names: ["language", "written", "meant"])
        var forms: [String: [[String]: String?]] = [:]
        var maxWords = 1
        for line in table.lines {
            let written = line.fields[1].split(whereSeparator: \.isWhitespace).map { Self.key(String($0)) }
            guard !written.contains(where: \.isEmpty) else { throw table.error(line, "written form \"\(line.fields[1])\" has no letters") }
            guard forms[line.fields[0]]?[written] == nil else { throw table.error(line, "\"\(line.fields[1])\" is listed twice") }
            forms[line.fields[0], default: [:]][written] = line.fields[2] == Self.filler ? String?.none : line.fields[2]
            maxWords = max(maxWords, written.count)
        }
        self.forms = forms
        self.maxWords = maxWords
    }

    /// A word as forms are looked up by: lower-cased, its diacritics kept — a form is a word as chat
    /// writes it, and folded, Vietnamese "hông" (không) would be "hỏng" (broken) and "tui" (tôi) "túi"
    /// (bag).
    private static func key(_ word: String) -> String {
        word.trimmingCharacters(in: .punctuationCharacters).lowercased()
    }

    /// The message with each form it holds replaced by what it stands for (a filler left out, the
    /// marks around it kept), and the forms read so, as written without those marks; the message as
    /// it is in a language with none.
    func expanded(_ message: String, language: String) -> (text: String, read: [String]) {
        guard let forms = forms[language] else { return (message, []) }
        // Words and the spaces between them, so that the message keeps its lines and spacing.
        var pieces: [(text: Substring, isWord: Bool)] = []
        var start = message.startIndex
        while start < message.endIndex {
            let isWord = !message[start].isWhitespace
            let end = message[start...].firstIndex { $0.isWhitespace == isWord } ?? message.endIndex
            pieces.append((message[start..<end], isWord))
            start = end
        }
        let words = pieces.indices.filter { pieces[$0].isWord }
        let keys = words.map { Self.key(String(pieces[$0].text)) }
        var out = ""
        var read: [String] = []
        var w = 0          // index into `words`
        var next = 0       // the next piece to copy
        while w < words.count {
            // The longest form that starts here, and what it stands for.
            let match = (1...min(maxWords, words.count - w)).reversed().lazy
                .compactMap { n in forms[Array(keys[w..<(w + n)])].map { (n: n, meant: $0) } }.first
            guard let (n, meant) = match else { w += 1; continue }
            let first = pieces[words[w]].text, last = pieces[words[w + n - 1]].text
            let trailing = String(last.reversed().prefix { $0.isPunctuation }.reversed())
            // A filler goes with the pause written after it ("Äh, erstens: …", "ähm … also"): left,
            // the comma would open the sentence, and "erstens" would no longer number its question.
            let pause = meant == nil && !trailing.isEmpty && (trailing.allSatisfy { ",，…".contains($0) } || trailing == "...")
            for piece in pieces[next..<words[w]] { out += piece.text }
            out += first.prefix { $0.isPunctuation } + (meant ?? "") + (pause ? "" : trailing)
            read.append(pieces[words[w]...words[w + n - 1]].map(\.text).joined().trimmingCharacters(in: .punctuationCharacters))
            next = words[w + n - 1] + 1
            // (With its pause, the space after it.)
            if pause, next < pieces.count, !pieces[next].isWord { next += 1 }
            w += n
        }
        for piece in pieces[next...] { out += piece.text }
        return read.isEmpty ? (message, []) : (out, read)
    }
}
