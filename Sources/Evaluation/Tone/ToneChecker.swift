import Support
import Linguistics
import Workspace

/// Checks an answer against its market's tone rules (`tone.rules` of `kb/markets/<ID>.yaml`,
/// semantics in docs/WORKSPACE.md) and the built-in checks every market gets:
/// - `builtin.currency`: amounts in the currency format of the market and the answer's language
///   (`currency.locales`: Canadian French writes "24,95 $", Canadian English "$24.95");
/// - `builtin.date`: numeric dates in the format of the market and language (`dates.locales`); warnings `builtin.date.iso` (ISO dates)
///   and, in English answers, `builtin.date.order` (long dates in the other order);
/// - `builtin.language`: the answer in the expected language, no other language leaking in.
///
/// An immutable value, prepared once per market (terms split, regexes compiled); `check` is a
/// pure function of its arguments, safe to call from many threads.
public struct ToneChecker: Sendable {
    public let market: Market
    private let rules: [CompiledRule]
    private let currency: CurrencyStyle
    private let dates: DateStyle
    /// The styles of languages with their own `locales` formats.
    private let localeCurrency: [String: CurrencyStyle]
    private let localeDates: [String: DateStyle]
    private let languages: LanguageLeaks

    public init(market: Market) {
        self.market = market
        rules = market.tone.rules.map(CompiledRule.init)
        currency = CurrencyStyle(market.currency)
        dates = DateStyle(market.dates)
        localeCurrency = market.currencyLocales.mapValues(CurrencyStyle.init)
        localeDates = market.dateLocales.mapValues(DateStyle.init)
        languages = LanguageLeaks(marketLanguages: market.languages)
    }

    /// `language`: the language the answer should be in (a BCP 47 tag; only its primary subtag
    /// counts). `customerUpset`: the customer was frustrated, angry or distressed, which turns on
    /// the `when: upset` rules. `quoted`: languages the answer quotes KB text in, having said so
    /// (EngineAnswer.quotedLanguages): their sentences are no leak.
    public func check(_ text: String, language: String, customerUpset: Bool, quoted: [String] = []) -> ToneReport {
        let lang = Self.primaryTag(language)
        let prepared = ToneText(text)
        var results = rules.filter { $0.applies(language: lang, customerUpset: customerUpset) }.map { $0.evaluate(prepared) }
        results += builtins(prepared, language: lang, quoted: Set(quoted.map(Self.primaryTag)))
        return ToneReport(results: results)
    }

    /// The market's own rules only, without the built-in answer checks (currency, dates, language):
    /// `kbkit lint` applies them to KB pages, which quote every market's prices and dates.
    public func checkMarketRules(_ text: String, language: String, customerUpset: Bool) -> ToneReport {
        let lang = Self.primaryTag(language)
        let prepared = ToneText(text)
        return ToneReport(results: rules.filter { $0.applies(language: lang, customerUpset: customerUpset) }.map { $0.evaluate(prepared) })
    }

    private func builtins(_ text: ToneText, language: String, quoted: Set<String>) -> [ToneRuleResult] {
        let currency = localeCurrency[language] ?? currency
        let dates = localeDates[language] ?? dates
        let money = currency.violations(in: text)
        let written = dates.findings(in: text, language: language)
        let leaks = languages.leaks(in: text.string, expected: language).filter { !quoted.contains($0.language) }
        let leakLanguages = Array(Set(leaks.map(\.language))).sorted().joined(separator: ", ")
        var results = [
            ToneRuleResult(id: "builtin.currency", passed: money.isEmpty, severity: .error, message: currency.message, offending: money),
            ToneRuleResult(id: "builtin.date", passed: written.wrong.isEmpty, severity: .error, message: dates.message, offending: written.wrong),
            ToneRuleResult(id: "builtin.date.iso", passed: written.iso.isEmpty, severity: .warning, message: dates.isoMessage, offending: written.iso),
            ToneRuleResult(id: "builtin.language", passed: leaks.isEmpty, severity: .error,
                           message: leaks.isEmpty ? "The answer is in \(language) throughout."
                                                  : "Sentences in \(leakLanguages) inside an answer in \(language).",
                           offending: leaks.map(\.sentence)),
        ]
        // Only English long dates have two orders in use; the check means nothing elsewhere.
        if language == "en" {
            results.insert(ToneRuleResult(id: "builtin.date.order", passed: written.order.isEmpty, severity: .warning,
                                          message: dates.orderMessage, offending: written.order), at: 3)
        }
        return results
    }

    static func primaryTag(_ language: String) -> String {
        LanguageTag.normalize(language) ?? language.lowercased()
    }
}
