import Testing
@testable import AnswerEngine

/// A sentence listing several markets' figures, told for the customer's market alone.
struct MarketClausesTests {
    let names = MarketNames(markets: ["ES", "MX", "US", "MY", "SG"], languages: ["es", "zh"])

    @Test(arguments: [
        ("ES", "El envío exprés cuesta 7,90 € en España."),
        ("MX", "El envío exprés cuesta MX$249 en México."),
        ("US", "El envío exprés cuesta $14.99 en Estados Unidos."),
    ])
    func aListOfFiguresIsToldForTheCustomersMarket(market: String, expected: String) {
        let sentence = "El envío exprés cuesta 7,90 € en España, MX$249 en México y $14.99 en Estados Unidos."
        #expect(MarketClauses.own(sentence, market: market, and: " y ", names: names) == expected)
    }

    @Test func anItemThatRepeatsTheOpeningsLastWordLosesIt() {
        let sentence = "El envío estándar es gratis a partir de 39 € en España, de MX$999 en México y de $49 en Estados Unidos."
        #expect(MarketClauses.own(sentence, market: "MX", and: " y ", names: names) == "El envío estándar es gratis a partir de MX$999 en México.")
    }

    @Test func aSubjectOfSeveralMarketsIsNoList() {
        // "In Spain, Mexico and the US the answer is no": the markets share one statement.
        let sentence = "En España, México y Estados Unidos la respuesta es no: el precio de la página de pago es el precio final."
        #expect(MarketClauses.own(sentence, market: "ES", and: " y ", names: names) == nil)
    }

    @Test func aSentenceOfOneMarketOrNoneIsLeftAsItIs() {
        #expect(MarketClauses.own("El envío exprés cuesta 7,90 € en España.", market: "ES", and: " y ", names: names) == nil)
        #expect(MarketClauses.own("El envío exprés cuesta 7,90 €, y llega en 1–3 días.", market: "ES", and: " y ", names: names) == nil)
    }
}

/// A list item keyed by the customer's market under a heading that names a facet.
struct MarketItemTests {
    let names = MarketNames(markets: ["GB", "SG", "MY"], languages: ["en", "zh"])
    var writer: RowWriter { RowWriter(phrases: PhraseBook(), markets: names) }

    @Test func aCarrierItemIsToldAsTheMarketsRow() {
        let told = AnswerSelector.marketItem("United Kingdom: Royal Mail or Evri for standard delivery, DPD for express.", heading: "Carriers",
                                             market: "GB", language: "en", plan: nil, writer: writer, names: names)
        #expect(told == "We ship with Royal Mail or Evri for standard delivery, DPD for express.")
    }

    @Test func anItemOfAnotherMarketOrUnderAHeadingOfNoFacetStays() {
        #expect(AnswerSelector.marketItem("Singapore: Ninja Van or SingPost.", heading: "Carriers", market: "GB", language: "en",
                                          plan: nil, writer: writer, names: names) == nil)
        #expect(AnswerSelector.marketItem("United Kingdom: Klarna and Clearpay.", heading: "Instalments and pay later", market: "GB",
                                          language: "en", plan: nil, writer: writer, names: names) == nil)
        // A sentence of its own is no clause.
        #expect(AnswerSelector.marketItem("新加坡：订单金额满 S$50.00 即享标准配送免运费。", heading: "运费", market: "SG", language: "zh",
                                          plan: nil, writer: writer, names: names) == nil)
    }

    /// A FAQ answer's item is read under its question, which names the facet as a heading would
    /// (the selector tries the question after the heading); Chinese reads "付款方式" as the methods.
    @Test func anItemUnderAFAQQuestionThatNamesAFacetIsToldAsTheMarketsRow() throws {
        let answer = try EngineTests().ask("SG", "我可以用什么方式付钱？").answer
        #expect(answer.contains("可使用PayNow") && !answer.contains("新加坡："), "\(answer)")
        let told = AnswerSelector.marketItem("新加坡：PayNow、Visa、PayPal。", heading: "支持哪些付款方式？", market: "SG", language: "zh",
                                             plan: nil, writer: writer, names: names)
        #expect(told == "可使用PayNow、Visa、PayPal付款。")
    }

    /// Under a heading of no facet, the heading labels the market's item in place of the market.
    @Test func anItemUnderAHeadingOfNoFacetIsLabelledByTheHeading() {
        #expect(AnswerSelector.headedItem("United Kingdom: Klarna and Clearpay.", heading: "Instalments and pay later", market: "GB",
                                          language: "en", writer: writer, names: names) == "Instalments and pay later: Klarna and Clearpay.")
        // Not another market's item, nor under a heading that names markets, nor a colon inside a clause.
        #expect(AnswerSelector.headedItem("Singapore: PayNow.", heading: "Instalments and pay later", market: "GB",
                                          language: "en", writer: writer, names: names) == nil)
        #expect(AnswerSelector.headedItem("United Kingdom: Klarna.", heading: "United Kingdom and Singapore", market: "GB",
                                          language: "en", writer: writer, names: names) == nil)
        #expect(AnswerSelector.headedItem("新加坡的订单，全部（DDP：Delivered Duty Paid）。", heading: "关税", market: "SG",
                                          language: "zh", writer: writer, names: names) == nil)
    }
}
