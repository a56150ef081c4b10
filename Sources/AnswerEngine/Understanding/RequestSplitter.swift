import Support
import Foundation

/// The parts of a message that may each be a request: its sentences, and within a sentence the
/// clauses at commas and before a joining word ("Is shipping free, and do you take PayPal?" →
/// "Is shipping free", "and do you take PayPal?"). Splitting is generous on purpose: the engine
/// keeps a part as a request only when the intent classifier is sure of it on its own
/// (`AnswerEngine.furtherRequests`), so "black and white" splitting a request in two costs nothing.
///
/// A part may stand on its own only inside a question (a sentence ending in "?"), and there when it
/// opens the sentence or starts with a joining word ("…, and do you take PayPal?"); a sentence that
/// opens with its question stands alone when it opens the message, follows another question ("Do you
/// ship to Canada? Can I pay with Klarna?") or starts with a joining word. Statements are context,
/// not requests ("This isn't helping. Get me a human."), a comma clause leans on its sentence ("If I
/// paid cash on delivery, how is the refund made?") and a question after a statement leans on it ("I
/// want to return the lamp. How long do I have?" asks about the return window, however the classifier
/// reads "How long do I have?" alone).
///
/// The joining words per language are data (`Resources/request-joiners.tsv`).
struct RequestSplitter: Sendable {
    /// Language → folded joiners, longest first.
    let joiners: [String: [String]]
    /// At most this many parts are offered (a pasted thread is not a list of requests).
    static let maxParts = 6

    static let shared: RequestSplitter = {
        do {
            return try RequestSplitter(tsv: String(decoding: PackageResources.request_joiners_tsv, as: UTF8.self))
        } catch {
            fatalError("kbkit's Resources/request-joiners.tsv is malformed: \(error)")   // a defect of kbkit; tests parse it
        }
    }()

    init(tsv: String) throws(ResourceTable.Malformed) {
        let table = try ResourceTable(Array(tsv.utf8), file: "request-joiners.tsv", columns: 2)
        var joiners: [String: [String]] = [:]
        for line in table.lines { joiners[line.fields[0], default: []].append(Folding.folded(line.fields[1])) }
        self.joiners = joiners.mapValues { $0.sorted { $0.count > $1.count } }
    }

    struct Part: Sendable, Equatable {
        var text: String
        /// Whether the part may be a request of its own (see the type's comment).
        var standsAlone: Bool
    }

    /// The message's parts in order; a message of one part gives that part.
    func parts(_ message: String, language: String) -> [Part] {
        let joiners = self.joiners[language] ?? []
        var parts: [Part] = []
        var previousSentence: String?
        for sentence in Self.sentences(message) {
            let question = Self.isQuestion(sentence)
            let opensAfterQuestion = previousSentence.map(Self.isQuestion) ?? true
            let clauses = clauses(sentence, language: language)
            let joined = clauses.map { clause in
                let words = clause.split(whereSeparator: \.isWhitespace).prefix(3)
                    .map { Folding.folded($0.trimmingCharacters(in: .punctuationCharacters)) }
                return joiners.contains { Self.starts(words, with: $0) }
            }
            // A clause cut at a comma without a joiner makes its sentence one request with context.
            let coordinated = question && joined.dropFirst().allSatisfy { $0 }
            for (k, clause) in clauses.enumerated() {
                parts.append(Part(text: clause, standsAlone: coordinated && (joined[k] || k == 0 && opensAfterQuestion)))
            }
            previousSentence = sentence
            if parts.count >= Self.maxParts { break }
        }
        return Array(parts.prefix(Self.maxParts))
    }

    static func isQuestion(_ text: String) -> Bool {
        guard let last = text.trimmedOfWhitespace.last else { return false }
        return "?？؟".contains(last)
    }

    /// Sentence ends: ".", "?", "!" before a space or the end, the full-width marks anywhere, line breaks.
    static func sentences(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        let chars = Array(text)
        for (i, c) in chars.enumerated() {
            current.append(c)
            let next = i + 1 < chars.count ? chars[i + 1] : " "
            let ends = c.isNewline || "。？！".contains(c) || ("?!".contains(c) || c == ".") && next.isWhitespace
            if ends {
                out.append(current)
                current = ""
            }
        }
        out.append(current)
        return out.map { $0.trimmedOfWhitespace }.filter(hasWords)
    }

    /// A sentence cut at commas (also "，" and "、") and before a joiner written as a whole word.
    func clauses(_ sentence: String, language: String) -> [String] {
        let words = sentence.split(whereSeparator: \.isWhitespace).map(String.init)
        let joiners = self.joiners[language] ?? []
        // Each word folded once: the joiner tests look at each word up to four times.
        let foldedWords = words.map { Folding.folded($0.trimmingCharacters(in: .punctuationCharacters)) }
        var out: [String] = []
        var current: [String] = []
        var start = 0
        var i = 0
        while i < words.count {
            let folded = Array(foldedWords[i...].prefix(3))
            if !current.isEmpty, joiners.contains(where: { Self.starts(folded, with: $0) }) {
                out.append(current.joined(separator: " "))
                current = []
                start = i
            }
            let word = words[i]
            current.append(word)
            // "Also, can I…": a joiner's comma opens its clause rather than closing one.
            if word.hasSuffix(",") || word.hasSuffix("，") || word.hasSuffix("、"),
               !joiners.contains(foldedWords[start...i].joined(separator: " ")) {
                out.append(current.joined(separator: " "))
                current = []
                start = i + 1
            }
            i += 1
        }
        if !current.isEmpty { out.append(current.joined(separator: " ")) }
        // Unspaced scripts cut at their clause marks inside a "word".
        return out.flatMap { $0.split(whereSeparator: { "，、".contains($0) }).map(String.init) }
            .map { $0.trimmingCharacters(in: Self.clauseEdges) }
            .filter(Self.hasWords)
    }

    /// What a clause is trimmed of (made once, not per clause).
    private static let clauseEdges = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: ",，、"))

    /// Whether the words (folded) begin with the joiner's words.
    static func starts(_ words: [String], with joiner: String) -> Bool {
        let parts = joiner.split(separator: " ").map(String.init)
        guard parts.count <= words.count else { return false }
        return zip(parts, words).allSatisfy { $0 == $1 }
    }

    static func hasWords(_ text: String) -> Bool {
        text.contains { $0.isLetter || $0.isNumber }
    }
}
