import Foundation
import Testing
@testable import AnswerEngine

/// A fact told once across the whole answer, pointers cut from sentences, list items closed as
/// sentences, and market names that are only part of another word (issue 12, item 2).
struct SayOnceTests {
    @Test func aPieceWhoseFiguresAFullerPieceStatesGivesWay() {
        let pieces = [
            "Expressversand: Kosten 7,90 €.",
            "Express für 7,90 €: Wählen Sie an der Kasse „Express“, wenn es schnell gehen muss. Ihr Paket ist dann in 1–2 Werktagen bei Ihnen.",
            "Standardversand: Lieferzeit 3–6 Werktage, Kosten kostenlos ab 39 € Bestellwert. Expressversand: Lieferzeit 1–2 Werktage, Kosten 7,90 €.",
        ]
        let kept = SayOnce.pieces(pieces, context: [], language: "de")
        // The first says nothing the third does not; the second adds the advice and "1–2 Werktagen".
        #expect(kept == [pieces[1], pieces[2]])
        #expect(StatedFacts.repeats(in: kept.flatMap { $0.split(separator: ".").map(String.init) }.filter { !$0.isEmpty }).isEmpty)
    }

    /// A line the answer says of a manual is kept where it is and states no fact: its model number
    /// ("Trailglow 400 is") is no figure the quoted sentence repeats ("The Trailglow 400 is rated").
    @Test func aNoteOnAManualIsKeptBesideTheModelItNames() {
        let note = "De handleiding van Trailglow 400 is alleen in het Engels beschikbaar."
        let quoted = "The Trailglow 400 is rated IPX4: it's splash-proof, but it's not submersible."
        #expect(SayOnce.pieces([note, quoted], context: [], language: "nl") == [quoted])   // read as a fact, it gave way
        #expect(SayOnce.pieces([note, quoted], context: [], language: "nl", notes: [note]) == [note, quoted])
    }

    /// The whole answer: the Dutch note before the English manual's sentences.
    @Test func anAnswerFromAManualInAnotherLanguageSaysSo() throws {
        let a = try EngineTests().ask("NL", "Kan de Trailglow 400 tegen regen?")
        #expect(a.answer.contains("alleen in het Engels") && a.answer.contains("IPX4"), "\(a.answer)")
    }

    /// Step 4: a sentence that the sentences before it said between them goes, so does one the
    /// lines before the knowledge say (the empathy line, the ERP's sentences); one that adds a word
    /// stays.
    @Test func aSentenceTheOnesBeforeItSaidGoes() {
        let row = "Visa: card payment, charged when the order is dispatched."
        let page = "Your Mastercard is charged at dispatch too, not when you order."
        let again = "Visa and Mastercard cards are charged when the order is dispatched."
        #expect(SayOnce.pieces([row, page, again], context: [], language: "en") == [row, page])
        #expect(SayOnce.pieces([page + " " + again], context: [], before: [row], language: "en") == [page])
        // "Only" bounds what was said: a rule of its own.
        let bound = "Visa and Mastercard cards are charged only when the order is dispatched."
        #expect(SayOnce.pieces([row, page, bound], context: [], language: "en").contains(bound))
        let more = "Visa and Mastercard cards are charged when the order is dispatched, with 3-D Secure."
        #expect(SayOnce.pieces([row, page, more], context: [], language: "en").contains(more))
        let line = "Your order MG10000005 was dispatched on 3 December with DHL, tracking number 1234567890."
        let told = "Your order was dispatched with DHL, and its tracking number is shown under Orders."
        #expect(SayOnce.pieces([told, "Delivery takes 3–6 working days."], context: [], before: [line], language: "en").count == 2)
        let said = "The order was dispatched with DHL, with a tracking number."
        #expect(SayOnce.pieces([said, "Delivery takes 3–6 working days."], context: [], before: [line], language: "en") == ["Delivery takes 3–6 working days."])
    }

    @Test func aRowWithoutFiguresGivesWayToTheSameRowWithMoreCells() {
        let short = "México (MX): Entrega con derechos pagados (DDP): todos los aranceles están incluidos en el precio y al recibirlo: No, nunca."
        let long = "México (MX): envío desde Shenzhen (China), Entrega con derechos pagados (DDP): todos los aranceles están incluidos en el precio y al recibirlo: No, nunca."
        let other = "Si la paquetería le pide dinero por impuestos, no pague."
        #expect(SayOnce.pieces([short, long, other], context: [], language: "es") == [long, other])
        // Two rows about different things share their frame words, not their content: both stay.
        let a = "Standard: delivery takes 3–6 working days and delivered by DHL."
        let b = "Express: delivery takes the next working day and delivered by DHL Express."
        #expect(SayOnce.pieces([a, b], context: [], language: "en") == [a, b])
        #expect(SayOnce.wordSet("送料は無料") == ["送料", "料は", "は無", "無料"])
    }

    @Test func aSentenceInOtherWordsOfTheSameStemsGivesWay() {
        // Stemmed, without stop words, the sentence's words are all the row's but one.
        let row = "Frais de retour : gratuits – étiquette de retour prépayée fournie."
        let prose = "Le retour est gratuit grâce à une étiquette prépayée."
        #expect(SayOnce.pieces([row, prose], context: [], language: "fr") == [row])
    }

    @Test func aSentenceInOtherWordsOfTheSameWordsInflectedOtherwiseGivesWay() {
        // The Polish stemmer reads "etykietę" as "etykiet" and "etykiecie" as "etykiec": one word.
        let row = "Koszt odesłania: bezpłatnie – przygotowujemy opłaconą etykietę zwrotną."
        let prose = "Odesłanie jest bezpłatne dzięki opłaconej etykiecie zwrotnej."
        #expect(SayOnce.pieces([row, prose], context: [], language: "pl") == [row])
        #expect(SayOnce.inflected("etykiet", "etykiec"))
        #expect(SayOnce.inflected("zwrot", "zwrotn"))
        // A compound's other half is another word; so are short stems that differ.
        #expect(!SayOnce.inflected("versandkost", "versanddau"))
        #expect(!SayOnce.inflected("kost", "kosm"))
    }

    @Test func aSentenceAnotherSaysWithMoreGivesWayWithItsWholePiece() {
        // The row's two sentences are both in the prose sentence after them ("pas" and "ne … ni" are
        // both negations): the row goes.
        let row = "Pas de droits de douane. Pas de TVA à l'importation."
        let prose = "Pour une livraison en France, vous ne payez ni droits de douane ni TVA à l'importation."
        let other = "Le colis circule uniquement à l'intérieur de l'Union européenne."
        #expect(SayOnce.pieces([row, prose, other], context: [], language: "fr") == [prose, other])
        // Told after it, a sentence stays while its piece says more: the next one leans on it.
        let lo = "„Lo“ im Display: wahrscheinlich Batterie schwach. Neue CR2032-Knopfzelle einsetzen."
        let later = "Erscheint „Lo“ im Display, ist die Batterie schwach und sollte ersetzt werden."
        #expect(SayOnce.pieces([lo, later], context: [], language: "de") == [lo, later])
        // Told before it, it goes from its piece.
        #expect(SayOnce.pieces([later, lo], context: [], language: "de") == [later, "Neue CR2032-Knopfzelle einsetzen."])
        // One with words of its own ("inclus", "prix") says more than the fuller one.
        let free = "Droits de douane inclus dans le prix."
        #expect(SayOnce.pieces([free, prose], context: [], language: "fr") == [free, prose])
    }

    @Test func aPieceThatAnotherSentenceSaysWithMoreGoesBeforeOrAfterIt() {
        // The row's one sentence is in the FAQ's first, but for "recibirlo"; its "no" in the second.
        let row = "Entrega con derechos pagados (DDP): todos los aranceles e impuestos de importación están incluidos en el precio y no hay nada que pagar al recibirlo."
        let faq = "Los pedidos a México salen de nuestro almacén de Shenzhen y se envían con la modalidad DDP (Delivered Duty Paid, entrega con derechos pagados): todos los aranceles e impuestos de importación ya están incluidos en el precio que usted paga al hacer el pedido. Si la paquetería le pide dinero por impuestos o aduana, no pague."
        #expect(SayOnce.pieces([row, faq], context: [], language: "es") == [faq])
        #expect(SayOnce.pieces([faq, row], context: [], language: "es") == [faq])
        // Without a negation anywhere else, the row's "no" is a rule of its own.
        let faqAlone = "Los pedidos a México salen de nuestro almacén de Shenzhen y se envían con la modalidad DDP (Delivered Duty Paid, entrega con derechos pagados): todos los aranceles e impuestos de importación ya están incluidos en el precio que usted paga al hacer el pedido."
        #expect(SayOnce.pieces([row, faqAlone], context: [], language: "es") == [row, faqAlone])
        // Words spread over several sentences keep a sentence.
        let cards = "Cards are charged when your order is dispatched, not when you place it."
        let spread = ["PayPal and wallets are charged when you place the order.", "If you cancel an order before it's dispatched, your card is never charged."]
        #expect(SayOnce.pieces([cards] + spread, context: [], language: "en") == [cards] + spread)
    }

    @Test func aNegationOrABoundMakesAnotherRule() {
        // The index keeps the same words of all three ("no", "hasta" and "después" are stop words).
        let until = "La dirección de entrega se puede cambiar hasta que el pedido se envía."
        let after = "Lo entrega UPS y la dirección se puede cambiar después del envío, con el servicio de redirección de UPS."
        let not = "Lo entrega USPS y la dirección no se puede cambiar después del envío."
        #expect(SayOnce.pieces([after, not, until], context: [], language: "es") == [after, not, until])
        // A fuller sentence may bound its rule further: the shorter one is still said by it.
        let full = "A failed payment never creates an order, so you won't be charged twice and nothing ships until a payment goes through."
        #expect(SayOnce.pieces([full, "No. A failed payment never creates an order."], context: [], language: "en") == [full])
    }

    @Test(arguments: [
        ("La dirección no se puede cambiar", "es", [.not]),
        ("You can't change it after dispatch", "en", [.not, .after]),
        ("Ce n'est possible qu'avant l'expédition", "fr", [.not, .before]),
        ("Vale fino a quando l'ordine parte", "it", [.until]),
        ("発送前のみ変更できます", "ja", [.before, .only]),
        ("Standard shipping takes 3–6 days", "en", []),
    ] as [(String, String, Set<RuleWords.Kind>)])
    func ruleWordsAreFound(text: String, language: String, kinds: Set<RuleWords.Kind>) {
        #expect(RuleWords.builtin.kinds(in: text, language: language) == kinds)
    }

    @Test func theRuleWordsFileNamesAnUnknownKind() {
        #expect(throws: ResourceTable.Malformed(file: "rule-words.tsv", line: 2, reason: "unknown kind 'unless' (not, until, after, before, only)")) {
            try RuleWords(Array("en\tnot\tnot\nen\tunless\tunless\n".utf8), file: "rule-words.tsv")
        }
    }

    @Test func theContextsFiguresAreNotToldAgain() {
        let order = ["Your order MG1 is being held at customs. Customs usually clears a parcel within 2–5 business days."]
        let kept = SayOnce.pieces(["A parcel held at customs usually clears within 2–5 business days.", "We handle the clearance for you."],
                                  context: order, language: "en")
        #expect(kept == ["We handle the clearance for you."])
    }

    @Test func aSentenceSaidTwiceWordForWordIsToldOnce() {
        let kept = SayOnce.pieces(["GoPay: Bayar dari aplikasi. Saldo terpotong saat pesanan dibuat.",
                                   "OVO: Konfirmasi di aplikasi OVO. Saldo terpotong saat pesanan dibuat."], context: [], language: "id")
        #expect(kept == ["GoPay: Bayar dari aplikasi. Saldo terpotong saat pesanan dibuat.", "OVO: Konfirmasi di aplikasi OVO."])
    }

    @Test func aThaiPieceStaysWholeOrGoesWhole() {
        let partial = "จัดส่งแบบมาตรฐาน: ใช้เวลาจัดส่ง 7–12 วันทำการ และ จัดส่งโดย Flash Express"
        let full = "จัดส่งแบบมาตรฐาน: ใช้เวลาจัดส่ง 7–12 วันทำการ, ค่าบริการ ฟรี เมื่อสั่งซื้อครบ ฿990 และ จัดส่งโดย Flash Express"
        #expect(SayOnce.pieces([partial, full], context: [], language: "th") == [full])
    }

    @Test func aDateIsOneFigureNotTheNumbersInIt() {
        #expect(StatedFacts.figures(in: "ส่งมอบเมื่อวันที่ 12/11/2026") == ["12112026"])
        #expect(StatedFacts.repeats(in: ["Handed over on 12/11/2026.", "We reply within 12 hours."]).isEmpty)
    }

    @Test(arguments: [
        ("de", "Hat ein Artikel einen Defekt, gilt die Gewährleistung von 2 Jahren – siehe Garantie und Gewährleistung.",
         "Hat ein Artikel einen Defekt, gilt die Gewährleistung von 2 Jahren."),
        ("vi", "Báo qua trợ lý ảo kèm ảnh chụp (xem Đổi trả và hoàn tiền) trong vòng 7 ngày.",
         "Báo qua trợ lý ảo kèm ảnh chụp trong vòng 7 ngày."),
        ("nl", "Zakelijke klanten vullen hun btw-nummer in bij het afrekenen; zie Facturen en btw-nummer.",
         "Zakelijke klanten vullen hun btw-nummer in bij het afrekenen."),
        ("en", "Returns are free (see the returns page for the label) in every market.",
         "Returns are free in every market."),
        // A colon opens a pointer clause too; a label's colon before a fact is no pointer.
        ("en", "Clean the jar once before first use: see Cleaning.", "Clean the jar once before first use."),
        ("en", "Exception: seeds and plants cannot be shipped.", "Exception: seeds and plants cannot be shipped."),
        // Not a pointer: the clause goes on with other words.
        ("en", "Express costs more; seeds and plants cannot be shipped.", "Express costs more; seeds and plants cannot be shipped."),
    ])
    func aPointerClauseIsCutAndTheSentenceKept(language: String, sentence: String, expected: String) {
        #expect(NavigationText.builtin.withoutPointers(sentence, language: language) == expected)
        #expect(NavigationText.builtin.isNavigation(sentence, language: language) == (sentence != expected))
    }

    @Test(arguments: [
        ("de", "Kurz gesagt: Für Bestellungen nach Deutschland zahlen Sie keinen Zoll.", "Für Bestellungen nach Deutschland zahlen Sie keinen Zoll."),
        ("fr", "En bref : pour une livraison en France, vous ne payez rien.", "Pour une livraison en France, vous ne payez rien."),
        ("it", "In breve: per le consegne in Italia non paga dazi.", "Per le consegne in Italia non paga dazi."),
        ("en", "Important: delivery times count from dispatch.", "Delivery times count from dispatch."),
        // A label that says what the value is stays: it is a fact, not an announcement.
        ("de", "Zoll: fällt nicht an.", "Zoll: fällt nicht an."),
        // A lead label with nothing after it is left as it is.
        ("en", "In short:", "In short:"),
    ])
    func aLeadLabelIsCut(language: String, sentence: String, expected: String) {
        #expect(NavigationText.builtin.withoutNavigation(sentence, language: language) == expected)
        #expect(!NavigationText.builtin.isNavigation(sentence, language: language))
    }

    @Test func theNavigationSentenceOfAListItemIsLeftOut() {
        let item = "Check the product's manual: many problems are solved by a reset. See the Trailglow 400 and PackScale manuals."
        #expect(NavigationText.builtin.withoutNavigation(item, language: "en") == "Check the product's manual: many problems are solved by a reset.")
        #expect(NavigationText.builtin.withoutNavigation("See the returns page.", language: "en") == "See the returns page.")
    }

    @Test(arguments: [
        ("fr", "votre lanterne ne se recharge plus, alors que le câble fonctionne ;", "votre lanterne ne se recharge plus, alors que le câble fonctionne."),
        ("de", "Zurückgeben können Sie Folgendes:", "Zurückgeben können Sie Folgendes."),
        ("ja", "次の場合は返品できます：", "次の場合は返品できます。"),
        ("en", "Returns are free.", "Returns are free."),
    ])
    func aListItemEndsAsASentence(language: String, piece: String, expected: String) {
        #expect(EmbeddedGenerator.closed(piece, language: language) == expected)
    }

    @Test func aSentenceWithoutItsFullStopDoesNotRunIntoTheNext() {
        let pieces = ["Pesanan sebelum 2:00 petang pada hari bekerja dihantar keluar pada hari yang sama",
                      "Penghantaran standard mengambil masa 6–12 hari bekerja.",
                      "Rechnungen und Belege", "Klarna Rechnungskauf ist möglich.",
                      "Open the order and choose Cancel order, or", "via our assistant."]
        #expect(EmbeddedGenerator.runOn(pieces, language: "ms") == [
            "Pesanan sebelum 2:00 petang pada hari bekerja dihantar keluar pada hari yang sama.",
            "Penghantaran standard mengambil masa 6–12 hari bekerja.",
            "Rechnungen und Belege", "Klarna Rechnungskauf ist möglich.",
            "Open the order and choose Cancel order, or", "via our assistant."])
    }

    /// A label's value ("Jar capacity: 350 ml", a manual's list item) ends as a sentence before the
    /// next one, and so does the answer's last piece; a short piece with no label may be a heading.
    @Test func aLabelsValueAndTheLastPieceEndAsSentences() {
        #expect(EmbeddedGenerator.runOn(["Jar capacity: 350 ml", "Clean the jar once before first use."], language: "en")
                == ["Jar capacity: 350 ml.", "Clean the jar once before first use."])
        #expect(EmbeddedGenerator.runOn(["Tidak boleh dipulangkan: barang kebersihan diri, barang yang dipersonalisasi, kad hadiah"], language: "ms")
                == ["Tidak boleh dipulangkan: barang kebersihan diri, barang yang dipersonalisasi, kad hadiah."])
        #expect(EmbeddedGenerator.runOn(["Returns are free.", "Rechnungen und Belege"], language: "de") == ["Returns are free.", "Rechnungen und Belege"])
    }

    @Test(arguments: [
        ("Formas de pago aceptadas", "es", true),
        ("Rechnungen und Belege", "de", true),
        ("Returns are free.", "en", false),
        ("Unused items in their original packaging", "en", false),
        ("PackScale 电子行李秤使用说明书", "zh", true),
        ("Standard delivery takes 3–6 days", "en", false),
        ("คืนสินค้าได้ภายใน", "th", false),
        ("The blender's motor stopped working after a few weeks of daily use", "en", false),
    ])
    func aHeadingOrALinksLabelIsNoSentence(_ text: String, _ language: String, _ heading: Bool) {
        #expect(AnswerSelector.isHeading(text, language: language) == heading)
    }

    @Test func aMarketsNameInsideAnotherWordIsNoMention() {
        let names = MarketNames(markets: ["US", "TH", "JP"], languages: ["ja", "de", "en"])
        #expect(names.mentioned(in: "Bei Artikeln unter 30 US-Dollar müssen Sie nichts zurückschicken.").isEmpty)
        #expect(names.mentioned(in: "返金のタイミング：7営業日以内。").isEmpty)
        #expect(names.mentioned(in: "タイへの配送は7–12営業日です。") == ["TH"])
        #expect(names.mentioned(in: "Shipping to the US takes 3 days.") == ["US"])
        // Names from reading/market-aliases.tsv, which the locale data lacks.
        let es = MarketNames(markets: ["US", "GB"], languages: ["es"])
        #expect(es.mentioned(in: "Envíos a EE. UU. y al UK") == ["US", "GB"])
    }
}
