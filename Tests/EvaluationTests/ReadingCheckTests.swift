import Testing
import Workspace
@testable import Evaluation

/// How an answer reads: each check finds what it should in a real-looking answer, and nothing in a
/// clean one; the reports carry the counts per market.
struct ReadingCheckTests {
    static func answer(_ body: String, market: String = "GB") throws -> String {
        let voice = try #require(try ToneFixtures.market(market).voice["en"])
        return voice.greeting + "\n\n" + body + "\n\n" + voice.closing
    }

    static func check() throws -> ReadingCheck {
        ReadingCheck(markets: Dictionary(uniqueKeysWithValues: try ToneFixtures.markets().map { ($0.id, $0) }))
    }

    @Test func aTablePastedIntoALetterIsFound() throws {
        let text = try Self.answer("United Kingdom (GB) — Return window: 30 days; Return shipping: Free. See Returns and refunds. "
                                   + "Singapore (SG) refunds within 7 business days. Returns take 30 days at most.")
        let r = try Self.check().check(text, language: "en", market: "GB", maxSentences: 3)
        #expect(r.sentences == 4)
        #expect(r.tableSyntax == ["United Kingdom (GB) — Return window: 30 days; Return shipping: Free."])
        #expect(r.navigation == ["See Returns and refunds."])
        #expect(r.otherMarkets == ["Singapore (SG) refunds within 7 business days."])
        #expect(r.repeatedFacts == ["Returns take 30 days at most."])
        #expect(r.overBudget && r.problems == 5)
    }

    /// An answer in a language the market's voice does not speak (English in Thailand) opens and
    /// closes with the lines of the voice the engine borrows for it: they are no sentences of the body.
    @Test func theGreetingOfABorrowedVoiceIsNoSentence() throws {
        let text = try Self.answer("Standard delivery takes 7–12 business days.", market: "GB")
        #expect(try Self.check().check(text, language: "en", market: "TH").sentences == 1)
    }

    /// A checker keeps what it found in each sentence: the same answers, checked again for another
    /// market or language, read as a new checker reads them.
    @Test func keptSentencesReadAsNew() throws {
        let body = "United Kingdom (GB) — Return window: 30 days; Return shipping: Free. See Returns and refunds. "
            + "Singapore (SG) refunds within 7 business days. Returns take 30 days at most."
        let kept = try Self.check()
        for (market, language) in [("GB", "en"), ("SG", "en"), ("GB", "en"), ("SG", "de"), ("GB", "de")] {
            let text = try Self.answer(body, market: market)
            let again = kept.check(text, language: language, market: market, maxSentences: 3)
            #expect(again == (try Self.check()).check(text, language: language, market: market, maxSentences: 3))
        }
        #expect(kept.check(try Self.answer(body, market: "SG"), language: "en", market: "SG").otherMarkets
                == ["United Kingdom (GB) — Return window: 30 days; Return shipping: Free."])
    }

    /// A country that only says where a warehouse is ("Rotterdam (Netherlands)") is no rule of that
    /// market; naming the market as the rule's subject still is.
    @Test func aWarehousesCountryIsNoOtherMarketsRule() throws {
        let text = try Self.answer("Orders ship from Rotterdam (Netherlands) and arrive in 3–6 working days. "
                                   + "Orders to the Netherlands arrive in 1–3 working days.")
        #expect(try Self.check().check(text, language: "en", market: "GB").otherMarkets == ["Orders to the Netherlands arrive in 1–3 working days."])
    }

    /// A fact told again in other words: the sentence's every word, figure and rule word said by
    /// the sentences before it. A sentence that adds a word, turns a rule ("not") or asks is new.
    @Test func aFactToldAgainInOtherWordsIsFound() throws {
        let card = "With Visa or Mastercard, your card is charged when we dispatch your order, not when you place it."
        let again = "Visa and Mastercard cards are charged when the order is dispatched."
        let r = try Self.check().check(try Self.answer(card + " " + again), language: "en", market: "GB")
        #expect(r.repeatedFacts == [again], "\(r.repeatedFacts)")
        for new in ["Visa and Mastercard cards are not charged when the order is dispatched.",
                    "Are Visa and Mastercard cards charged when the order is dispatched?"] {
            let kept = try Self.check().check(try Self.answer("Your card is charged when we dispatch your order. " + new), language: "en", market: "GB")
            #expect(!kept.repeatedFacts.contains(new), "\(new): \(kept.repeatedFacts)")
        }
    }

    /// A sentence that a later one says with more: the first says nothing the reader is not told
    /// again ("Your card is charged when we dispatch your order." before the same with "3-D Secure").
    @Test func aFactALaterSentenceSaysWithMoreIsFound() throws {
        let first = "Your card is charged when we dispatch your order."
        let more = "Visa and Mastercard cards are charged when the order is dispatched, with 3-D Secure."
        let r = try Self.check().check(try Self.answer(first + " " + more), language: "en", market: "GB")
        #expect(r.repeatedFacts == [first], "\(r.repeatedFacts)")
        let other = "PayPal is charged when you place the order, with a confirmation in the app."
        #expect(try Self.check().check(try Self.answer(first + " " + other), language: "en", market: "GB").repeatedFacts.isEmpty)
    }

    @Test func aCleanAnswerHasNoProblems() throws {
        let text = try Self.answer("United Kingdom (GB): the return window is 30 days and return shipping is free. Refunds are paid within 5 working days.")
        let r = try Self.check().check(text, language: "en", market: "GB")
        #expect(r.sentences == 2 && r.problems == 0 && r.budget == ReadingCheck.defaultBudget)
    }

    @Test(arguments: [
        ("Carte Bancaire (CB) — Bon à savoir: validation 3-D Secure; Quand suis-je débité ?: à l'expédition.", true),
        ("Standardversand — Lieferzeit ab Versand: 3–6 Werktage; Kosten: kostenlos ab 39 €.", true),
        ("SKU MG-PS50 · Digital luggage scale", true),
        ("Standard shipping to Germany is free from €39; below that it costs €4.95.", false),
        ("Rückgabefrist: 30 Tage ab Zustellung.", false),
        ("Ihr Paket bleibt innerhalb der EU – es gibt keine Zollabfertigung.", false),
        ("Verschickt: Adressänderung: Nur über den Umleitungsservice von DHL.", true),
        ("Échange : pas d'échange direct : retournez l'article et passez une nouvelle commande.", true),
        ("订单状态：已发货：无法修改。", true),
        ("Orders placed before 14:00 are dispatched the same day: no waiting.", false),
        ("Note: the link https://example.com works, and you can also write to us: we answer within a day.", false),
    ])
    func tableSyntax(_ sentence: String, _ found: Bool) {
        #expect(ReadingCheck.hasTableSyntax(sentence) == found)
    }

    /// Thai ends a sentence with a space: rows told "Label: value" one after another are a table's
    /// cells although each sentence alone has one colon. Where a full stop ends each, they are not.
    @Test func rowsRunTogetherAcrossThaiSentencesAreTableSyntax() throws {
        let thai = "อากรขาเข้า: ตอนรับของไม่ต้องจ่ายเพิ่ม ภาษีนำเข้า (VAT): ตอนรับของไม่ต้องจ่ายเพิ่ม ทางเราจะดำเนินการให้ค่ะ"
        let r = try Self.check().check("\n\n" + thai + "\n\n", language: "th", market: "GB")
        #expect(r.sentences == 3)
        #expect(r.tableSyntax == ["อากรขาเข้า: ตอนรับของไม่ต้องจ่ายเพิ่ม ภาษีนำเข้า (VAT): ตอนรับของไม่ต้องจ่ายเพิ่ม"])
        let told = "สำหรับอากรขาเข้า\u{00A0}ตอนรับของไม่ต้องจ่ายเพิ่ม ทางเราจะดำเนินการให้ค่ะ"
        #expect(try Self.check().check("\n\n" + told + "\n\n", language: "th", market: "GB").tableSyntax.isEmpty)
        let german = try Self.answer("Zoll: fällt nicht an. Einfuhrumsatzsteuer: fällt nicht an.")
        #expect(try Self.check().check(german, language: "de", market: "GB").tableSyntax.isEmpty)
    }

    @Test func metricsCountAnswersPerProblemAndTheReportsShowThem() {
        var bad = ReadingOutcome(sentences: 8, budget: 6)
        bad.tableSyntax = ["A — B: c; D: e."]
        bad.repeatedFacts = ["x 39 €", "y 39 €"]
        let clean = ReadingOutcome(sentences: 2, budget: 6)
        let m = ReadingMetrics([bad, clean])
        #expect(m.answers == 2 && m.tableSyntax == 1 && m.repeatedFacts == 1 && m.overBudget == 1 && m.navigation == 0)
        #expect(m.cleanRate == 0.5)
        var metrics = Metrics(cases: 2)
        metrics.reading = m
        let report = EvaluationReport(kbkitVersion: "0", workspace: "w", createdAt: "t", engine: "embedded", evalsets: [], overall: metrics,
                                      markets: ["DE": metrics], languages: [:], intents: [:], intentTable: [], confusion: [:],
                                      toneFailures: [:], cases: [])
        let md = MarkdownReport.render(report)
        #expect(md.contains("### How answers read") && md.contains("| `DE` | 2 | 1 | 0 | 0 | 1 | 1 | 50.0% |"))
        #expect(JUnitReport.render(report).isEmpty == false)
        #expect(HTMLReport.render(report).contains("Worst-reading answers per market"))
    }
}
