import Foundation
import Testing
import AnswerEngine
@testable import Workspace

/// Money and dates per locale, language and market: Canadian French writes "24,95 $".
@Suite struct LocaleFormattingTests {
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
          long: "MMMM d, yyyy"
          locales:
            fr: {short: "dd/MM/yyyy", long: "d MMMM yyyy"}
        agents: {language: en, timezone: America/Toronto, hours: [{days: [mon], open: "09:00", close: "17:00"}]}
        voice:
          en: {greeting: "Hi,", closing: "Thanks", empathy: "Sorry.", apology: "Sorry.", not_found: "No.", handoff: "Wait.", other_language: "English."}
          fr: {greeting: "Bonjour,", closing: "Merci", empathy: "Désolé.", apology: "Désolé.", not_found: "Non.", handoff: "Attendez.", other_language: "Français."}
        tone: {rules: []}
        """

    let market = try! Market.load(try! YAMLNode.parse(Self.canada, file: "kb/markets/CA.yaml")!)
    let date = ISODate("2026-11-24")!

    @Test func canadianFrenchAndEnglishAmounts() {
        #expect(MarketFormatter(market: market, language: "fr").amount(Decimal(string: "24.95")!) == "24,95 $")
        #expect(MarketFormatter(market: market, language: "en").amount(Decimal(string: "24.95")!) == "$24.95")
        #expect(MarketFormatter(market: market, language: "fr").amount(Decimal(string: "1249.5")!) == "1 249,50 $")
        #expect(MarketFormatter(market: market).amount(Decimal(string: "1249.5")!) == "$1,249.50")
    }

    @Test func canadianFrenchAndEnglishDates() {
        let fr = MarketFormatter(market: market, language: "fr"), en = MarketFormatter(market: market, language: "en")
        #expect(fr.date(date) == "24/11/2026")
        #expect(fr.date(date, style: .long) == "24 novembre 2026")
        #expect(en.date(date) == "11/24/2026")
        #expect(en.date(date, style: .long) == "November 24, 2026")
    }

    @Test func monthNamesFollowTheAnswerLanguageWithoutAnOverride() throws {
        // No `dates.locales` for Spanish in a US-style market: the market's pattern, Spanish months (es_US).
        let us = try Market.load(try YAMLNode.parse(Self.canada.replacingOccurrences(of: "[en, fr]", with: "[en, es]")
            .replacingOccurrences(of: "    fr: {short: \"dd/MM/yyyy\", long: \"d MMMM yyyy\"}\n", with: "")
            .replacingOccurrences(of: "  locales:\n    fr: {pattern: \"{amount} $\", decimal: \",\", grouping: \" \"}\n", with: "")
            .replacingOccurrences(of: "  locales:\n", with: "")
            .replacingOccurrences(of: "  fr: {greeting", with: "  es: {greeting"), file: "kb/markets/US.yaml")!)
        #expect(MarketFormatter(market: us, language: "es").date(date, style: .long) == "noviembre 24, 2026")
        #expect(MarketFormatter(market: us, language: "en").date(date, style: .long) == "November 24, 2026")
        #expect(MarketFormatter(market: us, language: "es").amount(Decimal(string: "24.95")!) == "$24.95")
    }
}
