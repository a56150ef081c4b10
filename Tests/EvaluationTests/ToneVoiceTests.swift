import Testing
import Workspace
@testable import Evaluation

/// The market's own voice (the phrases the embedded composer uses) must pass the market's own
/// rules in every language of the market: a false alarm here would fail every answer.
@Suite struct ToneVoiceTests {
    static let marketIDs = ["DE", "ES", "FR", "GB", "ID", "IT", "JP", "MX", "MY", "NL", "PH", "PL", "SG", "TH", "US", "VN"]

    @Test func theSampleMarketsAreTheOnesTested() throws {
        #expect(try ToneFixtures.markets().map(\.id) == Self.marketIDs)
    }

    @Test(arguments: marketIDs)
    func greetingNeutralClosingPass(_ id: String) throws {
        let market = try ToneFixtures.market(id)
        let checker = ToneChecker(market: market)
        for lang in market.languages {
            let voice = try #require(market.voice[lang])
            let neutral = try #require(ToneFixtures.neutral[lang])
            let text = [voice.greeting, neutral, voice.closing].joined(separator: "\n")
            let report = checker.check(text, language: lang, customerUpset: false)
            #expect(report.failures.isEmpty, "\(id)/\(lang): \(report.failures)")
            // Every rule of the language applies (the upset ones excepted), and the built-ins.
            let expected = market.tone.rules.filter { ($0.language == nil || $0.language == lang) && $0.when == nil }.map(\.id)
            let builtins = ["builtin.currency", "builtin.date", "builtin.date.iso"] + (lang == "en" ? ["builtin.date.order"] : []) + ["builtin.language"]
            #expect(report.results.map(\.id) == expected + builtins)
        }
    }

    @Test(arguments: marketIDs)
    func everyVoicePhraseTogetherPassesWhenTheCustomerIsUpset(_ id: String) throws {
        let market = try ToneFixtures.market(id)
        let checker = ToneChecker(market: market)
        for lang in market.languages {
            let v = try #require(market.voice[lang])
            let text = [v.greeting, v.empathy, v.apology, v.notFound, v.handoff, v.otherLanguage, v.closing].joined(separator: "\n")
            let report = checker.check(text, language: lang, customerUpset: true)
            #expect(report.failures.isEmpty, "\(id)/\(lang): \(report.failures)")
            #expect(report.results.contains { $0.id.hasSuffix(".empathy") || $0.id == "jp.ja.apology" }, "\(id)/\(lang) has an empathy rule")
        }
    }

    /// The empathy rule is checked only when the customer was upset; then a reply without it fails
    /// and names what was expected.
    @Test(arguments: marketIDs)
    func empathyOnlyWhenUpset(_ id: String) throws {
        let market = try ToneFixtures.market(id)
        let checker = ToneChecker(market: market)
        for lang in market.languages {
            let v = try #require(market.voice[lang])
            let text = [v.greeting, try #require(ToneFixtures.neutral[lang]), v.closing].joined(separator: "\n")
            let empathy = try #require(market.tone.rules.first { $0.when == .upset && $0.language == lang })
            let calm = checker.check(text, language: lang, customerUpset: false)
            #expect(calm.result(empathy.id) == nil)
            #expect(calm.passed)
            let upset = checker.check(text, language: lang, customerUpset: true)
            #expect(!upset.passed, "\(id)/\(lang)")
            #expect(upset.failedIDs == [empathy.id])
            #expect(upset.offending(empathy.id) == empathy.terms)
            let withEmpathy = checker.check([v.greeting, v.empathy, v.closing].joined(separator: "\n"), language: lang, customerUpset: true)
            #expect(withEmpathy.result(empathy.id)?.passed == true)
        }
    }
}
