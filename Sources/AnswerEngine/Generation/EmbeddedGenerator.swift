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
        // Japanese and Chinese sentences end in 。 and follow each other without a space.
        let glue = ["ja", "zh"].contains(input.answerLanguage) ? "" : " "
        if !input.orderSentences.isEmpty { body.append(input.orderSentences.joined(separator: glue)) }
        if !input.knowledgeSentences.isEmpty { body.append(input.knowledgeSentences.joined(separator: glue)) }
        if input.askForOrderNumber { body.append(phrases.askOrderNumber(example: input.orderNumberExample)) }
        if input.nothingFound && !input.handoff, let notFound = phrases[.notFound] { body.append(notFound) }
        if input.handoff {
            if let handoff = phrases[.handoff] { body.append(handoff) }
            body.append(input.agentsAvailable ? phrases.agentsAvailable.replacingOccurrences(of: "{hours}", with: input.agentHours)
                                              : phrases.agentsAfterHours)
        }
        var parts: [String] = []
        if let greeting = phrases[.greeting] { parts.append(greeting) }
        parts.append(body.joined(separator: "\n\n"))
        if let closing = phrases[.closing] { parts.append(closing) }
        return parts.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }
}
