import Orders
import Foundation
import Testing
import Workspace
import AnswerEngine
@testable import Evaluation

/// The engine's phrase tables against each market's own tone rules, in every language of the market:
/// a phrase that broke a rule would fail every answer built from it. `forbid` and `limit` rules are
/// checked on each phrase alone; `require` rules need the whole answer, so they (and the built-in
/// currency, date and language checks) are checked on greeting + phrase + closing from the market's
/// voice. (With the customer upset the composer adds the voice's empathy line, which ToneVoiceTests
/// checks; the phrases here neither add nor take away from it.)
@Suite struct PhrasesToneTests {
    @Test(arguments: ToneVoiceTests.marketIDs)
    func everyPhrasePassesTheMarketsRules(_ id: String) throws {
        let market = try ToneFixtures.market(id)
        let checker = ToneChecker(market: market)
        let samples = PhraseSamples(market: market)
        let alone = Set(market.tone.rules.filter { $0.kind != .require }.map(\.id))
        for lang in market.languages {
            let voice = try #require(market.voice[lang])
            let filled = samples.filled(PhraseBook(markets: [market]).phrases(lang, market: id))
            #expect(filled.count > 40, "\(id)/\(lang): \(filled.count) sentences")
            for (key, text) in filled {
                let single = checker.check(text, language: lang, customerUpset: false)
                let broken = single.failures.filter { alone.contains($0.id) }
                #expect(broken.isEmpty, "\(id)/\(lang) \(key): \(text) — \(broken.map { "\($0.id) \($0.offending)" })")

                let answer = [voice.greeting, text, voice.closing].joined(separator: "\n")
                let calm = checker.check(answer, language: lang, customerUpset: false)
                #expect(calm.failures.isEmpty, "\(id)/\(lang) \(key): \(text) — \(calm.failures.map { "\($0.id) \($0.offending)" })")
            }
        }
    }

    /// The check can fail: a table in the wrong register breaks the market's rules.
    @Test func theWrongRegisterFails() throws {
        let spain = ToneChecker(market: try ToneFixtures.market("ES"))
        let mexicanLine = PhraseSamples(market: try ToneFixtures.market("ES")).filled(PhraseBook().phrases("es", market: "MX"))
        let usted = mexicanLine.filter { !spain.check($0.text, language: "es", customerUpset: false).passed }.map(\.key)
        #expect(usted.contains("held_at_customs"), "\(usted)")
        let mexico = ToneChecker(market: try ToneFixtures.market("MX"))
        let spanishLine = PhraseSamples(market: try ToneFixtures.market("MX")).filled(PhraseBook().phrases("es", market: "ES"))
        let tu = spanishLine.filter { !mexico.check($0.text, language: "es", customerUpset: false).passed }.map(\.key)
        #expect(tu.contains("order_line shipped") && tu.contains("ask_order_number_example"), "\(tu)")
    }
}

/// Each customer-facing phrase of a table, filled as the composer fills it for one market: sample
/// order, carrier and tracking numbers from the ERP fixture, amounts and dates in the market's formats
/// (every date phrase once with the short and once with the long date), and the order line and the
/// cancellation refusal once per status.
struct PhraseSamples {
    let values: [String: String]
    let longDate: String

    init(market: Market) {
        let format = MarketFormatter(market: market)
        let date = ISODate("2026-11-21")!
        values = [
            "{order}": "MG10000005", "{order_example}": "MG10000005", "{carrier}": "DHL", "{tracking}": "00340434161234567890",
            "{amount}": format.amount(Decimal(string: "54.80")!), "{date}": format.date(date, style: .short),
            // As the engine describes the agents' hours, minus the localized day names.
            "{hours}": "08:00–20:00 (\(market.agents.timezone))",
        ]
        longDate = format.date(date, style: .long)
    }

    func filled(_ phrases: Phrases) -> [(key: String, text: String)] {
        var out: [(key: String, text: String)] = []
        for (key, template) in phrases.customerFacing.sorted(by: { $0.key < $1.key }) where !key.rawValue.hasPrefix("status.") {
            if template.contains("{status}") {
                for status in OrderStatus.allCases {
                    out.append(("\(key.rawValue) \(status.rawValue)", fill(template.replacingOccurrences(of: "{status}", with: phrases.status(status)))))
                }
            } else {
                out.append((key.rawValue, fill(template)))
                if template.contains("{date}") {
                    out.append(("\(key.rawValue) long date", fill(template.replacingOccurrences(of: "{date}", with: longDate))))
                }
            }
        }
        return out
    }

    private func fill(_ template: String) -> String {
        values.reduce(template) { $0.replacingOccurrences(of: $1.key, with: $1.value) }
    }
}
