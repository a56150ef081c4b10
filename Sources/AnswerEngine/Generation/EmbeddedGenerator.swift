import Linguistics
import Workspace

/// The default generator: assembles the answer from the market's voice (greeting, empathy, closing),
/// the ERP sentences and the KB sentences, in the answer language. Never writes a fact that is not in
/// the KB or the ERP: when nothing relevant was found it says so and offers a human. Every sentence of
/// its own comes from `input.phrases` (resolved by the engine's `PhraseBook`).
public struct EmbeddedGenerator: AnswerGenerator {
    public let name = "embedded"

    public init() {}

    public func write(_ input: CompositionInput) throws -> String {
        let phrases = input.phrases
        var body: [String] = []
        if input.answerLanguage != input.customerLanguage, let note = phrases[.otherLanguage] { body.append(note) }
        if input.upset, let empathy = phrases[.empathy] { body.append(empathy) }
        if input.orderSentences.isEmpty && input.knowledgeSentences.isEmpty {
            switch input.role {
            case .greeting: body.append(phrases.greetingReply)
            case .thanks: body.append(phrases.thanksReply)
            default: break
            }
        }
        let glue = Sentences.separator(input.answerLanguage)
        if !input.orderSentences.isEmpty { body.append(input.orderSentences.joined(separator: glue)) }
        var closingLines: [String] = []
        if input.askForOrderNumber { closingLines.append(phrases.askOrderNumber(example: input.orderNumberExample)) }
        if input.nothingFound && !input.handoff, let notFound = phrases[.notFound] { closingLines.append(notFound) }
        if input.handoff {
            if let handoff = phrases[.handoff] { closingLines.append(handoff) }
            closingLines.append(input.agentsAvailable ? phrases.agentsAvailable.replacingOccurrences(of: "{hours}", with: input.agentHours)
                                                      : phrases.agentsAfterHours)
        }
        // What the answer says before the knowledge (the notes and the ERP's sentences) counts as said.
        let knowledge = SayOnce.pieces(input.knowledgeSentences.map { Self.closed($0, language: input.answerLanguage) }, context: closingLines,
                                       before: body, language: input.answerLanguage,
                                       notes: Set(input.productNotes.map { Self.closed($0, language: input.answerLanguage) }))
        if !knowledge.isEmpty { body.append(Self.runOn(knowledge, language: input.answerLanguage).joined(separator: glue)) }
        body += closingLines
        var parts: [String] = []
        if let greeting = phrases[.greeting] { parts.append(greeting) }
        parts.append(body.joined(separator: "\n\n"))
        if let closing = phrases[.closing] { parts.append(closing) }
        return parts.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    /// A sentence the KB wrote without its full stop ("… dihantar keluar pada hari yang sama", a list
    /// item) ran into the next one ("… hari yang sama Penghantaran standard …"): it gets one when the
    /// next piece begins a sentence, and so does the answer's last piece ("…, kad hadiah"). Only a
    /// piece of five words or more, or a label's value ("Jar capacity: 350 ml"), that ends in a
    /// word: a shorter one may be a heading, and one the next piece continues begins in lower case.
    static func runOn(_ pieces: [String], language: String) -> [String] {
        pieces.enumerated().map { i, piece in
            guard i + 1 == pieces.count || pieces[i + 1].first?.isUppercase == true,
                  let last = piece.last, last.isLetter || last.isNumber || ")）".contains(last),
                  piece.split(separator: " ").count >= 5 || piece.containsExactly(": ") || piece.contains("：") else { return piece }
            return AnswerSelector.ended(piece, language: language)
        }
    }

    /// A list item that ends the way items of a list do ("… fonctionnent ;", "… Folgendes:") ends as a
    /// sentence in prose, or the next piece would read as its continuation.
    static func closed(_ piece: String, language: String) -> String {
        var text = Substring(piece)
        while let last = text.last, last == " " { text.removeLast() }
        guard let last = text.last, ";,:；，：".contains(last) else { return piece }
        text.removeLast()
        while let end = text.last, end == " " || end == "\u{00A0}" || end == "\u{202F}" { text.removeLast() }
        return text + Sentences.fullStop(language)
    }
}
