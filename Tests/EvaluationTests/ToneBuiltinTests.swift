import Foundation
import Testing
@testable import Evaluation

/// The checks every market gets: currency amounts and dates in the market's format, and the answer
/// in one language.
@Suite struct ToneBuiltinTests {
    /// An amount and a date per market, written as the market writes them (FACTS.md).
    static let ownFormats: [(market: String, amount: String, date: String)] = [
        ("DE", "39,00 €", "21.11.2026"), ("FR", "1 290,00 €", "21/11/2026"), ("ES", "39,00 €", "23/11/2026"),
        ("IT", "8,90 €", "23/11/2026"), ("NL", "€29,00", "19-11-2026"), ("PL", "1 290,00 zł", "24.11.2026"),
        ("GB", "£1,290.00", "24/11/2026"), ("US", "$14.99", "11/24/2026"), ("MX", "MX$1,500.00", "23/11/2026"),
        ("JP", "¥5,480", "2026/11/22"), ("TH", "฿1,290", "24/11/2026"), ("VN", "890.000 ₫", "24/11/2026"),
        ("ID", "Rp289.000", "25/11/2026"), ("MY", "RM149.00", "02/12/2026"), ("PH", "₱1,990.00", "11/26/2026"),
        ("SG", "S$109.80", "18/11/2026"),
    ]

    @Test func eachMarketAcceptsItsOwnFormats() throws {
        for (id, amount, date) in Self.ownFormats {
            let market = try ToneFixtures.market(id)
            let r = ToneChecker(market: market).check("\(amount) · \(date)", language: market.defaultLanguage, customerUpset: false)
            #expect(r.result("builtin.currency")?.passed == true, "\(id): \(r.offending("builtin.currency") ?? [])")
            #expect(r.result("builtin.date")?.passed == true, "\(id): \(r.offending("builtin.date") ?? [])")
            #expect(r.result("builtin.date.iso")?.passed == true)
        }
    }

    @Test func amountsInAnotherFormatAreFlagged() throws {
        let de = try ToneFixtures.check("Ab €39 ist der Versand kostenlos, Express kostet 7.90 € und ein Paket 1,290.00 €; 7,90 € ist richtig.",
                                        market: "DE", language: "de")
        #expect(de.offending("builtin.currency") == ["€39", "7.90 €", "1,290.00 €"])
        #expect(de.result("builtin.currency")?.severity == .error)
        #expect(de.result("builtin.currency")?.message.contains("1.290,50 €") == true)
        let gb = try ToneFixtures.check("Standard delivery is free from $49 (or £40.00).", market: "GB", language: "en")
        #expect(gb.offending("builtin.currency") == ["$49"])
        let nl = try ToneFixtures.check("Verzending is gratis vanaf 29,00 €.", market: "NL", language: "nl")
        #expect(nl.offending("builtin.currency") == ["29,00 €"])
        let jp = try ToneFixtures.check("送料は¥1,200.00です。", market: "JP", language: "ja")
        #expect(jp.offending("builtin.currency") == ["¥1,200.00"])
        let sg = try ToneFixtures.check("Free shipping from $50.", market: "SG", language: "en")
        #expect(sg.offending("builtin.currency") == ["$50"])
    }

    @Test func numbersWithoutACurrencySignAreNoAmounts() throws {
        // Order and tracking numbers, ISO codes, percentages, counts: nothing to check.
        let r = try ToneFixtures.check("Bestellung MG10000005, DHL 00340434161234567890, unter 30 USD, 2 Artikel, 100 %.", market: "DE", language: "de")
        #expect(r.result("builtin.currency")?.passed == true)
    }

    @Test func datesInAnotherFormatAreFlagged() throws {
        let de = try ToneFixtures.check("Versand am 11/24/2026, Zustellung am 24.11.2026 oder 2026/11/25.", market: "DE", language: "de")
        #expect(de.offending("builtin.date") == ["11/24/2026", "2026/11/25"])
        // 24 cannot be a month: the US order in a dd/MM/yyyy market is caught.
        let gb = try ToneFixtures.check("It arrives on 11/24/2026.", market: "GB", language: "en")
        #expect(gb.offending("builtin.date") == ["11/24/2026"])
        let fr = try ToneFixtures.check("Livraison le 21.11.2026.", market: "FR", language: "fr")
        #expect(fr.offending("builtin.date") == ["21.11.2026"])
        // Ambiguous dates are given the benefit of the doubt.
        let ambiguous = try ToneFixtures.check("It arrives on 11/12/2026.", market: "GB", language: "en")
        #expect(ambiguous.result("builtin.date")?.passed == true)
    }

    @Test func isoDatesAreAWarning() throws {
        let r = try ToneFixtures.check("Guten Tag, Ihr Paket kommt am 2026-11-24 an.", market: "DE", language: "de")
        #expect(r.offending("builtin.date.iso") == ["2026-11-24"])
        #expect(r.result("builtin.date.iso")?.severity == .warning)
        #expect(r.result("builtin.date")?.passed == true)
    }

    @Test func englishLongDatesInTheMarketsOrder() throws {
        // Spelled out, the month cannot be misread: a warning, not an error.
        let gb = try ToneFixtures.check("Your parcel arrives on November 24, 2026.", market: "GB", language: "en")
        #expect(gb.offending("builtin.date.order") == ["November 24, 2026"])
        #expect(gb.result("builtin.date.order")?.severity == .warning)
        #expect(gb.result("builtin.date")?.passed == true)
        let gbOK = try ToneFixtures.check("Your parcel arrives on 24 November 2026.", market: "GB", language: "en")
        #expect(gbOK.result("builtin.date.order")?.passed == true)
        let us = try ToneFixtures.check("Your package arrives on 24 November 2026.", market: "US", language: "en")
        #expect(us.offending("builtin.date.order") == ["24 November 2026"])
        // Spanish writes the day first in every market, the US one included: no order check.
        let usES = try ToneFixtures.check("Su pedido llega el 24 de noviembre de 2026.", market: "US", language: "es")
        #expect(usES.result("builtin.date.order") == nil)
    }

    @Test func codesThatLookLikeDatesAreNot() throws {
        let r = try ToneFixtures.check("お客様、ヤマト運輸の伝票番号は4567-8901-2345です。バージョン1.2.10です。", market: "JP", language: "ja")
        #expect(r.result("builtin.date")?.passed == true)
        #expect(r.result("builtin.date.iso")?.passed == true)
    }

    @Test func anEnglishSentenceInsideAGermanAnswerLeaks() throws {
        let english = "Please note that refunds are issued to the original payment method."
        let text = "Guten Tag,\nIhre Rücksendung ist bei uns eingegangen. \(english)\nMit freundlichen Grüßen\nIhr Meridian Goods Kundenservice"
        let r = try ToneFixtures.check(text, market: "DE", language: "de")
        #expect(r.offending("builtin.language") == [english])
        #expect(r.result("builtin.language")?.message.contains("en") == true)
        #expect(!r.passed)
    }

    @Test func aQuotedManualInTheLanguageTheAnswerNamesIsNoLeak() throws {
        // The engine quotes the English manual after saying the manual exists only in English.
        let english = "With the scale switched on, hold the UNIT button for two seconds to change the unit."
        let text = "Hoi,\nDe handleiding van PackScale is alleen in het Engels beschikbaar. \(english)\nHartelijke groet"
        let market = try ToneFixtures.market("NL")
        #expect(ToneChecker(market: market).check(text, language: "nl", customerUpset: false).offending("builtin.language") == [english])
        #expect(ToneChecker(market: market).check(text, language: "nl", customerUpset: false, quoted: ["en"]).result("builtin.language")?.passed == true)
    }

    @Test func namesNumbersAndShortPhrasesDoNotLeak() throws {
        let text = """
        Guten Tag,
        Ihre Bestellung MG10000005 (BlendGo, PackScale) ist mit DHL Express unterwegs: 00340434161234567890.
        Sie kommt voraussichtlich am 21.11.2026 an. Tracking: https://www.dhl.de/de/privatkunden.html
        Meridian Goods Customer Care Team
        Mit freundlichen Grüßen
        """
        let r = try ToneFixtures.check(text, market: "DE", language: "de")
        #expect(r.result("builtin.language")?.passed == true, "\(r.offending("builtin.language") ?? [])")
    }

    /// The brands outnumber the Chinese words; they are names, not English.
    @Test func latinBrandsInsideAChineseSentenceDoNotLeak() throws {
        let text = "您好！\n马来西亚：FPX 网上银行、Touch 'n Go eWallet、GrabPay、Visa、Mastercard。\n祝好"
        let r = try ToneFixtures.check(text, market: "MY", language: "zh")
        #expect(r.result("builtin.language")?.passed == true, "\(r.offending("builtin.language") ?? [])")
        let english = "Please note that refunds are issued to the original payment method."
        let mixed = try ToneFixtures.check(text + "\n" + english, market: "MY", language: "zh")
        #expect(mixed.offending("builtin.language") == [english])
    }

    @Test func anAnswerWhollyInAnotherLanguageFails() throws {
        let market = try ToneFixtures.market("US")
        let english = try #require(market.voice["en"])
        let r = ToneChecker(market: try ToneFixtures.market("DE")).check(english.notFound + "\n" + english.handoff, language: "de", customerUpset: false)
        #expect(r.offending("builtin.language") == [english.notFound, english.handoff])
    }

    @Test func reportEncodesTheFieldsOfTheContract() throws {
        let r = try ToneFixtures.check("Kannst du mir helfen?", market: "DE", language: "de")
        let json = String(decoding: try JSONEncoder().encode(r), as: UTF8.self)
        for key in ["\"passed\":false", "\"results\"", "\"id\":\"de.de.no-du\"", "\"severity\":\"error\"", "\"offending\":[\"du\"]", "\"message\""] {
            #expect(json.contains(key), "\(key) in \(json)")
        }
        #expect(try JSONDecoder().decode(ToneReport.self, from: Data(json.utf8)) == r)
    }
}
