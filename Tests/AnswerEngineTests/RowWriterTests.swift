import Foundation
import Testing
@testable import AnswerEngine
@testable import Workspace
import KnowledgeStore
import Support

/// Policy-table rows told as sentences: the sample KB's kinds of rows (a market's shipping, returns
/// and payment rows, a topic–value row, a question row), each column told by its facet's template,
/// and the intent's answer plan keeping only what was asked.
struct RowWriterTests {
    static let writer = RowWriter(phrases: PhraseBook(), markets: MarketNames(markets: ["DE", "GB", "SG", "TH", "ES", "NL"], languages: ["en", "de", "es", "th"]))
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test(arguments: [
        // A market's returns row (kb/docs/en/returns.md).
        ("en", "Market: United Kingdom (GB) · Return window: 30 days · Return shipping: Free (Evri drop-off) · Refund after your return arrives: 5 working days",
         "United Kingdom (GB): you have 30 days to return an item, return shipping is free (Evri drop-off) and refunds are paid 5 working days after the return arrives."),
        // A shipping-method row of a one-market page (kb/docs/de/shipping.md): every clause goes on
        // from the subject (after_subject= forms), in German, Dutch and Chinese.
        ("de", "Versandart: Standardversand · Lieferzeit ab Versand: 3–6 Werktage · Kosten: kostenlos ab 39 € Bestellwert · Versanddienstleister: DHL",
         "Standardversand dauert 3–6 Werktage, ist kostenlos ab 39 € Bestellwert und wird mit DHL geliefert."),
        ("nl", "Verzendmethode: Express · Levertijd: volgende werkdag · Kosten: €5,90 · Vervoerder: PostNL",
         "Express wordt volgende werkdag bezorgd, kost €5,90 en gaat met PostNL."),
        ("zh", "配送方式: 标准配送 · 标准配送时效: 4–7个工作日 · 承运商: Ninja Van、SingPost", "标准配送需4–7个工作日，由Ninja Van、SingPost配送。"),
        // A language whose frame introduces the subject keeps it where every clause is a phrase
        // ("Untuk Ekspres, biayanya …"); the subject-first form tells the row it does not fit.
        ("id", "Layanan: Ekspres · Biaya: Rp95.000", "Untuk Ekspres, biayanya Rp95.000."),
        ("id", "Layanan: Standar · Biaya: Gratis mulai Rp350.000", "Standar gratis mulai Rp350.000."),
        ("th", "วิธีจัดส่ง: จัดส่งแบบด่วน (Express) · ค่าจัดส่ง: ฿250 · บริษัทขนส่ง: Flash Express",
         "จัดส่งแบบด่วน (Express) มีค่าบริการ ฿250 และ จัดส่งโดย Flash Express"),
        // A topic whose value says there is none: the language's `row.none` frame, what the cell adds
        // after a dash as a sentence of its own (kb/docs/*/customs-duties).
        ("fr", "Sujet: Droits de douane · Règle: aucun", "Pas de droits de douane."),
        ("it", "Voce: IVA all'importazione · Ordini consegnati in Italia: nessuna", "Niente IVA all'importazione."),
        ("de", "Posten: Zahlung bei der Zustellung · Bestellungen nach Deutschland: keine – Sie zahlen nur den Betrag aus Ihrer Bestellung",
         "Zahlung bei der Zustellung: keine. Sie zahlen nur den Betrag aus Ihrer Bestellung."),
        ("nl", "Onderwerp: Douane · Wat betekent dat voor jou?: Geen douaneformaliteiten, want je pakket blijft binnen de EU",
         "Douane: Geen douaneformaliteiten, want je pakket blijft binnen de EU."),
        // A clause with no such form keeps the frame.
        ("de", "Versandart: Expressversand · Kosten: 7,90 € · Rückgabefrist: 30 Tage", "Expressversand: Der Versand kostet 7,90 € und die Rückgabefrist beträgt 30 Tage."),
        // A payment-method row whose header asks (kb/docs/fr/payment.md).
        ("fr", "Moyen de paiement: Carte Bancaire (CB) · Bon à savoir: validation 3-D Secure dans l'application de votre banque · Quand suis-je débité ?: à l'expédition de la commande",
         "Carte Bancaire (CB) : validation 3-D Secure dans l'application de votre banque et débit à l'expédition de la commande."),
        // A topic–value row whose topic is a facet: told with the facet's clause.
        ("de", "Thema: Rückgabefrist · Regelung für Deutschland: 30 Tage ab Zustellung", "Die Rückgabefrist beträgt 30 Tage ab Zustellung."),
        ("fr", "Sujet: Délai de retour · Règle: 30 jours à compter de la livraison (droit de rétractation de 14 jours inclus)",
         "Vous avez 30 jours à compter de la livraison (droit de rétractation de 14 jours inclus) pour retourner un article."),
        ("nl", "Wat: Retourtermijn · Zo zit het: 30 dagen na levering", "Je hebt 30 dagen na levering om iets terug te sturen."),
        ("id", "Hal: Batas waktu pengembalian · Ketentuan: 15 hari sejak barang diterima",
         "Kakak bisa mengembalikan barang dalam 15 hari sejak barang diterima."),
        // A topic that only contains a facet's words is not that facet (a refund period is no delivery
        // time), and a value of sentences does not fit a clause: the rule column is told as it is.
        ("th", "หัวข้อ: ระยะเวลาเปลี่ยนสินค้า · รายละเอียด: ภายใน 10 วันทำการ", "ระยะเวลาเปลี่ยนสินค้า: ภายใน 10 วันทำการ"),
        // Thai topics that are facets, told with their clause's words form (the value says ภายใน itself).
        ("th", "หัวข้อ: ระยะเวลาขอคืนสินค้า · รายละเอียด: ภายใน 15 วัน นับจากวันที่ได้รับสินค้า", "คืนสินค้าได้ภายใน 15 วัน นับจากวันที่ได้รับสินค้า"),
        ("th", "หัวข้อ: ระยะเวลาคืนเงิน · รายละเอียด: ภายใน 10 วันทำการ", "คืนเงินภายใน 10 วันทำการ"),
        ("de", "Thema: Rückgabefrist · Regelung für Deutschland: 30 Tage; bei Geschenken 60 Tage", "Rückgabefrist: 30 Tage, bei Geschenken 60 Tage."),
        // A common phrase inside the sentence loses its capital, a name keeps it (kb/docs/vi/payment.html).
        ("vi", "Phương thức: Thanh toán khi nhận hàng (COD) · Thời điểm trừ tiền: Khi nhận hàng · Lưu ý: Miễn phí",
         "Thanh toán khi nhận hàng (COD): trừ tiền khi nhận hàng và miễn phí."),
        ("vi", "Phương thức: Thẻ Visa · Thời điểm trừ tiền: Khi đơn hàng được gửi đi · Lưu ý: Visa hoặc Mastercard",
         "Thẻ Visa: trừ tiền khi đơn hàng được gửi đi và Visa hoặc Mastercard."),
        // German begins a whole sentence after a colon with a capital ({Facts}), not a bare value.
        ("de", "Thema: Umtausch · Regelung für Deutschland: kein direkter Umtausch", "Umtausch: kein direkter Umtausch."),
        // A market's shipping row in Chinese: the longest header entry wins (免运费门槛 over 标准配送, 快递运费 over 运费).
        ("zh", "市场: 新加坡 (SG) · 标准配送免运费门槛: S$50.00 · 快递运费: S$12.00", "新加坡 (SG)：标准配送S$50.00免运费，快递运费 S$12.00。"),
        // A question row is answered, not labelled; an empty cell is left out.
        ("en", "Question: Is the invoice sent by post? · Answer: No · Special options: —", "Is the invoice sent by post? No."),
        // A carrier cell with "; express:" becomes one clause of the list.
        ("en", "Market: Germany (DE) · Carriers: DHL; express: DHL Express", "Germany (DE): we ship with DHL, express: DHL Express."),
        // Thai ends without a full stop.
        ("th", "วิธีจัดส่ง: ส่งธรรมดา · ระยะเวลา (นับจากวันที่จัดส่ง): 7–12 วันทำการ · ค่าจัดส่ง: 60 บาท", "ส่งธรรมดา ใช้เวลาจัดส่ง 7–12 วันทำการ และ มีค่าบริการ 60 บาท"),
        // Japanese: the subject is the topic of a polite sentence, not a label (kb/docs/ja/returns.md).
        ("ja", "項目: 返品受付期間 · 内容: 商品お届け日から14日以内", "返品受付期間は商品お届け日から14日以内です。"),
        // A clause that closes its sentence takes no copula (kb/docs/ja/payment.md).
        ("ja", "お支払い方法: クレジットカード · ご請求のタイミング: 商品の発送時に請求が確定します", "クレジットカードは、ご請求は商品の発送時に請求が確定します。"),
        // A Japanese question row is answered.
        ("ja", "質問: 請求書は郵送されますか？ · 回答: いいえ", "請求書は郵送されますか？回答はいいえです。"),
    ])
    func rowsReadAsSentences(_ language: String, _ line: String, _ expected: String) {
        let sentence = Self.writer.sentence(TableRow(line), language: language)
        #expect(sentence == expected)
        #expect(!sentence.contains(" — ") && !sentence.contains(" · ") && !sentence.contains("?: "))
    }

    /// A figure joined to a word by a hyphen describes a thing; a figure alone is a quantity.
    @Test func aHyphenedFigureDescribesAThing() {
        #expect(!RowWriter.beginsWithFigure("1-year limited warranty"))
        #expect(RowWriter.beginsWithFigure("5-8 business days") && RowWriter.beginsWithFigure("30 days") && RowWriter.beginsWithFigure("€7.90"))
        let row = TableRow("Market: United States (US) · Cover: 1-year limited warranty")
        #expect(Self.writer.sentence(row, language: "en", subject: .customersMarket) == "The warranty is a 1-year limited warranty.")
    }

    @Test func aClauseTakesTheFormItsValueBeginsWith() {
        let template = "der Versand kostet {value} || der Versand ist {value}"
        #expect(RowWriter.form(of: template, for: "7,90 €") == "der Versand kostet {value}")
        #expect(RowWriter.form(of: template, for: "RM25 per order") == "der Versand kostet {value}")
        #expect(RowWriter.form(of: template, for: "kostenlos ab 39 € Bestellwert") == "der Versand ist {value}")
        #expect(RowWriter.form(of: "delivered by {value}", for: "3 carriers") == "delivered by {value}")
        // A describing word loses its cell's capital inside the clause; names and amounts keep theirs.
        #expect(RowWriter.decapitalised("Free (Evri drop-off)") == "free (Evri drop-off)")
        #expect(RowWriter.decapitalised("PayPal") == "PayPal")
        #expect(RowWriter.decapitalised("DHL Express") == "DHL Express")
        #expect(RowWriter.beginsWithFigure("Rp95.000 per order") && !RowWriter.beginsWithFigure("free from Rp350.000"))
    }

    /// Where a language has a frame that introduces the subject ("For {subject}, {facts}."), a row
    /// whose every clause is a phrase reads as one sentence; a name keeps its capitals; a row with a
    /// bare value, a market's name and a language without such a frame keep "{subject}: {facts}.".
    @Test(arguments: [
        ("en", "Method: Standard shipping · Delivery time: 3–6 days · Cost: Free from €39",
         "For standard shipping, delivery takes 3–6 days and it is free from €39."),
        ("en", "Method: Apple Pay · When is it charged: at order", "For Apple Pay, you are charged at order."),
        ("en", "Method: Klarna – pay later · When is it charged: in 30 days", "For Klarna – pay later, you are charged in 30 days."),
        ("es", "Método: Envío estándar · Coste: 4,95 €", "Con envío estándar, cuesta 4,95 €."),
        ("de", "Versandart: Expressversand · Kosten: 7,90 €", "Expressversand kostet 7,90 €."),
        ("de", "Zahlungsart: Apple Pay · Wann wird belastet: bei der Bestellung", "Apple Pay: Die Belastung erfolgt bei der Bestellung."),
        ("en", "Method: PayPal · Good to know: log in to your PayPal account", "PayPal: log in to your PayPal account."),
    ])
    func aSubjectIsIntroducedWhereTheLanguageHasAFrame(_ language: String, _ line: String, _ expected: String) {
        #expect(Self.writer.sentence(TableRow(line), language: language) == expected)
    }

    /// A manual's troubleshooting row: the symptom and its cause, then the remedy as an instruction of
    /// its own; a symptom written as a sentence is followed, not labelled; Japanese, Chinese and Thai
    /// tell a symptom as a condition.
    @Test(arguments: [
        ("en", "Problem: Blinking red · Meaning: The lid isn't locked · What to do: twist the lid on fully",
         "Blinking red: the likely cause is the lid isn't locked. Twist the lid on fully."),
        ("en", "Problem: The weight is shown in lb instead of kg. · What to do: Hold the UNIT button for 2 seconds.",
         "The weight is shown in lb instead of kg. Hold the UNIT button for 2 seconds."),
        ("fr", "Problème: La lanterne ne s'allume pas. · Cause possible: la batterie est vide · Solution: Rechargez-la via USB-C.",
         "La lanterne ne s'allume pas. Cause possible : la batterie est vide. Rechargez-la via USB-C."),
        ("ja", "症状: 電源が入らない · 対処方法: 新しい電池に交換してください", "電源が入らない場合は、新しい電池に交換してください。"),
        // A symptom that is a noun takes "の場合は"; a cause that closes a sentence of its own is told
        // as written, not wrapped in "考えられる原因は…です" ("…ませんです").
        ("ja", "表示: 赤色ランプの点滅 · 意味: フタがロックされていません · 対処: フタを最後までしっかりとねじ込んでください。",
         "赤色ランプの点滅の場合は、フタがロックされていません。フタを最後までしっかりとねじ込んでください。"),
        ("ja", "症状: 途中で止まる · 原因: 材料の入れすぎ · 対処方法: 量を減らしてください。",
         "途中で止まる場合は、考えられる原因は材料の入れすぎです。量を減らしてください。"),
        ("zh", "问题: 无法开机 · 解决方法: 请更换新电池", "无法开机时，请更换新电池。"),
        ("th", "อาการ: หน้าจอแสดง \"Lo\" · วิธีแก้ไข: เปลี่ยนถ่าน CR2032 ก้อนใหม่", "หากหน้าจอแสดง \"Lo\" เปลี่ยนถ่าน CR2032 ก้อนใหม่"),
        // A symptom that is a label keeps the one colon of its frame: the cause is told without one.
        ("de", "Problem: „Lo\" im Display · Ursache: Batterie schwach · Lösung: Neue CR2032-Knopfzelle einsetzen",
         "„Lo\" im Display: wahrscheinlich Batterie schwach. Neue CR2032-Knopfzelle einsetzen."),
        ("fr", "Problème: Message d'erreur au-delà de 50 kg · Cause: portée dépassée", "Message d'erreur au-delà de 50 kg : probablement portée dépassée."),
        ("zh", "指示灯: 红灯闪烁 · 含义: 杯盖未锁好 · 处理方法: 将杯盖完全拧紧", "红灯闪烁时，可能原因是杯盖未锁好。将杯盖完全拧紧。"),
    ])
    func aTroubleshootingRowReadsAsSymptomAndInstruction(_ language: String, _ line: String, _ expected: String) {
        #expect(Self.writer.sentence(TableRow(line), language: language) == expected)
    }

    /// An order-status matrix (kb/docs/*/order-changes): each state's answers told in words by the
    /// `yes=` / `no=` forms, with what the cell adds after its answer, and never "For {state}, …" nor a
    /// second label's colon ("Verschickt: Adressänderung: Nur über …").
    @Test(arguments: [
        ("de", "Status der Bestellung: Verschickt · Adresse ändern?: Nur über den Umleitungsservice von DHL",
         "Verschickt: Nur über den Umleitungsservice von DHL lässt sich die Adresse ändern."),
        ("de", "Status der Bestellung: Zugestellt · Adresse ändern?: Nicht mehr möglich", "Zugestellt: Die Adresse lässt sich nicht mehr ändern."),
        ("fr", "Statut de la commande: En cours de traitement · Changement d'adresse possible ?: Oui, dans votre compte",
         "En cours de traitement : l'adresse peut être modifiée, dans votre compte."),
        ("vi", "Trạng thái đơn hàng: Đã gửi đi · Hủy đơn: Không thể hủy; Quý khách có thể trả hàng sau khi nhận · Đổi địa chỉ giao hàng: Không thể thay đổi tại Việt Nam",
         "Đã gửi đi: không thể hủy đơn, nhưng quý khách có thể trả hàng sau khi nhận và không thể đổi địa chỉ tại Việt Nam."),
        ("en", "Order status: Shipped · Cancel: No · Change the address: Only through the carrier's redirection service",
         "Shipped: the order can no longer be cancelled and the address can be changed only through the carrier's redirection service."),
    ])
    func anOrderStatusMatrixReadsInWords(_ language: String, _ line: String, _ expected: String) {
        #expect(Self.writer.sentence(TableRow(line), language: language) == expected)
    }

    /// A clause with an "and" of its own: the last clause follows a clause break, not a second "and".
    @Test func aClauseWithItsOwnAndIsNotFollowedByAnother() {
        let clauses = ["Sie melden sich an der Kasse bei PayPal an und bestätigen die Zahlung", "die Belastung erfolgt bei der Bestellung"]
        #expect(RowWriter.list(clauses, comma: ", ", and: " und ", afterAnd: "; ")
                == "Sie melden sich an der Kasse bei PayPal an und bestätigen die Zahlung; die Belastung erfolgt bei der Bestellung")
        #expect(RowWriter.list(["3–6 Werktage", "kostenlos", "DHL"], comma: ", ", and: " und ", afterAnd: "; ") == "3–6 Werktage, kostenlos und DHL")
        #expect(RowWriter.list(clauses, comma: ", ", and: " und ") == clauses.joined(separator: " und "))
    }

    /// A value with a label's colon of its own, after the frame's colon: the language's dash.
    @Test func aSentenceTakesOneLabelsColon() {
        // kb/docs/fr/returns.md: "Sujet | Règle applicable en France".
        #expect(Self.writer.sentence(TableRow("Sujet: Échange · Règle applicable en France: pas d'échange direct : retournez l'article"), language: "fr")
                == "Échange : pas d'échange direct – retournez l'article.")
        // A colon after a clause is no label's: "express: DHL Express" follows "we ship with DHL,".
        #expect(Self.writer.sentence(TableRow("Market: Germany (DE) · Carriers: DHL; express: DHL Express"), language: "en")
                == "Germany (DE): we ship with DHL, express: DHL Express.")
        #expect(LabelColons.dashed("Öffnungszeiten: 9:00–17:00", dash: " – ") == "Öffnungszeiten – 9:00–17:00")
        // A manual's list item keeps its label's colon; a later one is the dash (kb/docs/fr/manual-trailglow-400).
        let item = "Changer de mode : appuyez de nouveau brièvement : blanc → blanc chaud → rouge."
        #expect(LabelColons.labelAfterLabel(in: item))
        #expect(LabelColons.firstLabelOnly(item, dash: " – ") == "Changer de mode : appuyez de nouveau brièvement – blanc → blanc chaud → rouge.")
        #expect(LabelColons.firstLabelOnly("Ouvert à 9:00", dash: " – ") == "Ouvert à 9:00")
        // A column's label after the clause break would read as a table's "; Key:" (kb/docs/fr/manual-trailglow-400).
        #expect(Self.writer.sentence(TableRow("Mode: Blanc chaud · Idéal pour: lumière douce et non éblouissante · Autonomie: intermédiaire"), language: "fr")
                == "Blanc chaud : idéal pour lumière douce et non éblouissante ; Autonomie – intermédiaire.")
    }

    /// A cell that lists names is said as a list, with the language's "and" (kb/docs/en/payment.md's
    /// market rows); a list with a label inside, or one that other clauses follow, keeps its commas.
    @Test func aListOfNamesEndsWithAnd() {
        #expect(RowWriter.namesAsList("Visa, Mastercard, PayPal, Bizum, Apple Pay", and: " y ") == "Visa, Mastercard, PayPal, Bizum y Apple Pay")
        #expect(RowWriter.namesAsList("Royal Mail, Evri, express: DPD", and: " and ") == "Royal Mail, Evri, express: DPD")
        #expect(RowWriter.namesAsList("3–6 working days, free from £40", and: " and ") == "3–6 working days, free from £40")
        #expect(RowWriter.namesAsList("Klarna and Clearpay", and: " and ") == "Klarna and Clearpay")
        #expect(Self.writer.sentence(TableRow("Market: Spain · Payment methods: Visa, Mastercard, PayPal"), language: "en", subject: .customersMarket)
                == "You can pay with Visa, Mastercard and PayPal.")
    }

    /// Topic rows of a warranty told as sentences in Thai (kb/docs/th/warranty.md), not "Label: value".
    @Test func thaiWarrantyRowsAreSentences() {
        #expect(Self.writer.sentence(TableRow("หัวข้อ: ระยะเวลารับประกัน · รายละเอียด: 1 ปี"), language: "th") == "รับประกัน 1 ปี")
        #expect(Self.writer.sentence(TableRow("หัวข้อ: ช่องทางเคลม · รายละเอียด: ผ่านผู้ช่วยออนไลน์ในแชท"), language: "th") == "เคลมผ่านผู้ช่วยออนไลน์ในแชท")
    }

    /// A clause may name its column ({label}): the Chinese duties cell "已包含在结账金额中" says what is
    /// included only with its header.
    @Test func aClauseMayNameItsColumn() {
        let names = MarketNames(markets: ["SG", "MY"], languages: ["zh"])
        let sg = TableRow("市场: 新加坡 · 进口关税和税费: 已包含在结账金额中 · 签收时需付款？: 不需要")
        #expect(Self.writer.ownMarketSentence(sg, language: "zh", market: "SG", names: names) == "进口关税和税费已包含在结账金额中，签收时无需支付任何费用。")
    }

    /// A cell that says yes or no is told in words by the template's `yes=` / `no=` form; a market's
    /// row with a condition in its first cell keeps the condition as its subject.
    @Test func yesNoCellsAndConditionsReadAsSentences() {
        let names = MarketNames(markets: ["GB", "SG", "MX", "JP"], languages: ["en", "es"])
        let sg = TableRow("Market: Mexico, Japan, Singapore (MX, JP, SG) · Ships from: Shenzhen · Anything to pay on delivery?: No – never")
        #expect(Self.writer.ownMarketSentence(sg, language: "en", market: "SG", names: names)
                == "Orders ship from Shenzhen and there is nothing to pay on delivery.")
        let gb = TableRow("Market: United Kingdom (GB), orders over £135.00 · Anything to pay on delivery?: Yes – the carrier collects them from you before delivery")
        #expect(Self.writer.ownMarketSentence(gb, language: "en", market: "GB", names: names)
                == "For orders over £135.00, you pay on delivery, as the carrier collects them from you before delivery.")
        let mx = TableRow("Mercado: México (MX) · ¿Hay que pagar algo al recibir?: No, nunca")
        #expect(Self.writer.ownMarketSentence(mx, language: "es", market: "MX", names: names) == "No hay nada que pagar al recibirlo.")
        // A template without such forms tells the cell as it is.
        #expect(RowWriter.answerForm(of: "on delivery: {value}", for: "No", answer: false) == nil)
        #expect(RowWriter.form(of: "x {value} || y {value} || no=none", for: "7 €") == "x {value}")
    }

    @Test func aMarketsNameKeepsThePlainFrame() {
        let row = TableRow("Market: Singapore (SG) · Delivery time: 4–7 days")
        #expect(Self.writer.sentence(row, language: "en", subject: .named("Singapore")) == "Singapore: delivery takes 4–7 days.")
    }

    /// "Header: value", its colon a dash after the subject's ("Poland (PL): Loyalty points: …" is two labels).
    @Test func aColumnOfNoKnownFacetIsToldAsHeaderAndValue() {
        #expect(Self.writer.sentence(TableRow("Market: Poland (PL) · Loyalty points: 1 per 10 zł"), language: "en")
                == "Poland (PL): Loyalty points – 1 per 10 zł.")
    }

    @Test func thePlanKeepsTheAskedFacetsAndAWholeRowWhenNoneFits() {
        let row = TableRow("Versandart: Standardversand · Lieferzeit ab Versand: 3–6 Werktage · Kosten: kostenlos ab 39 € Bestellwert · Versanddienstleister: DHL")
        #expect(Self.writer.sentence(row, language: "de", plan: [.freeShippingFrom, .cost, .expressPrice])
                == "Standardversand ist kostenlos ab 39 € Bestellwert.")
        #expect(Self.writer.sentence(row, language: "de", plan: [.deliveryTime, .carrier])
                == "Standardversand dauert 3–6 Werktage und wird mit DHL geliefert.")
        // Framed, as selection matches a row: the clauses' own words.
        #expect(Self.writer.sentence(row, language: "de", plan: [.deliveryTime, .carrier], subjectFirst: false)
                == "Standardversand: Die Lieferzeit beträgt 3–6 Werktage und geliefert wird mit DHL.")
        #expect(Self.writer.sentence(row, language: "de", plan: [.returnWindow]) == Self.writer.sentence(row, language: "de"))
    }

    @Test func aRowForSeveralMarketsNamesTheCustomersOnly() {
        let row = TableRow("Market: Mexico, Japan, Singapore (MX, JP, SG) · Ships from: Shenzhen · Anything to pay on delivery?: No – never")
        #expect(Self.writer.sentence(row, language: "en", subject: .named("Singapore")) == "Singapore: orders ship from Shenzhen and there is nothing to pay on delivery.")
    }

    /// A market's own row is its rule: told to that market's customer without naming the market, in
    /// each language's frame; a row whose facts name another market keeps its subject.
    @Test(arguments: [
        ("en", "Market: United Kingdom (GB) · Return window: 30 days · Return shipping: Free (Evri drop-off)",
         "You have 30 days to return an item and return shipping is free (Evri drop-off)."),
        ("de", "Markt: Deutschland (DE) · Lieferzeit: 3–6 Werktage · Kosten: 4,95 €", "Die Lieferzeit beträgt 3–6 Werktage und der Versand kostet 4,95 €."),
        ("ja", "市場: 日本 (JP) · 返品期限: 14日 · 返品送料: 無料", "返品期限は14日、返品送料は無料です。"),
        ("zh", "市场: 新加坡 (SG) · 标准配送免运费门槛: S$50.00 · 快递运费: S$12.00", "标准配送S$50.00免运费，快递运费 S$12.00。"),
    ])
    func theCustomersOwnMarketGoesUnnamed(_ language: String, _ line: String, _ expected: String) {
        #expect(Self.writer.sentence(TableRow(line), language: language, subject: .customersMarket) == expected)
    }

    @Test func aRowNamingAnotherMarketInItsFactsKeepsItsSubject() {
        let names = MarketNames(markets: ["ES", "NL"], languages: ["es"])
        let row = TableRow("Mercado: España (ES) · Envío desde: Rotterdam (Países Bajos) · Entrega estándar: 3–7 días hábiles")
        #expect(Self.writer.ownMarketSentence(row, language: "es", market: "ES", names: names).hasPrefix("España (ES): "))
        let own = TableRow("Mercado: España (ES) · Entrega estándar: 3–7 días hábiles")
        #expect(Self.writer.ownMarketSentence(own, language: "es", market: "ES", names: names) == "La entrega tarda 3–7 días hábiles.")
    }

    /// The sample taxonomy's plans, applied to the sample KB's rows: a cost question gets the cost and
    /// the threshold, a delivery-time question the times and the carrier.
    @Test func theSampleTaxonomysPlans() throws {
        let catalog = try WorkspaceContent.load(try Workspace.open(Self.repo), evalsets: false).intents
        let row = TableRow("Market: Germany (DE) · Ships from: Rotterdam · Free standard shipping from: 39,00 € · Standard delivery: 3–6 business days · Express delivery: 1–2 business days · Express price: 7,90 € · Carriers: DHL; express: DHL Express")
        let cost = try #require(catalog.intent("shipping.cost")?.answerPlan)
        #expect(Self.writer.sentence(row, language: "en", plan: cost)
                == "Germany (DE): standard shipping is free from 39,00 € and express shipping costs 7,90 €.")
        let times = try #require(catalog.intent("shipping.times")?.answerPlan)
        #expect(Self.writer.sentence(row, language: "en", plan: times)
                == "Germany (DE): orders ship from Rotterdam, delivery takes 3–6 business days, express delivery takes 1–2 business days, express shipping costs 7,90 € and we ship with DHL, express: DHL Express.")
        let returns = try #require(catalog.intent("returns.policy")?.answerPlan)
        #expect(returns.contains(.returnWindow) && !returns.contains(.carrier))
        #expect(AnswerPlan.asksSeveralThings("¿El envío es gratis? ¿Con qué empresa mandáis los paquetes?"))
        #expect(!AnswerPlan.asksSeveralThings("Wie hoch sind die Versandkosten nach Deutschland?"))
    }

    @Test(arguments: [
        ("Express price", "en", AnswerFacet.expressPrice), ("Free standard shipping from", "en", .freeShippingFrom),
        ("Lieferzeit ab Versand", "de", .deliveryTime), ("Délai", "fr", .deadline),
        ("Délai à compter de l'expédition", "fr", .deliveryTime), ("Phí vận chuyển", "vi", .cost),
        ("Thời gian giao hàng (tính từ ngày gửi hàng)", "vi", .deliveryTime), ("扣款时间", "zh", .chargedWhen),
        ("Return window", "pt", .returnWindow),
    ])
    func headersNameTheirFacet(_ header: String, _ language: String, _ facet: AnswerFacet) {
        #expect(ColumnLexicon.builtin.facet(of: header, language: language) == facet)
    }

    @Test func anUnknownHeaderHasNoFacet() {
        #expect(ColumnLexicon.builtin.facet(of: "Loyalty points", language: "en") == nil)
    }

    @Test func aBrokenLexiconLineNamesFileAndLine() {
        #expect(throws: ResourceTable.Malformed(file: "x.tsv", line: 2, reason: "unknown facet 'price' (one of: \(AnswerFacet.allCases.map(\.rawValue).joined(separator: ", ")))")) {
            try ColumnLexicon(Array("en\tcost\tprice\nen\tprice\tcost\n".utf8), file: "x.tsv")
        }
    }

    @Test(arguments: [
        ("See Returns and refunds.", "en", true), ("Here’s how returns and refunds work in every market we ship to.", "en", true),
        ("Seeds and plants can't be shipped.", "en", false), ("Items must be unused and in their original packaging.", "en", false),
        ("Mehr dazu unter Zoll und Steuern.", "de", true), ("Die Rückgabefrist beträgt 30 Tage.", "de", false),
        ("詳しくはCookieポリシーをご覧ください。", "ja", true), ("Consultez aussi nos questions fréquentes.", "fr", true),
        ("Ver Formas de pago.", "es", true), ("Verifique la dirección antes de pagar.", "es", false),
        ("Hieronder lees je hoe retourneren en terugbetalen werkt.", "nl", true),
        ("Di bawah ini diterangkan cara memulangkan barang.", "ms", true),
        ("All markets are listed in Shipping and delivery times.", "en", true),
        // A page's date of last change is about the page; updating an address is not.
        ("Cập nhật: 18/09/2026", "vi", true), ("Cập nhật địa chỉ giao hàng trước khi đơn được gửi đi.", "vi", false),
        ("Stand: 01.10.2026", "de", true), ("Last updated: 12 October 2026", "en", true),
        // A page's lead about itself.
        ("Quick answers to the questions we hear most often.", "en", true), ("Jawapan ringkas kepada soalan yang paling kerap kami terima.", "ms", true),
        ("Respuestas rápidas a las preguntas que más nos hacen los clientes de España.", "es", true),
    ])
    func navigationSentences(_ sentence: String, _ language: String, _ navigation: Bool) {
        #expect(NavigationText.builtin.isNavigation(sentence, language: language) == navigation)
    }

    /// The sentence after an example's first goes on with the example: it is said only right after it
    /// (kb/docs/nl/shipping.md: "We verzenden je pakket op woensdag." is no rule of its own).
    @Test func theSentenceAfterAnExamplesFirstStandsOnlyAfterIt() throws {
        let json = #"{"doc": "shipping", "chunk": "nl/shipping#3", "lang": "nl", "title": "Verzending", "heading_path": [], "kind": "section", "markets": [], "score": 1, "text": "Een voorbeeld: je bestelt op dinsdag om 16:30 uur. We verzenden je pakket op woensdag. Express kost €5,90."}"#
        let hit = try JSONDecoder().decode(SearchHit.self, from: Data(json.utf8))
        let catalog = IntentCatalog(intents: [IntentDefinition(id: "cost"), IntentDefinition(id: "none", role: .outOfScope)],
                                    examples: ["nl": ["cost": ["wat kost express"], "none": ["hoe is het weer"]]])
        let reading = ChunkReading(hit, names: MarketNames(markets: ["NL"], languages: ["nl"]), classifier: IntentClassifier(catalog: catalog),
                                   writer: Self.writer, navigation: .builtin)
        #expect(reading.pieces.map(\.refersBack) == [false, true, false])
    }

    /// A sentence that opens by referring to the one before it, in spaced and unspaced scripts; a
    /// word that only begins like the opener does not.
    @Test(arguments: [
        ("Dans ce cas, ne payez rien et contactez-nous.", "fr", true), ("In questo caso non paghi nulla.", "it", true),
        ("その場合も通常は2〜5営業日で通関が完了します。", "ja", true), ("In that case, refuse the parcel.", "en", true),
        ("In that cases we refund.", "en", false), ("That isn't a warranty claim.", "en", true), ("Customs usually clears a parcel within 2–5 days.", "en", false),
        // "That time": the period the sentence before told.
        ("Jeśli w tym czasie produkt okaże się wadliwy, rozpatrzymy reklamację.", "pl", true),
        ("Wenn in dieser Zeit ein Mangel auftritt, reparieren wir ihn.", "de", true),
        ("W tym tygodniu wysyłamy szybciej.", "pl", false),
    ])
    func sentencesThatReferBack(_ sentence: String, _ language: String, _ refers: Bool) {
        #expect(NavigationText.builtin.refersBack(sentence, language: language) == refers)
        #expect(!NavigationText.builtin.isNavigation(sentence, language: language))
    }

    @Test func figuresAreFactsWhateverTheirSpelling() {
        #expect(StatedFacts.figures(in: "Ab 39 € liefern wir kostenlos.") == ["39€"])
        #expect(StatedFacts.figures(in: "kostenlos ab 39,00 € Bestellwert, Lieferzeit 3–6 Werktage") == ["39€", "3-6werktage"])
        #expect(StatedFacts.figures(in: "free from £40.00, or S$50 and Rp10.000") == ["£40", "s$50", "rp10000"])
        #expect(StatedFacts.figures(in: "满 S$50.00 即享免运费") == ["s$50"])
        // A currency written first is the unit: the word after it is the sentence going on.
        #expect(StatedFacts.figures(in: "kosnya RM25.00 dan dihantar oleh J&T Express") == StatedFacts.figures(in: "ekspres 4–6 hari bekerja (RM25.00)").suffix(1))
        #expect(StatedFacts.figures(in: "biayanya Rp95.000 dan dikirim") == ["rp95000"])
    }

    @Test func aSentenceOfFiguresAlreadyStatedRepeats() {
        let answer = ["Standardversand: Der Versand ist kostenlos ab 39 € Bestellwert.", "Ab 39 € liefern wir per Standardversand kostenlos.",
                      "Expressversand kostet 7,90 €.", "Die Rücksendung ist kostenlos.", "Die Rücksendung ist kostenlos."]
        #expect(StatedFacts.repeats(in: answer) == [1, 4])
        #expect(StatedFacts.repeats(in: ["และ", "และ"]).isEmpty)
    }

    @Test func aRowQuotedInProseIsFoundAtItsFirstLabel() throws {
        let line = "Das Produkt soll funktionieren. Situation: Artikel defekt · Frist: 2 Jahre ab Lieferung"
        let start = try #require(AnswerSelector.rowStart(in: line))
        #expect(String(line[start...]) == "Situation: Artikel defekt · Frist: 2 Jahre ab Lieferung")
        #expect(AnswerSelector.rowStart(in: "No row here: just prose.") == nil)
    }

    /// A byline's cells read as one sentence that ends in the language's mark, so that the sentence
    /// quoted after it does not run on ("…up to 50 kg With the scale switched on…").
    @Test func aBylineEndsAsASentence() throws {
        let json = #"{"doc": "manual", "chunk": "en/manual#0", "lang": "en", "title": "Manual", "heading_path": [], "kind": "section", "markets": [], "score": 1, "text": "SKU MG-PS50 · Digital luggage scale up to 50 kg\nHold the UNIT button for 2 seconds."}"#
        let hit = try JSONDecoder().decode(SearchHit.self, from: Data(json.utf8))
        let pieces = AnswerSelector.pieces(of: hit, writer: Self.writer)
        #expect(pieces.map { $0.text } == ["SKU MG-PS50, Digital luggage scale up to 50 kg.", "Hold the UNIT button for 2 seconds."])
        #expect(pieces.map { $0.byline } == [true, false])
        #expect(AnswerSelector.ended("SKU 1, 350 ml", language: "ja") == "SKU 1, 350 ml。")
        // A Japanese list item ends with 。 too: nothing else would part it from the next sentence.
        let ja = #"{"doc": "order-changes", "chunk": "ja/order-changes#1", "lang": "ja", "title": "注文", "heading_path": [], "kind": "section", "markets": [], "score": 1, "text": "- 「注文をキャンセル」を選択する\n- チャットのアシスタントに注文番号をお知らせください。"}"#
        let jaPieces = AnswerSelector.pieces(of: try JSONDecoder().decode(SearchHit.self, from: Data(ja.utf8)), writer: Self.writer)
        #expect(jaPieces.map(\.text) == ["「注文をキャンセル」を選択する。", "チャットのアシスタントに注文番号をお知らせください。"])
        #expect(AnswerSelector.ended("Done.", language: "en") == "Done.")
    }

    /// Rows that say the same of different things are told once, their subjects listed; rows that
    /// differ in a cell are not (kb/docs/th/customs-duties.md, kb/docs/de/customs-duties.md).
    @Test func rowsSayingTheSameOfDifferentThingsAreToldOnce() throws {
        let duty = TableRow("รายการ: อากรขาเข้า · คุณลูกค้าต้องจ่ายเพิ่มไหม: ไม่ต้อง (รวมในยอดชำระแล้ว)")
        let vat = TableRow("รายการ: ภาษีนำเข้า (VAT) · คุณลูกค้าต้องจ่ายเพิ่มไหม: ไม่ต้อง (รวมในยอดชำระแล้ว)")
        let merged = try #require(Self.writer.sharingFacts([duty, vat], language: "th"))
        #expect(merged.cells.map(\.value) == ["อากรขาเข้า และ ภาษีนำเข้า (VAT)", "ไม่ต้อง (รวมในยอดชำระแล้ว)"])
        #expect(Self.writer.sentence(merged, language: "th") == "อากรขาเข้า และ ภาษีนำเข้า (VAT)\u{00A0}ตอนรับของไม่ต้องจ่ายเพิ่ม")
        let customs = TableRow("Posten: Zoll · Bestellungen nach Deutschland: fällt nicht an")
        let vatDE = TableRow("Posten: Einfuhrumsatzsteuer · Bestellungen nach Deutschland: fällt nicht an")
        let delivery = TableRow("Posten: Zahlung bei der Zustellung · Bestellungen nach Deutschland: keine")
        #expect(Self.writer.sharingFacts([customs, vatDE], language: "de")?.cells.first?.value == "Zoll und Einfuhrumsatzsteuer")
        #expect(Self.writer.sharingFacts([customs, delivery], language: "de") == nil)
        #expect(Self.writer.sharingFacts([customs], language: "de") == nil)
        // Told only the carrier, two shipping methods of the same carriers say the same.
        let standard = TableRow("Versandart: Standardversand · Lieferzeit ab Versand: 3–6 Werktage · Versanddienstleister: DHL")
        let express = TableRow("Versandart: Expressversand · Lieferzeit ab Versand: 1–2 Werktage · Versanddienstleister: DHL")
        #expect(Self.writer.sharingFacts([standard, express], language: "de") == nil)
        let carriers = try #require(Self.writer.sharingFacts([standard, express], language: "de", plan: [.carrier]))
        #expect(carriers.cells.map(\.value) == ["Standardversand und Expressversand", "DHL"])
    }

    /// A row that says the same as an earlier one joins it in its place, with a row or a sentence
    /// between them; one that says something else stays where it is.
    @Test func aRowJoinsTheEarlierRowThatSaysTheSame() {
        let customs = TableRow("Posten: Zoll · Bestellungen nach Deutschland: fällt nicht an")
        let delivery = TableRow("Posten: Zahlung bei der Zustellung · Bestellungen nach Deutschland: keine")
        let vat = TableRow("Posten: Einfuhrumsatzsteuer · Bestellungen nach Deutschland: fällt nicht an")
        let pieces = [
            ToldSentence(text: Self.writer.sentence(customs, language: "de"), rows: [customs]),
            ToldSentence(text: Self.writer.sentence(delivery, language: "de"), rows: [delivery]),
            ToldSentence(text: "Die Mehrwertsteuer ist in allen Preisen enthalten."),
            ToldSentence(text: Self.writer.sentence(vat, language: "de"), rows: [vat]),
        ]
        let told = Self.writer.toldOnce(pieces, language: "de").map(\.text)
        #expect(told.count == 3)
        #expect(told[0].hasPrefix("Zoll und Einfuhrumsatzsteuer"))
        #expect(told[1] == Self.writer.sentence(delivery, language: "de"))
        #expect(told[2] == "Die Mehrwertsteuer ist in allen Preisen enthalten.")
    }

    /// Rows told by different steps meet: a row joins an earlier one only where both were told the
    /// same cells (a row told whole keeps the facts an earlier row's plan left out), and a subject
    /// already told is the same row again, not another to list.
    @Test func rowsJoinOnlyWhenTheyWereToldTheSameCellsOfOtherSubjects() {
        let standard = TableRow("Versandart: Standardversand · Lieferzeit ab Versand: 3–6 Werktage · Versanddienstleister: DHL")
        let express = TableRow("Versandart: Expressversand · Lieferzeit ab Versand: 1–2 Werktage · Versanddienstleister: DHL")
        let carrierOnly = ToldSentence(text: Self.writer.sentence(standard, language: "de", plan: [.carrier]), rows: [standard], plan: [.carrier])
        // Told whole, the express row would lose its delivery time in "Standardversand und Expressversand: DHL".
        let whole = ToldSentence(text: Self.writer.sentence(express, language: "de"), rows: [express])
        #expect(Self.writer.toldOnce([carrierOnly, whole], language: "de") == [carrierOnly, whole])
        // Told the carrier alone too, it joins.
        let expressCarrier = ToldSentence(text: Self.writer.sentence(express, language: "de", plan: [.carrier]), rows: [express], plan: [.carrier])
        let joined = Self.writer.toldOnce([carrierOnly, expressCarrier], language: "de")
        #expect(joined.count == 1)
        #expect(joined.first?.text.hasPrefix("Standardversand und Expressversand") == true)
        // The same row from another step is not listed with itself.
        let again = ToldSentence(text: "Standardversand: DHL.", rows: [standard], plan: [.carrier])
        #expect(Self.writer.toldOnce([carrierOnly, again], language: "de").map(\.text) == [carrierOnly.text, "Standardversand: DHL."])
    }

    /// A column of no known facet whose cell names its header, or whose header a preposition ends,
    /// needs no "Header: value" (kb/docs/de/manual-trailglow-400.md's mode table).
    @Test func aHeaderTheCellFinishesOrRepeatsIsNoLabel() {
        let row = TableRow("Modus: Weiß · Geeignet für: helles Arbeitslicht bis 400 Lumen · Leuchtdauer: kürzeste Leuchtdauer (ab 8 Stunden)")
        #expect(Self.writer.sentence(row, language: "de") == "Weiß: Geeignet für helles Arbeitslicht bis 400 Lumen und kürzeste Leuchtdauer (ab 8 Stunden).")
        #expect(RowWriter.unlabelled("Suitable for", value: "reading in the tent", language: "en") == "suitable for reading in the tent")
        #expect(RowWriter.unlabelled("Run time", value: "longest run time (up to 120 hours)", language: "en") == "longest run time (up to 120 hours)")
        #expect(RowWriter.unlabelled("Run time", value: "up to 120 hours", language: "en") == nil)
        #expect(RowWriter.unlabelled("Colour", value: "red", language: "en") == nil)
    }

    /// A topic row whose value is a longer phrase is told in the template of the facet its subject
    /// names, the words they share said once (kb/docs/pl/returns, nl/returns, fil/returns); a value
    /// that shares nothing with the template keeps its label.
    @Test(arguments: [
        ("pl", "Kwestia: Zwrot pieniędzy · Zasada: w ciągu 5 dni roboczych od otrzymania zwrotu, najpóźniej 14 dni od otrzymania oświadczenia o odstąpieniu od umowy",
         "Zwrot pieniędzy w ciągu 5 dni roboczych od otrzymania zwrotu, najpóźniej 14 dni od otrzymania oświadczenia o odstąpieniu od umowy."),
        ("nl", "Wat: Terugbetaling · Hoe het zit: binnen 5 werkdagen nadat je retour bij ons binnen is, en uiterlijk 14 dagen nadat je de koop herroept",
         "Terugbetaling binnen 5 werkdagen nadat je retour bij ons binnen is, en uiterlijk 14 dagen nadat je de koop herroept."),
        ("pl", "Kwestia: Zwrot pieniędzy · Zasada: zawsze tą samą metodą płatności, której użyli Państwo przy zamówieniu, bez wyjątków",
         "Zwrot pieniędzy: zawsze tą samą metodą płatności, której użyli Państwo przy zamówieniu, bez wyjątków."),
    ])
    func aLongTopicRowIsToldInItsFacetsTemplate(language: String, row: String, expected: String) {
        #expect(Self.writer.sentence(TableRow(row), language: language) == expected)
    }

    @Test func theTemplateSaysTheSharedWordsOnce() {
        #expect(RowWriter.merged("zwrot pieniędzy w ciągu {value} od otrzymania zwrotu", value: "w ciągu 5 dni roboczych od otrzymania zwrotu, najpóźniej 14 dni",
                                 language: "pl") == "zwrot pieniędzy w ciągu 5 dni roboczych od otrzymania zwrotu, najpóźniej 14 dni")
        // The value names no reference point of its own: the template's tail would follow a clause it does not fit.
        #expect(RowWriter.merged("refund within {value} after the return arrives", value: "within 5 days, at the latest 14 days from the notice", language: "en") == nil)
        // The tail's last word names the value's own reference point ("reso").
        #expect(RowWriter.merged("rimborso entro {value} dall'arrivo del reso", value: "entro 5 giorni lavorativi dal ricevimento del reso",
                                 language: "it") == "rimborso entro 5 giorni lavorativi dal ricevimento del reso")
        #expect(RowWriter.facet(namedBy: "Zwrot pieniędzy", phrases: PhraseBook().phrases("pl")) == .refundTime)
        #expect(RowWriter.facet(namedBy: "Forma zwrotu pieniędzy", phrases: PhraseBook().phrases("pl")) == nil)
    }

    /// A sentence that introduces a list and the items that go on with it are one sentence; items
    /// that begin a sentence of their own, or hold a label's colon, stay apart — the first of the
    /// latter with a capital, as a sentence of its own (kb/docs/ms/warranty, kb/docs/nl/order-changes).
    @Test func itemsThatGoOnWithTheirIntroductionAreOneSentence() {
        let lines = ["Waranti terpakai jika produk tidak berfungsi disebabkan kecacatan, contohnya:",
                     "- lampu Trailglow 400 tidak lagi boleh dicas selepas beberapa bulan,", "- motor pengisar BlendGo berhenti berfungsi"]
        #expect(AnswerSelector.continuedLists(lines, language: "ms") == [
            "Waranti terpakai jika produk tidak berfungsi disebabkan kecacatan, contohnya: lampu Trailglow 400 tidak lagi boleh dicas selepas beberapa bulan, motor pengisar BlendGo berhenti berfungsi"])
        // In a FAQ answer's text the items are plain lines.
        #expect(AnswerSelector.continuedLists(["Contohnya:", "lampu tidak boleh dicas,", "motor berhenti."], language: "ms") == ["Contohnya: lampu tidak boleh dicas, motor berhenti."])
        let items = ["These items can't be returned:", "- opened hygiene items", "- personalised items", "- gift cards"]
        #expect(AnswerSelector.continuedLists(items, language: "en") == ["These items can't be returned: opened hygiene items, personalised items, gift cards"])
        let own = ["Zo doe je het:", "- in je account onder Bestellingen: kies de bestelling", "- Visa en Mastercard"]
        #expect(AnswerSelector.continuedLists(own, language: "nl") == ["Zo doe je het:", "- In je account onder Bestellingen: kies de bestelling", "- Visa en Mastercard"])
        #expect(AnswerSelector.continuedLists(["Je kunt betalen met:", "- iDEAL", "- PayPal"], language: "nl") == ["Je kunt betalen met:", "- iDEAL", "- PayPal"])
        // Once the list goes on with its introduction, an item opening with a name is in it too: after
        // an item ending in ";" (a FAQ answer's plain lines, kb/docs/fr/payment) or as a "- " line.
        let causes = ["Les causes les plus fréquentes :", "le plafond de la carte est atteint ;", "Alma n'a pas accepté le paiement fractionné.",
                      "Si le deuxième essai échoue, contactez votre banque."]
        #expect(AnswerSelector.continuedLists(causes, language: "fr") == [
            "Les causes les plus fréquentes : le plafond de la carte est atteint ; Alma n'a pas accepté le paiement fractionné.",
            "Si le deuxième essai échoue, contactez votre banque."])
        #expect(AnswerSelector.continuedLists(["Common causes:", "- the card limit is reached", "- Klarna declined the order"], language: "en")
                == ["Common causes: the card limit is reached, Klarna declined the order"])
    }
}
