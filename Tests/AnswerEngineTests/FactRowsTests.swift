import Foundation
import Testing
import Linguistics
@testable import AnswerEngine
import KnowledgeStore
@testable import Workspace

/// Table rows as answer sentences, and the market's row of a policy table found by the intent.
struct TableRowTests {
    @Test func aTopicRowReadsAsTopicAndValue() {
        let row = TableRow("Thema: Rückgabefrist · Regelung für Deutschland: 30 Tage ab Zustellung")
        #expect(row.cells.map(\.label) == ["Thema", "Regelung für Deutschland"])
        #expect(row.sentence(language: "de") == "Rückgabefrist: 30 Tage ab Zustellung.")
    }

    @Test func aMarketRowKeepsItsHeadersAndDropsEmptyCells() {
        let row = TableRow("Market: Singapore (SG) · Payment methods: PayNow, Visa · Good to know: —")
        #expect(row.sentence(language: "en") == "Singapore (SG) — Payment methods: PayNow, Visa.")
    }

    @Test func aValueMayHoldColonsAndSentencesEndInTheirScript() {
        let fr = TableRow("Sujet: Frais de retour · Règle: gratuits : étiquette prépayée")
        #expect(fr.cells[1].value == "gratuits : étiquette prépayée")
        #expect(TableRow("項目: 返品受付期間 · 内容: 14日以内").sentence(language: "ja") == "返品受付期間: 14日以内。")
        #expect(TableRow("หัวข้อ: ระยะเวลา · รายละเอียด: 15 วัน").sentence(language: "th") == "ระยะเวลา: 15 วัน")
        #expect(TableRow("Market: Japan (JP) · Window: 14 days (from delivery)").sentence(language: "en") == "Japan (JP): 14 days (from delivery).")
    }
}

@Suite(.serialized) struct FactRowsTests {
    static var engine: AnswerEngine { EngineTests.setup.0 }
    static var retriever: StoreRetriever { EngineTests.setup.3 }

    func rows(_ market: String, _ language: String, intent: String, docs: [String], question: String, plan: [AnswerFacet]? = nil) throws -> [String] {
        let e = Self.engine
        let prepared = e.finder.factRows.prepare(try Self.retriever.tables(docs: docs, language: language))
        return e.finder.factRows.rows(prepared, market: market, intent: intent,
                               queryTerms: Set(Searcher.indexTerms(question, language: language)),
                               intentTerms: e.finder.vocabulary.terms(of: intent, language: language), plan: plan).map(\.text)
    }

    @Test func theMarketsRowOfASeveralMarketTableAnswersAWindowQuestion() throws {
        let sg = try rows("SG", "en", intent: "returns.policy", docs: ["returns", "faq"],
                          question: "If I change my mind, how many days do I have to send it back?")
        #expect(sg.count == 1)
        // The customer's market's own row: its rule, told without naming the market.
        #expect(sg[0].hasPrefix("You have 30 days to return an item"))
        #expect(sg[0].contains("7 business days"))
        let jp = try rows("JP", "en", intent: "returns.policy", docs: ["returns"], question: "How long do I have to return something?")
        #expect(jp.first?.contains("14 days") == true && jp.first?.contains("Singapore") == false)
    }

    @Test func aTableAboutAnotherIntentOrNotAboutMarketsIsNoAnswer() throws {
        // The payment-methods table does not answer a returns question…
        #expect(try rows("GB", "en", intent: "returns.policy", docs: ["payment"], question: "How long do I have to return it?").isEmpty)
        let methods = try rows("GB", "en", intent: "payment.methods", docs: ["payment", "faq"], question: "Which payment methods do you accept?")
        #expect(methods.first?.contains("Clearpay") == true)
        // …and the warehouses table ("Los Angeles (US) · Serves: United States") is no market's rule.
        let us = try rows("US", "en", intent: "shipping.times", docs: ["shipping"], question: "Where do you ship from?")
        #expect(us.count == 1 && us[0].hasPrefix("Orders ship from Los Angeles"), "\(us)")
    }

    @Test func aSingleMarketDocumentsTopicRowsAreChosenByTheQuestion() throws {
        let de = try rows("DE", "de", intent: "returns.policy", docs: ["returns"], question: "Was kostet die Rücksendung? Wie hoch sind die Rücksendekosten?")
        #expect(de.first == "Rücksendekosten: kostenlos – Sie erhalten ein vorfrankiertes Rücksendeetikett.")
    }

    /// "How long do I have?" shares no word with "Rückgabefrist": the topic row that is the answer
    /// plan's first facet, the intent's central fact, is chosen all the same.
    @Test func theTopicRowOfThePlansFirstFacetAnswersInOtherWords() throws {
        let question = "Ich möchte die Lampe zurückgeben, wie lange habe ich Zeit?"
        let planned = try rows("DE", "de", intent: "returns.policy", docs: ["returns"], question: question,
                               plan: [.returnWindow, .returnShipping, .refundTime, .rule])
        #expect(planned.first?.hasPrefix("Die Rückgabefrist beträgt 30 Tage ab Zustellung") == true, "\(planned)")
        let unplanned = try rows("DE", "de", intent: "returns.policy", docs: ["returns"], question: question)
        #expect(!unplanned.contains { $0.contains("30 Tage") }, "\(unplanned)")
    }

    /// A question that names only the carrier column is told the carriers: the row's delivery times,
    /// which a FAQ sentence states without the carriers, are not what it asks.
    @Test func aQuestionNamingTheCarrierColumnIsToldTheCarriers() throws {
        let plan: [AnswerFacet] = [.deliveryTime, .expressTime, .expressPrice, .carrier, .shipsFrom]
        let it = try rows("IT", "it", intent: "shipping.times", docs: ["shipping"], question: "Con quali corrieri spedite?", plan: plan)
        #expect(it.count == 1 && it[0].contains("BRT") && !it[0].contains("giorni"), "\(it)")
        // The same rows asked the delivery time are told their times (the plan's central facet).
        let times = try rows("IT", "it", intent: "shipping.times", docs: ["shipping"], question: "Quali sono i tempi di consegna?", plan: plan)
        #expect(times.contains { $0.contains("4–7 giorni") }, "\(times)")
    }

    @Test func theEngineAnswersWithTheRowAndWithoutOtherMarketsFigures() throws {
        let a = try EngineTests().ask("SG", "If I change my mind, how many days do I have to send it back?")
        #expect(a.answer.contains("30 days") && a.answer.contains("7 business days"))
        #expect(!a.answer.contains("15 days") && !a.answer.contains("14 days"))
    }

    @Test func aFAQAnswerToAnotherIntentsQuestionDoesNotAnswerThisOne() throws {
        // The FAQ pair "Mon paiement a échoué : que faire ?" shares "paiement" with the question; its
        // answer (a refused payment creates no order) is not what "can I pay in instalments" asks.
        let a = try EngineTests().ask("FR", "Puis-je payer en plusieurs fois ?")
        #expect(a.answer.contains("Alma") && a.answer.contains("3 ou 4"))
        #expect(!a.answer.contains("un paiement refusé"), "\(a.answer)")
        // Nor its list of a refused payment's causes, whose last names the instalments by another of
        // their words ("Alma n'a pas accepté le paiement fractionné"): the question's own words decide.
        #expect(!a.answer.contains("Les causes les plus fréquentes"), "\(a.answer)")
    }

    @Test func aQuestionAboutAnOptionTheMarketLacksGetsTheOptionsItHas() throws {
        // Poland has no instalments: no row of its methods table shares a word with the question, and
        // two rows the intent's words picked ("Przelewy24: …", "Visa: …") answered nothing asked.
        let pl = try EngineTests().ask("PL", "Czy mogę zapłacić w ratach?")
        #expect(pl.answer.contains("BLIK, Przelewy24, Visa, Mastercard i PayPal"), "\(pl.answer)")
        #expect(!pl.answer.contains("Przelewy24: "), "\(pl.answer)")
        // The KB's own sentence listing the same methods is not said again ("クレジットカード、コンビニ払い、PayPayをご利用いただけます").
        let ja = try EngineTests().ask("JP", "支払い方法は何がありますか？")
        #expect(ja.answer.contains("クレジットカード、コンビニ払い、PayPay"), "\(ja.answer)")
        #expect(!ja.answer.contains("ご利用いただけます"), "\(ja.answer)")
        // Vietnam has no instalments either, though "trả" (pay) of "trả góp" is in the cash-on-delivery
        // row: a glossary concept no row names makes the question one about what the market lacks.
        let vn = try EngineTests().ask("VN", "Tôi có thể trả góp không?")
        #expect(vn.answer.contains("Ví MoMo, Ví ZaloPay, Thẻ Visa và Thẻ Mastercard"), "\(vn.answer)")
        // Beside the options, a sentence sharing only the table's subject ("bayar", pay) with the
        // question is filler: Malaysia's answer has no returns or invoice sentence.
        let my = try EngineTests().ask("MY", "Boleh bayar ansuran?")
        #expect(my.answer.contains("FPX (perbankan dalam talian), Touch 'n Go eWallet, GrabPay, Visa dan Mastercard"), "\(my.answer)")
        #expect(!my.answer.contains("Pulangkan barang") && !my.answer.contains("Invois"), "\(my.answer)")
        // A concept an option's name names is not lacking: "บัตร Visa / Mastercard" is a credit card
        // (the glossary's English terms), though no row says "บัตรเครดิต".
        let th = try EngineTests().ask("TH", "แม่ไม่มีบัตรเครดิตค่ะ จ่ายผ่านทรูมันนี่ได้ไหมคะ")
        #expect(th.answer.contains("TrueMoney"), "\(th.answer)")
        #expect(!th.answer.contains("ยังไม่มีบริการบัตรเครดิต"), "\(th.answer)")
        // A question naming a method in a few rows gets those rows, not the list.
        let card = try EngineTests().ask("PL", "Kiedy zostanie pobrana płatność kartą?")
        #expect(card.answer.contains("w chwili wysyłki") && !card.answer.contains("BLIK, Przelewy24"), "\(card.answer)")
    }

    @Test func aSentenceNamingEveryListedOptionSaysTheListAgain() {
        let names = ["PromptPay (พร้อมเพย์)", "TrueMoney Wallet", "บัตร Visa / Mastercard"]
        #expect(AnswerSelector.names(all: names, in: "ชำระได้ทั้ง PromptPay, TrueMoney Wallet และบัตร Visa"))
        #expect(!AnswerSelector.names(all: names, in: "PromptPay ชำระทันที"))
        #expect(!AnswerSelector.names(all: ["PayPal"], in: "PayPal"))
    }

    /// A FAQ answer that only lists names says nothing without its question.
    @Test func aListOfNamesAloneIsNoSentence() {
        #expect(AnswerSelector.isNameList("Visa, Mastercard, PayPal, Satispay e Scalapay.", and: " e "))
        #expect(AnswerSelector.isNameList("GoPay, OVO, DANA dan COD (bayar di tempat)", and: " dan "))
        #expect(!AnswerSelector.isNameList("Wir akzeptieren Visa, Mastercard und PayPal.", and: " und "))
        #expect(!AnswerSelector.isNameList("Visa und Mastercard.", and: " und "))
        #expect(!AnswerSelector.isNameList("Standardversand, 3–6 Werktage, kostenlos ab 39 €.", and: " und "))
    }

    @Test func aQuestionOfTheKBIsNeverPartOfAnAnswer() throws {
        // The FAQ's own question ("¿Cuánto tiempo tengo para devolver un artículo?") used to close
        // this answer; a heading written as a question ran into the French section's text.
        for (market, message) in [("ES", "Quiero devolver la lámpara, ¿cuánto tiempo tengo?"), ("FR", "Combien coûte la livraison en France ?"),
                                  ("PL", "Chcę zwrócić lampę, ile mam czasu?")] {
            let a = try EngineTests().ask(market, message)
            let body = a.answer.split(separator: "\n").dropFirst(2).dropLast(3).joined(separator: " ")
            #expect(!body.contains("?"), "\(a.answer)")
        }
    }

    @Test func aNamedProductsManualAnswersInItsLanguageWhenTheCustomersHasNone() throws {
        // The KB has the PackScale manual in seven languages, not in Dutch: the English manual's
        // instruction, after a line that says so, instead of a Dutch warranty page's sentence.
        let nl = try EngineTests().ask("NL", "Hoe zet ik de bagageweegschaal op ponden?")
        // (The instruction, as the manual's steps or its parts list words it.)
        #expect(nl.answer.contains("alleen in het Engels beschikbaar") && Self.saysHoldUnit(nl.answer), "\(nl.answer)")
        #expect(nl.quotedLanguages == ["en"])
        // A FAQ in the customer's language that answers about the product still answers.
        let it = try EngineTests().ask("IT", "Come si resetta la lanterna Trailglow 400?")
        #expect(it.answer.contains("10 secondi") && !it.answer.contains("inglese"), "\(it.answer)")
        // A language that has the manual answers from it.
        let de = try EngineTests().ask("DE", "Wie stelle ich die Kofferwaage auf Pfund um?")
        #expect(de.answer.contains("UNIT") && !de.answer.contains("Englisch"), "\(de.answer)")
    }

    /// The manual's instruction for the units: "hold the UNIT button for 2 seconds" (its steps) or
    /// "UNIT button — hold for 2 seconds" (its parts list).
    static func saysHoldUnit(_ answer: String) -> Bool {
        answer.contains("hold the UNIT button for 2 seconds") || answer.contains("UNIT button — hold for 2 seconds")
    }

    /// A refund's time asked with no order is answered from the returns policy (the taxonomy's
    /// without_order), its refund row first: the window and the return shipping no longer take the
    /// answer's room before it, also when the message asks something else too.
    @Test func aRefundQuestionWithoutAnOrderGetsTheRefundRowFirst() throws {
        let alone = try EngineTests().ask("FR", "combien de temps pour être remboursé après un retour ?")
        #expect(alone.trace.contains { $0.step == "intent" && $0.detail.contains("refund.status asked") })
        let body = alone.answer.components(separatedBy: "\n\n")[1]
        #expect(body.hasPrefix("Le remboursement arrive sous 5 jours ouvrés"), "\(alone.answer)")
        let two = try EngineTests().ask("FR", "Je peux payer avec Alma en 3 fois ? Sinon, combien de temps pour être remboursé après un retour ?")
        #expect(two.answer.contains("Alma") && two.answer.contains("5 jours ouvrés"), "\(two.answer)")
        // The refund's time is the central fact, though the row's words read as the returns policy;
        // the row about where the money goes ("Bayaran balik ke") is no answer to how long.
        let ms = try EngineTests().ask("MY", "berapa lamakah tempoh untuk bayaran balik diterima selepas barang yang dipulangkan sampai?")
        #expect(ms.answer.contains("10 hari bekerja") && !ms.answer.contains("Bayaran balik ke"), "\(ms.answer)")
    }

    @Test func aManualsBylineIsNoAnswerToHowToUseTheProduct() throws {
        // "**SKU MG-PS50** · Digital luggage scale…" opens the manual; it names the product, and it
        // used to open the answer. It is no sentence and says nothing of the units.
        let a = try EngineTests().ask("US", "How do I switch the luggage scale to pounds?")
        #expect(Self.saysHoldUnit(a.answer) && !a.answer.contains("SKU MG-PS50"), "\(a.answer)")
        // A spec table's value column is told without its header ("仕様は"): 表示単位は、kg / lb…
        let ja = try EngineTests().ask("JP", "ラゲッジスケールの単位をポンドに切り替えるには？")
        #expect(ja.answer.contains("UNITボタンを2秒間長押し") && !ja.answer.contains("仕様は"), "\(ja.answer)")
    }

    @Test func aMarketMatrixTellsWhatTheMarketLacks() throws {
        // zh/payment's matrix says 新加坡: 不支持 for FPX: a Singapore answer about payment times tells
        // of PayNow alone where a row is about "FPX 网上银行、PayNow", and never "马来西亚：支持，新加坡：…".
        let sg = try EngineTests().ask("SG", "你们接受哪些付款方式？")
        #expect(sg.answer.contains("PayNow") && !sg.answer.contains("FPX") && !sg.answer.contains("马来西亚"), "\(sg.answer)")
        // Asked about the method itself, the matrix's cell answers.
        let fpx = try EngineTests().ask("SG", "可以用FPX付款吗？")
        #expect(fpx.answer.contains("FPX 网上银行：不支持"), "\(fpx.answer)")
    }

    @Test func yesAndNoAreReadInTheCellsLanguage() {
        let yn = YesNo.builtin
        #expect(yn.answer("不支持", language: "zh") == false && yn.answer("支持", language: "zh") == true)
        #expect(yn.answer("No – never", language: "en") == false && yn.answer("Yes – the carrier collects them", language: "en") == true)
        #expect(yn.answer("Nothing to pay", language: "en") == nil && yn.answer("Nein", language: "de") == false)
        #expect(yn.answer("ไม่ได้", language: "th") == false && yn.answer("ได้", language: "th") == true)
    }

    @Test func aHandedOffAnswerKeepsToTheMarketsLengthBudget() throws {
        // The empathy, handoff and agents' hours lines are foreseen when the KB's sentences are chosen.
        let a = try EngineTests().ask("DE", "Das ist eine absolute Frechheit! Der Mixer ist nach zwei Wochen kaputt und keiner hilft mir!!!")
        #expect(a.escalation.handoff)
        let markets = EngineTests.setup.2.markets
        let body = a.answer.split(separator: "\n").dropFirst().dropLast(3).joined(separator: "\n")
        let sentences = body.split(separator: "\n").flatMap { Sentences.split(String($0), language: "de") }.filter { $0.contains(where: \.isLetter) }
        #expect(sentences.count <= (markets["DE"]?.maxAnswerSentences ?? 6), "\(a.answer)")
    }

    @Test func anAnswerThatAsksForTheOrderNumberKeepsToTheBudget() throws {
        // The request for the order number ("¿Me podría proporcionar…? Tiene este formato: …") is
        // foreseen like the empathy line. The carriers' rows are two rules, not one said twice: UPS
        // redirects after dispatch, USPS does not ("no se puede", which the index drops as a stop
        // word, is a rule word: SayOnce keeps both).
        let a = try EngineTests().ask("MX", "Ya devolví el producto y todavía no veo mi reembolso.")
        let markets = EngineTests.setup.2.markets
        let body = a.answer.split(separator: "\n").dropFirst().dropLast(3).joined(separator: "\n")
        let sentences = body.split(separator: "\n").flatMap { Sentences.split(String($0), language: "es") }.filter { $0.contains(where: \.isLetter) }
        #expect(a.answer.contains("MG10000005"), "\(a.answer)")
        #expect(sentences.count <= (markets["MX"]?.maxAnswerSentences ?? 6), "\(a.answer)")
        let us = try EngineTests().ask("US", "¿Puedo cambiar la dirección de envío de mi pedido?")
        #expect(us.answer.contains("UPS") && us.answer.contains("USPS y la dirección no se puede cambiar") && us.answer.contains("MG10000005"),
                "\(us.answer)")
        let usBody = us.answer.split(separator: "\n").dropFirst().dropLast(3).joined(separator: "\n")
        #expect(usBody.split(separator: "\n").flatMap { Sentences.split(String($0), language: "es") }.filter { $0.contains(where: \.isLetter) }.count
                <= (markets["US"]?.maxAnswerSentences ?? 6), "\(us.answer)")
    }

    @Test func twoRequestsShareOneBudget() throws {
        // Each request gets its part of the market's budget: one answer, not two answers' length.
        let a = try EngineTests().ask("DE", "Wie lange dauert der Versand? Und kann ich mit PayPal bezahlen?")
        let markets = EngineTests.setup.2.markets
        let body = a.answer.split(separator: "\n").dropFirst().dropLast(3).joined(separator: "\n")
        let sentences = body.split(separator: "\n").flatMap { Sentences.split(String($0), language: "de") }.filter { $0.contains(where: \.isLetter) }
        #expect(sentences.count <= (markets["DE"]?.maxAnswerSentences ?? 6), "\(a.answer)")
        #expect(a.answer.contains("3–6 Werktage") && a.answer.contains("PayPal"), "\(a.answer)")
    }

    @Test func aQuestionNamingARowsSubjectGetsThatRowFirst() throws {
        // "PayPal" names the row; "bezahlen" is in the Klarna and Apple Pay rows too.
        let a = try EngineTests().ask("DE", "Kann ich mit PayPal bezahlen?")
        let paypal = try #require(a.answer.range(of: "PayPal: Sie melden sich"), "\(a.answer)")
        let klarna = a.answer.range(of: "Klarna")
        #expect(klarna == nil || paypal.lowerBound < klarna!.lowerBound, "\(a.answer)")
    }

    @Test func aLeadLabelIsCutAndItsSentenceKept() throws {
        let a = try EngineTests().ask("DE", "Muss ich Einfuhrzoll zahlen?")
        #expect(a.answer.contains("Für Bestellungen nach Deutschland zahlen Sie weder Zoll noch Einfuhrumsatzsteuer."), "\(a.answer)")
        #expect(!a.answer.contains("Kurz gesagt"))
    }
}

struct IntentVocabularyTests {
    @Test func keepsTheWordsThatRecurInOneIntentOnly() {
        let catalog = IntentCatalog(intents: [], examples: ["en": [
            "returns.policy": ["How many days is the return window?", "return window for shoes", "Can I return a gift?"],
            "refund.status": ["Where is my refund?", "refund not received, return sent", "my refund please"],
        ]])
        let v = IntentVocabulary(catalog: catalog)
        #expect(v.terms(of: "returns.policy", language: "en").contains("window"))
        #expect(v.terms(of: "refund.status", language: "en").contains("refund"))
        // "return" is used by both intents (3 of 4 uses in returns.policy: 0.75 ≥ 0.6 share, kept);
        // a word of one example only is not a marker.
        #expect(!v.terms(of: "returns.policy", language: "en").contains("gift"))
        #expect(v.terms(of: "returns.policy", language: "de").isEmpty)
    }
}

struct MarketNamesTests {
    @Test func namesInScriptsWithoutSpacesAreFoundInRunningText() {
        let names = MarketNames(markets: ["MY", "SG", "DE"], languages: ["zh", "de"])
        #expect(names.mentioned(in: "马来西亚为签收后15天内，新加坡为签收后30天内。") == ["MY", "SG"])
        // A short Latin id must stand as a word: "de" in "der" is no Germany.
        #expect(names.mentioned(in: "der Versand") == [])
        #expect(names.mentioned(in: "Versand nach DE") == ["DE"])
        // Ids count as written: the "my" of "my order" is no Malaysia, the "de" of "plazo de" no Germany.
        let en = MarketNames(markets: ["US", "IT", "MY", "ES"], languages: ["en", "es"])
        #expect(en.mentioned(in: "Report it within 7 days, contact us about my order") == [])
        #expect(en.mentioned(in: "Free in the US (and IT), es de MY") == ["US", "IT", "MY"])
        // An id after an acronym is the acronym's second word: the "ID" of "VAT ID" is no Indonesia.
        let id = MarketNames(markets: ["ID", "GB"], languages: ["en"])
        #expect(id.mentioned(in: "Electronic invoice in your account and VAT ID at checkout") == [])
        #expect(id.mentioned(in: "GB, ID: electronic invoice") == ["GB", "ID"])
        #expect(id.mentioned(in: "Shipping to the UK (GB) and ID is free") == ["GB", "ID"])
    }
}
