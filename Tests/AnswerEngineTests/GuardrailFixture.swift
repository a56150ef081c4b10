import Foundation
@testable import AnswerEngine
import Workspace

/// A composition input as the engine builds it for "Hallo, wo ist meine Bestellung MG10000005?" on
/// the sample store's DE market (its ERP sentences as the engine writes them).
enum GuardrailFixture {
    static let content: WorkspaceContent = try! WorkspaceContent.load(try! OrdersFixture.workspace(), evalsets: false)

    static let orderSentences = [
        "Ihre Bestellung MG10000005 wurde versandt.",
        "Das Paket wurde am 17.11.2026 an DHL übergeben, die Sendungsnummer lautet 00340434161234567890.",
        "Die Zustellung ist voraussichtlich am 21.11.2026.",
    ]

    static func input(market: String = "DE", language: String = "de", orderSentences: [String] = orderSentences,
                      knowledgeSentences: [String] = [], chunks: [String] = [], status: String? = "versandt") -> CompositionInput {
        let phrases = PhraseBook(workspace: content.phrases, markets: Array(content.markets.values)).phrases(language, market: market)
        return CompositionInput(market: content.markets[market]!, customerMessage: "Hallo, wo ist meine Bestellung MG10000005?",
                                customerLanguage: language, answerLanguage: language, intent: "order.status", role: nil, upset: false,
                                orderSentences: orderSentences, knowledgeSentences: knowledgeSentences, chunks: chunks,
                                askForOrderNumber: false, nothingFound: false, handoff: false, agentsAvailable: true, agentHours: "Mo–Fr 9–18 Uhr",
                                phrases: phrases, orderNumberExample: "MG10000005", orderStatus: status)
    }

    /// The answer a good model writes: the ERP's facts in the market's voice.
    static let goodAnswer = """
    Guten Tag,

    Ihre Bestellung MG10000005 wurde versandt: DHL hat das Paket am 17.11.2026 übernommen, die Sendungsnummer ist \
    00340434161234567890. Die Zustellung ist für den 21.11.2026 vorgesehen.

    Mit freundlichen Grüßen
    Ihr Meridian Goods Kundenservice
    """
}
