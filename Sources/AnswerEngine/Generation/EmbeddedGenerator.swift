import Workspace

/// The default generator: assembles the answer from the market's voice (greeting, empathy, closing),
/// the ERP sentences and the KB sentences, in the answer language. Never writes a fact that is not in
/// the KB or the ERP: when nothing relevant was found it says so and offers a human.
public struct EmbeddedGenerator: AnswerGenerator {
    public let name = "embedded"
    let fallbackVoices: [String: Market.Voice]

    /// - Parameter markets: every market, so that an answer in a language its market has no voice for
    ///   (English on the German site) borrows that language's voice from another market.
    public init(markets: [Market]) {
        var voices: [String: Market.Voice] = [:]
        for m in markets.sorted(by: { $0.id < $1.id }) {
            for (lang, v) in m.voice where voices[lang] == nil { voices[lang] = v }
        }
        fallbackVoices = voices
    }

    public func voice(for input: CompositionInput) -> Market.Voice? {
        input.market.voice[input.answerLanguage] ?? fallbackVoices[input.answerLanguage]
    }

    public func write(_ input: CompositionInput) throws -> String {
        let phrases = Phrases.forLanguage(input.answerLanguage, market: input.market.id)
        let voice = voice(for: input)
        var body: [String] = []
        if input.answerLanguage != input.customerLanguage, let note = voice?.otherLanguage { body.append(note) }
        if input.upset, let empathy = voice?.empathy { body.append(empathy) }
        switch input.role {
        case .greeting? where input.orderSentences.isEmpty && input.knowledgeSentences.isEmpty: body.append(phrases.greetingReply)
        case .thanks? where input.orderSentences.isEmpty && input.knowledgeSentences.isEmpty: body.append(phrases.thanksReply)
        default: break
        }
        // Japanese and Chinese sentences end in 。 and follow each other without a space.
        let glue = ["ja", "zh"].contains(input.answerLanguage) ? "" : " "
        if !input.orderSentences.isEmpty { body.append(input.orderSentences.joined(separator: glue)) }
        if !input.knowledgeSentences.isEmpty { body.append(input.knowledgeSentences.joined(separator: glue)) }
        if input.askForOrderNumber { body.append(phrases.askOrderNumber) }
        if input.nothingFound && !input.handoff, let notFound = voice?.notFound { body.append(notFound) }
        if input.handoff {
            if let handoff = voice?.handoff { body.append(handoff) }
            body.append(input.agentsAvailable ? phrases.agentsAvailable.replacingOccurrences(of: "{hours}", with: input.agentHours)
                                              : phrases.agentsAfterHours)
        }
        var parts: [String] = []
        if let greeting = voice?.greeting { parts.append(greeting) }
        parts.append(body.joined(separator: "\n\n"))
        if let closing = voice?.closing { parts.append(closing) }
        return parts.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }
}
