import Testing
@testable import Workspace

/// Language tags in market files, per-language currency and date formats, and the date order.
@Suite struct MarketLocaleTests {
    static let canada = """
        id: CA
        name: Canada
        languages: [EN-ca, fr_CA]
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
        agents:
          language: en
          timezone: America/Toronto
          hours: [{days: [mon, tue, wed, thu, fri], open: "09:00", close: "17:00"}]
        voice:
          en: {greeting: "Hi,", closing: "Thanks", empathy: "Sorry.", apology: "Sorry.", not_found: "No idea.", handoff: "A colleague will help.", other_language: "We answer in English."}
          fr-CA: {greeting: "Bonjour,", closing: "Merci", empathy: "Désolé.", apology: "Désolé.", not_found: "Aucune idée.", handoff: "Un collègue vous aidera.", other_language: "Nous répondons en français."}
        tone: {rules: []}
        """

    func market(_ yaml: String) throws(WorkspaceError) -> Market {
        try Market.load(try YAMLNode.parse(yaml, file: "kb/markets/CA.yaml")!)
    }

    @Test func languageTagsAreNormalised() throws {
        let m = try market(Self.canada)
        #expect(m.languages == ["en", "fr"])
        #expect(m.voice.keys.sorted() == ["en", "fr"])
        let norway = try market(Self.canada.replacingOccurrences(of: "[EN-ca, fr_CA]", with: "[no, en]")
            .replacingOccurrences(of: "fr-CA: {greeting", with: "nb: {greeting")
            .replacingOccurrences(of: "    fr: {", with: "    nb-NO: {"))
        #expect(norway.languages == ["nb", "en"])
        #expect(norway.currency(for: "nb").pattern == "{amount} $")
    }

    @Test func localeOverridesAreCompleteFormats() throws {
        let m = try market(Self.canada)
        let fr = m.currency(for: "fr"), en = m.currency(for: "en")
        #expect(fr == .init(code: "CAD", pattern: "{amount} $", decimal: ",", grouping: " ", decimals: 2))
        #expect(en == m.currency)
        #expect(en.pattern == "${amount}" && en.decimal == ".")
        #expect(m.currency(for: nil) == m.currency)
        #expect(m.dates(for: "fr") == .init(short: "dd/MM/yyyy", long: "d MMMM yyyy"))
        #expect(m.dates(for: "en") == .init(short: "MM/dd/yyyy", long: "MMMM d, yyyy"))
    }

    @Test func anOverrideForALanguageTheMarketDoesNotHave() {
        let yaml = Self.canada.replacingOccurrences(of: "    fr: {pattern", with: "    de: {pattern")
        #expect(throws: WorkspaceError(file: "kb/markets/CA.yaml", line: 10, field: "currency.locales.de",
                                       message: "'de' is not one of the market's languages (en, fr)")) { try market(yaml) }
    }

    @Test func aTypoInAnOverride() {
        let yaml = Self.canada.replacingOccurrences(of: "{short: \"dd/MM/yyyy\"", with: "{shrot: \"dd/MM/yyyy\"")
        do { _ = try market(yaml); Issue.record("expected an error") } catch {
            #expect(error.line == 15)
            #expect(error.field == "dates.locales.fr.shrot")
        }
    }

    @Test func anOverridePatternWithoutAmount() {
        let yaml = Self.canada.replacingOccurrences(of: "{pattern: \"{amount} $\"", with: "{pattern: \"$\"")
        do { _ = try market(yaml); Issue.record("expected an error") } catch {
            #expect(error.line == 10)
            #expect(error.message == "the pattern must contain {amount}")
        }
    }

    @Test func aLanguageThatIsNoTagOrListedTwice() {
        do { _ = try market(Self.canada.replacingOccurrences(of: "[EN-ca, fr_CA]", with: "[english, fr]")); Issue.record("expected an error") } catch {
            #expect(error.line == 3)
            #expect(error.message.contains("'english' is not a language tag"))
        }
        do { _ = try market(Self.canada.replacingOccurrences(of: "[EN-ca, fr_CA]", with: "[en, fr, fr-FR]")); Issue.record("expected an error") } catch {
            #expect(error.line == 3)
            #expect(error.message == "'fr-FR' is 'fr', listed twice")
        }
    }

    @Test(arguments: [
        ("MM/dd/yyyy", true), ("M/d/yy", true), ("MMMM d, yyyy", true), ("dd/MM/yyyy", false), ("dd.MM.yyyy", false),
        ("yyyy-MM-dd", false), ("yyyy年M月d日", false), ("'Le' d MMMM yyyy", false), ("d 'de' MMMM", false),
    ])
    func monthFirstDatesFollowTheShortPattern(_ pattern: String, _ monthFirst: Bool) throws {
        let m = try market(Self.canada.replacingOccurrences(of: "short: \"MM/dd/yyyy\"", with: "short: \"\(pattern)\""))
        #expect(m.monthFirstDates == monthFirst)
    }
}
