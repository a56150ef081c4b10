import Foundation
import Testing
@testable import AnswerEngine
import Linguistics

/// Each guardrail check on real answers, good and bad; the input is the DE order-status case.
struct GuardrailTests {
    static let guardrails = AnswerGuardrails(identifier: LanguageIdentifier(languages: GuardrailFixture.content.kbLanguages))

    func review(_ answer: String, _ input: CompositionInput = GuardrailFixture.input()) -> Result<String, GuardrailFailure> {
        Self.guardrails.review(answer, for: input)
    }

    func check(_ answer: String, _ input: CompositionInput = GuardrailFixture.input()) -> GuardrailCheck? {
        if case .failure(let f) = review(answer, input) { return f.check }
        return nil
    }

    @Test func aGoodAnswerPasses() {
        #expect(check(GuardrailFixture.goodAnswer) == nil)
    }

    static let good = GuardrailFixture.goodAnswer
    static let badAnswers: [(answer: String, check: GuardrailCheck)] = [
        // The answer: role text first, rambling, no ERP facts.
        ("Customer message: Hallo, wo ist meine Bestellung MG10000005?\nBusiness Support is available 24/7 to help you.", .roleText),
        ("Guten Tag, Business Support is available 24/7 to help you with your order MG10000005.", .requiredFacts),
        ("As an AI, I cannot see your order MG10000005 (versandt, 17.11.2026, 00340434161234567890, 21.11.2026).", .roleText),
        ("Guten Tag, Ihre Bestellung MG10000005 wurde versandt.\nCustomer: Danke!", .roleText),
        // The tracking number left out.
        ("Guten Tag, Ihre Bestellung MG10000005 wurde am 17.11.2026 versandt und kommt am 21.11.2026 an.", .requiredFacts),
        // The status left out.
        ("Guten Tag, MG10000005: DHL 17.11.2026, Sendungsnummer 00340434161234567890, Zustellung 21.11.2026.", .requiredFacts),
        // Every fact, and an invented compensation or promise.
        ("\(good)\nAls Entschädigung erhalten Sie 15 % Rabatt.", .unsupportedFigures),
        ("\(good)\nUnser Service ist 24/7 erreichbar.", .unsupportedFigures),
        // Every fact, in English.
        ("Hello, your order MG10000005 has been shipped (versandt). DHL picked the parcel up on 17.11.2026, the tracking number is 00340434161234567890, and it should arrive on 21.11.2026. Kind regards, your customer service team", .language),
        // Every fact, with du; with an emoji.
        ("Hallo, deine Bestellung MG10000005 wurde versandt. DHL hat sie am 17.11.2026 abgeholt, Sendungsnummer 00340434161234567890, Zustellung am 21.11.2026. Viele Grüße", .tone),
        ("Guten Tag, Ihre Bestellung MG10000005 wurde versandt 📦. DHL hat sie am 17.11.2026 übernommen, Sendungsnummer 00340434161234567890, Zustellung am 21.11.2026. Mit freundlichen Grüßen", .tone),
    ]

    @Test(arguments: badAnswers)
    func aBadAnswerIsRefusedByTheRightCheck(answer: String, expected: GuardrailCheck) {
        #expect(check(answer) == expected)
    }

    @Test func aLeadingLabelIsStrippedNotRefused() throws {
        #expect(try review("Answer: " + GuardrailFixture.goodAnswer).get() == GuardrailFixture.goodAnswer)
    }

    @Test func aDateWrittenOutStillCountsAsKnown() {
        // Required facts are kept as written (the prompt says so), but a figure the model reformats
        // is not "invented": 21 and 2026 are in one source figure.
        #expect(FactChecks.unsupported("Die Zustellung ist am 21. November 2026.", sources: GuardrailFixture.orderSentences) == nil)
        #expect(FactChecks.unsupported("Die Zustellung ist am 22. November 2026.", sources: GuardrailFixture.orderSentences)
                == GuardrailFailure(.unsupportedFigures, "\"22\" in no source"))
    }

    @Test func theMarketRulesFiguresAreRequired() {
        let input = GuardrailFixture.input(orderSentences: [], knowledgeSentences: ["Sie haben 30 Tage Zeit, Artikel zurückzusenden."],
                                           status: nil)
        #expect(check("Guten Tag, Sie können Artikel innerhalb von vierzehn Tagen zurücksenden. Mit freundlichen Grüßen", input) == .requiredFacts)
        #expect(check("Guten Tag, Sie haben 30 Tage Zeit, um Artikel zurückzusenden. Mit freundlichen Grüßen", input) == nil)
    }

    @Test(arguments: [
        ("Lieferung am 21.11.2026.", ["21.11.2026"]),
        ("2026年11月21日にお届け予定です。", ["2026", "11", "21"]),
        ("Total: $49.99.", ["49.99"]),
        ("Tracking 1Z999AA10123456784, hours 9:00-17:00", ["1Z999AA10123456784", "9:00-17:00"]),
        ("Keine Zahlen hier.", []),
    ])
    func figuresOfAText(text: String, expected: [String]) {
        #expect(Figures.tokens(in: text) == expected)
    }

    @Test func theRoleTextFileParses() {
        #expect(RoleTextCheck.builtIn.labels.contains("Customer message:"))
        #expect(RoleTextCheck.builtIn.selfReferences.contains("As an AI"))
    }
}
