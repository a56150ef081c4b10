@testable import AnswerEngine
import Testing

/// How answers read, on the sample workspace: what the reading rules of the selector keep out, and
/// what the market does not offer said first.
@Suite(.serialized) struct ReadingEngineTests {
    func ask(_ market: String, _ message: String) throws -> String {
        var c = Conversation(market: market)
        return try EngineTests.setup.0.answer(message, in: &c).answer
    }

    @Test func aListOfSeveralMarketsFiguresIsToldForTheCustomersMarket() throws {
        let a = try ask("ES", "Hola! cuanto cuesta el express y otra cosa, hay garantia?")
        #expect(a.contains("7,90 €"))
        #expect(!a.contains("MX$249") && !a.contains("$14.99"), "\(a)")
    }

    /// "Example: you order from Germany … Rotterdam dispatches your parcel on Monday, …": the second
    /// sentence goes on with the German example and answers no American customer.
    @Test func theSentenceAfterAnExampleIsAboutTheExamplesMarket() throws {
        let a = try ask("US", "How fast is express shipping and what does it cost?")
        #expect(a.contains("$14.99"), "\(a)")
        #expect(!a.contains("Rotterdam dispatches"), "\(a)")
    }

    /// The policy table's "ภาษีนำเข้า (VAT)" row (FactRows) and the same table's "อากรขาเข้า" row,
    /// which the selector chose from the chunk, say the same: one sentence, not "no extra payment at
    /// delivery" twice.
    @Test func aRowTheSelectorChoseJoinsTheTablesRowThatSaysTheSame() throws {
        let a = try ask("TH", "ต้องเสียภาษีนำเข้าตอนรับของไหมคะ")
        #expect(a.contains("อากรขาเข้า"), "\(a)")
        #expect(a.components(separatedBy: "ตอนรับของไม่ต้องจ่ายเพิ่ม").count == 2, "\(a)")
    }

    /// An answer to one question takes no sentence far weaker than its best (how long customs takes
    /// to clear a held parcel, to "do I pay duties?"); an answer to two keeps the second's.
    @Test func aSentenceFarWeakerThanTheBestAnswersSomethingElse() throws {
        let one = try ask("US", "Do I have to pay customs or import duties on my order?")
        #expect(one.contains("duties"), "\(one)")
        #expect(!one.contains("2–5 business days"), "\(one)")
        let two = try ask("GB", "Can I add my VAT number after the order has shipped? btw how much is express delivery")
        #expect(two.contains("checkout") && two.contains("9.99"), "\(two)")
    }

    /// A procedure is told whole, in its order: the manual's three cleaning steps, not the first and
    /// the last with the blending between them left out (kb/docs/en/manual-blendgo-350.html).
    @Test func aProceduresStepsAreToldWholeAndInOrder() throws {
        let a = try ask("US", "How do I clean the BlendGo?")
        let steps = ["Fill the jar about halfway", "blend for 20 seconds", "Pour the water away"].map { a.range(of: $0)?.lowerBound }
        #expect(steps.allSatisfy { $0 != nil }, "\(a)")
        #expect(steps.compactMap { $0 } == steps.compactMap { $0 }.sorted(), "\(a)")
    }

    /// A manual section's first sentence says what its heading names ("9. リセット" · "…電源ボタンを
    /// 10秒間長押ししてください。"), and a pointer to a section below ("下記の「リセット」をお試し
    /// ください") is no answer.
    @Test func aManualSectionsFirstSentenceAnswersAsItsHeadingDoes() throws {
        let a = try ask("JP", "ランタンのリセットはどうすればよいですか。")
        #expect(a.contains("10秒"), "\(a)")
        #expect(!a.contains("下記の"), "\(a)")
    }

    /// Runs of steps numbered one after another; a lone step, a bullet or a number out of turn ends one.
    @Test func aChunksProceduresAreItsRunsOfNumberedSteps() {
        #expect(ChunkReading.procedures([nil, 1, 2, 3, nil]) == [1..<4])
        #expect(ChunkReading.procedures([1, 2, nil, 1, 2]) == [0..<2, 3..<5])
        #expect(ChunkReading.procedures([3, 4, 1, 2]) == [0..<2, 2..<4])
        #expect(ChunkReading.procedures([1, nil, 2]).isEmpty)
        #expect(ChunkReading.procedures([]).isEmpty)
    }

    @Test func aSentenceAboutThePageAndOneReferringBackAreLeftOut() throws {
        let a = try ask("ES", "¿Cuánto dura la garantía?")
        #expect(!a.contains("Aquí se explica") && !a.contains("Eso no es"), "\(a)")
        #expect(a.contains("Se aplica la garantía legal de conformidad de 2 años"), "\(a)")
    }

    @Test func aFAQsReplyToItsOwnQuestionIsNotQuotedForAnother() throws {
        // "Are returns free?" → "Returns are free in the US, the UK (Evri drop-off), …": no answer to who delivers.
        let a = try ask("GB", "Who delivers your parcels in the UK? Is it Royal Mail?")
        #expect(a.contains("Royal Mail"))
        #expect(!a.contains("Returns are free"), "\(a)")
    }

    @Test func aManualQuotedInAnotherLanguageAddsNoLineThatOnlyNamesTheProduct() throws {
        let a = try ask("PH", "Paano po ilipat sa pounds ang luggage scale?")
        #expect(a.contains("UNIT"))
        #expect(!a.contains("Don't swing the luggage") && !a.contains("Weigh your luggage at home"), "\(a)")
    }

    // What the customer's market does not offer is said before what it has.

    @Test func aMarketWithoutInstalmentsSaysSoFirst() throws {
        let a = try ask("PH", "Pwede po bang hulugan ang bayad?")
        let no = try #require(a.range(of: "Wala pa po kaming hulugan"), "\(a)")
        let gcash = try #require(a.range(of: "GCash"))
        #expect(no.lowerBound < gcash.lowerBound)
    }

    /// A word of the concept's term that the options share ("bayar" of "bayar cicil", "trả" of
    /// "trả góp", which the cash-on-delivery row says) does not make the concept offered.
    @Test(arguments: [("ID", "Bisa cicilan?", "Saat ini cicilan belum tersedia"),
                      ("VN", "Có trả góp không?", "chưa hỗ trợ trả góp"),
                      ("MY", "Boleh bayar ansuran?", "ansuran tidak disediakan")])
    func aWordTheOptionsShareDoesNotOfferTheConcept(market: String, question: String, denial: String) throws {
        let a = try ask(market, question)
        #expect(a.contains(denial), "\(a)")
    }

    @Test func aMarketWithAnOptionOfTheConceptOrAConceptOfAnotherTopicIsNotDenied() throws {
        // Germany has Klarna, one of the glossary's instalment terms.
        #expect(!(try ask("DE", "Kann ich in Raten zahlen?")).contains("bieten wir derzeit nicht an"))
        // Express delivery is no payment option the payment table could deny.
        #expect(!(try ask("JP", "PayPayは使えますか？あと、お急ぎ便の料金を教えてください。")).contains("ご利用いただけません"))
    }
}
