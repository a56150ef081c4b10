import Testing
@testable import Evaluation
@testable import Workspace

/// The built-in currency and date checks follow the answer's language in a two-language market.
@Suite struct ToneLocaleTests {
    static let canada = """
        id: CA
        languages: [en, fr]
        locale: en-CA
        timezone: America/Toronto
        currency:
          code: CAD
          pattern: "${amount}"
          locales:
            fr: {pattern: "{amount} $", decimal: ",", grouping: " "}
        dates:
          short: "MM/dd/yyyy"
          locales:
            fr: {short: "dd/MM/yyyy"}
        agents: {language: en, timezone: America/Toronto, hours: [{days: [mon], open: "09:00", close: "17:00"}]}
        voice:
          en: {greeting: "Hi,", closing: "Thanks", empathy: "Sorry.", apology: "Sorry.", not_found: "No.", handoff: "Wait.", other_language: "English."}
          fr: {greeting: "Bonjour,", closing: "Merci", empathy: "Désolé.", apology: "Désolé.", not_found: "Non.", handoff: "Attendez.", other_language: "Français."}
        tone: {rules: []}
        """

    let checker = ToneChecker(market: try! Market.load(try! YAMLNode.parse(Self.canada, file: "kb/markets/CA.yaml")!))

    @Test func frenchAnswersUseTheFrenchFormats() {
        let ok = checker.check("Votre remboursement de 24,95 $ arrivera le 24/11/2026.", language: "fr", customerUpset: false)
        #expect(ok.result("builtin.currency")?.passed == true, "\(ok.offending("builtin.currency") ?? [])")
        #expect(ok.result("builtin.date")?.passed == true, "\(ok.offending("builtin.date") ?? [])")
        let wrong = checker.check("Votre remboursement de $24.95 arrivera le 11/24/2026.", language: "fr", customerUpset: false)
        #expect(wrong.offending("builtin.currency") == ["$24.95"])
        #expect(wrong.offending("builtin.date") == ["11/24/2026"])
    }

    @Test func englishAnswersKeepTheMarketsFormats() {
        let ok = checker.check("Your refund of $24.95 will arrive on 11/24/2026.", language: "en", customerUpset: false)
        #expect(ok.result("builtin.currency")?.passed == true, "\(ok.offending("builtin.currency") ?? [])")
        #expect(ok.result("builtin.date")?.passed == true)
        let wrong = checker.check("Your refund of 24,95 $ will arrive on 24/11/2026.", language: "en", customerUpset: false)
        #expect(wrong.result("builtin.currency")?.passed == false)
        #expect(wrong.offending("builtin.date") == ["24/11/2026"])
    }
}
