@testable import AnswerEngine
import Testing

/// Emotion, threats and requests for a human, on messages written for these tests.
@Suite struct UnderstandingEmotionTests {
    let detector = UnderstandingFixture.detector

    @Test(arguments: [
        ("en", "Could you tell me how long shipping to Japan takes?"),
        ("de", "Können Sie mir sagen, wann mein Paket ankommt?"),
        ("ja", "配送にかかる日数を教えてください。"),
        ("th", "ค่าส่งเท่าไหร่คะ"),
        ("fr", "Je voudrais savoir si la livraison est gratuite."),
        ("ja", "返品はいつまで受け付けていますか？"),   // "until when", not "how long must I wait"
        ("fr", "Est-ce que je peux payer en plusieurs fois ?"),   // instalments, not "several times"
        ("en", "It says payment failed. Do I have to fill the cart again?"),
        ("de", "Kann ich die Zahlung nochmal versuchen?"),
        ("th", "ส่งด่วนใช้เวลากี่วันคะ"),   // express shipping, not "urgent"
        ("th", "จัดส่งแบบด่วนราคาเท่าไหร่"),
        ("zh", "您好，麻烦告诉我退货要多少天？"),   // "could you please", holding 烦 (annoyed)
        ("en", "Lovely weather again. How much is express delivery?"),   // small talk, not irony
        ("ms", "Tolong isikan jawapan di bawah ya, senang saya simpan."),   // "please fill in", not "help"
        ("id", "Tolong cek ongkirnya ya kak."),
        // A new customer still learning how ordering works waits for nothing.
        ("es", "Es mi primera compra en línea y todavía no entiendo bien cómo funciona. ¿Puedo pagar en efectivo?"),
        ("de", "Wie lange brennt die Laterne mit einer Akkuladung?"),   // stays lit, no fire
        ("ja", "キャンプ用にランタン買お思てるんやけど、雨でも使えるん？"),   // Kansai "but", no burn
    ])
    func plainQuestionsAreCalm(_ language: String, _ text: String) {
        let r = detector.read(text, language: language)
        #expect(r.label == .calm, "\(text): \(r)")
        #expect(r.threats.isEmpty)
    }

    /// A worry about coming in time is a question of delivery times; the same worry about anything
    /// else, or in a sentence of its own, is still distress.
    @Test(arguments: [
        ("en", "My husband's birthday is on the 10th and I'm worried it won't arrive in time. How fast is express?"),
        ("id", "Kalau pakai ekspres berapa hari sampainya? Takut nggak keburu 😅"),
        ("de", "Ich habe etwas Sorge, dass es nicht rechtzeitig ankommt – wie lange dauert Express?"),
        ("vi", "Mình sợ không kịp sinh nhật, giao nhanh mất mấy ngày?"),
        ("ja", "誕生日に間に合うか心配です。"),
        ("th", "กลัวส่งไม่ทันวันเกิดค่ะ"),
        ("zh", "担心来不及，快递要几天？"),
    ])
    func aWorryAboutComingInTimeIsCalm(_ language: String, _ text: String) {
        let r = detector.read(text, language: language)
        #expect(r.label == .calm, "\(text): \(r)")
        #expect(r.cues.contains { $0.hasPrefix("in time:") }, "\(text): \(r)")
    }

    /// A worry about buying the wrong thing is a customer choosing before an order (written fresh,
    /// not round 29's messages); a worry with nothing to choose is still distress.
    @Test(arguments: [
        ("en", "Is the cup big enough for two smoothies? I'm afraid it's too small."),
        ("id", "Mau tanya ukuran timbangannya, Kak, saya takut salah beli."),
        ("vi", "Cốc chứa được bao nhiêu ml? Mình sợ nhỏ quá."),
        ("de", "Ich mache mir Sorgen wegen eines Fehlkaufs: Wie viel wiegt die Waage höchstens?"),
        ("zh", "我很担心买错，这款灯能防雨吗？"),
    ])
    func aWorryAboutWhatToBuyIsCalm(_ language: String, _ text: String) {
        let r = detector.read(text, language: language)
        #expect(r.label == .calm, "\(text): \(r)")
        #expect(r.cues.contains { $0.hasPrefix("choosing:") }, "\(text): \(r)")
    }

    @Test func aWorryWithNothingToChooseIsStillDistress() {
        #expect(detector.read("Saya takut, timbangannya panas sekali dan keluar asap.", language: "id").label == .distressed)
        #expect(detector.read("Em sợ lắm, đèn bốc khói.", language: "vi").label == .distressed)
        #expect(detector.read("Hilfe, das Ladekabel brennt!", language: "de").label == .distressed)
        #expect(detector.read("充電中に本体を触ってやけどしました。", language: "ja").label == .distressed)
        // A wrong item sent is no choice of the customer's.
        #expect(detector.read("I'm really worried, you sent me the wrong one and the trip is tomorrow.", language: "en").label == .distressed)
    }

    @Test(arguments: [
        ("en", "I'm worried, the lantern started smoking. Will a new one arrive in time?"),
        ("en", "I'm really scared. Will my refund come in time for rent?"),
        ("id", "Saya takut, lampunya keluar asap."),
    ])
    func aWorryAboutAnythingElseIsStillDistress(_ language: String, _ text: String) {
        #expect(detector.read(text, language: language).label == .distressed, "\(text)")
    }

    /// Not knowing what to do is distress when it is said of now, not of a moment the customer tells
    /// of and is past ("it froze last night and I had no idea what to do; it came back on its own").
    @Test func notKnowingWhatToDoIsDistressOfNowNotOfThePast() {
        #expect(detector.read("The lantern froze and I have no idea what to do.", language: "en").label == .distressed)
        #expect(detector.read("I've no idea what to do now, my order never came.", language: "en").label == .distressed)
        let past = detector.read("My lantern froze last night and I had no idea what to do. It came back on its own this morning.", language: "en")
        #expect(past.label != .distressed, "\(past)")
    }

    /// Still waiting for the parcel is waiting, in the same words that say a new customer still has
    /// to learn how ordering works.
    @Test func stillWaitingIsNotStillLearning() {
        #expect(detector.read("Todavía no llega mi pedido y no entiendo qué pasa.", language: "es").label.isUpset)
    }

    /// "Tolong" alone asks politely; "tolong saya" asks for help.
    @Test func helpMeIsNoPoliteRequest() {
        #expect(detector.read("Tolong saya, duit dah ditolak tapi pesanan tak ada.", language: "ms").label.isUpset)
        #expect(detector.read("Tolong saya, saldo sudah terpotong tapi pesanan tidak ada.", language: "id").label.isUpset)
    }

    @Test(arguments: [
        ("en", "I'm not happy with how long this is taking"),
        ("de", "Ich bin mit dem Service nicht zufrieden."),
        ("fr", "Je ne suis pas satisfait de la livraison."),
        ("zh", "我对这次的服务很不满意"),
        ("th", "ไม่พอใจกับการจัดส่งเลยค่ะ"),
    ])
    func negatedSatisfactionIsFrustration(_ language: String, _ text: String) {
        let r = detector.read(text, language: language)
        #expect(r.label == .frustrated, "\(text): \(r)")
        #expect(r.cues.contains { $0.hasPrefix("negated:") })
    }

    @Test func waitingUntilWhenIsFrustration() {
        #expect(detector.read("いつまで待てばいいんですか。", language: "ja").label == .frustrated)
    }

    /// Dutch "weer" is "again" in a complaint ("weer niks ontvangen") and also "full again" or the
    /// weather: only its complaining uses count.
    @Test func dutchWeerCountsOnlyInAComplaint() {
        let calm = detector.read("hoelang duurt het voordat de lamp weer helemaal vol is? thx alvast!!", language: "nl")
        #expect(calm.label == .calm, "\(calm)")
        let again = detector.read("Ik heb weer niks ontvangen!!", language: "nl")
        #expect(again.label.isUpset && again.cues.contains("repeat: weer niks"), "\(again)")
    }

    @Test func negatedComplaintsDoNotCount() {
        #expect(detector.read("I'm not angry, I'm just asking when it ships.", language: "en").label == .calm)
        #expect(detector.read("I'm not complaining, just curious about the tracking.", language: "en").label == .calm)
    }

    @Test func intensifiersAndDiminishersScaleTheReading() {
        let plain = detector.read("I am annoyed about the delay.", language: "en")
        let strong = detector.read("I am extremely annoyed about the delay.", language: "en")
        let mild = detector.read("I am slightly annoyed about the delay.", language: "en")
        #expect(plain.label == .frustrated && strong.label == .frustrated)
        #expect(strong.score > plain.score)
        #expect(mild.label == .calm || mild.score < plain.score)
        #expect(strong.cues.contains("intensifier: extremely"))
        let worried = detector.read("Estoy muy preocupada por el pedido", language: "es")
        #expect(worried.label == .distressed && worried.cues.contains("intensifier: muy"))
    }

    @Test func shoutingIsAnger() {
        let r = detector.read("WHERE IS MY PARCEL!!! I PAID TWO WEEKS AGO", language: "en")
        #expect(r.label == .angry, "\(r)")
        #expect(r.cues.contains { $0.hasPrefix("exclamations:") } && r.cues.contains { $0.hasPrefix("capitals:") })
        // Carrier names and acronyms in capitals are not shouting.
        #expect(detector.read("Is DHL or UPS used for COD orders?", language: "en").label == .calm)
        // Nor is such a name declined: Polish "BLIKIEM" is "by BLIK".
        let declined = detector.read("Zastanawiam się, czy zapłacić BLIKIEM, czy kartą. Jeśli się nie uda, czy mogę spróbować ponownie?", language: "pl")
        #expect(declined.label == .calm && !declined.cues.contains { $0.hasPrefix("capitals:") }, "\(declined)")
        // Nor is a polite message typed in capitals throughout, without a run of exclamation marks.
        let typed = detector.read("MAGANDANG ARAW PO! MAGKANO PO ANG SHIPPING? SALAMAT PO.", language: "fil")
        #expect(typed.label == .calm && !typed.cues.contains { $0.hasPrefix("capitals:") }, "\(typed)")
    }

    /// Capitals that head a line — a heading of a few words above more lines, a label or a
    /// speaker's name before a colon, a parenthesis or a dash — are a layout, not a raised voice.
    @Test func headingsAndLabelsInCapitalsAreNoShouting() {
        let form = "Hello, I wrote my questions as a packing list.\n\nPACKING LIST\n- WHO (person): me and my brother\n"
            + "GEAR CHECK – lantern\nBATTERY: how long does a full charge take?\nThanks!"
        let calm = detector.read(form, language: "en")
        #expect(calm.label == .calm && !calm.cues.contains { $0.hasPrefix("capitals:") }, "\(calm)")
        // A question or a longer line in capitals still shouts, at the line's start or not.
        for shout in ["WHERE IS MY ORDER? I paid two weeks ago and nothing arrived.",
                      "WHERE IS MY ORDER: I paid two weeks ago.\nPlease answer.",
                      "I WANT MY MONEY BACK RIGHT NOW\nThe order never arrived."] {
            #expect(detector.read(shout, language: "en").cues.contains { $0.hasPrefix("capitals:") }, "\(shout)")
        }
        #expect(Typography.withoutHeadings("ACTE I, SCÈNE 1\nUne tente.") == "               \nUne tente.")
        #expect(Typography.withoutHeadings("NOT HAPPY") == "NOT HAPPY")
    }

    @Test func distressAndConfusion() {
        #expect(detector.read("I'm really worried, I can't afford to lose this money.", language: "en").label == .distressed)
        #expect(detector.read("Ich habe Angst, dass das Geschenk nicht rechtzeitig ankommt, ich bin verzweifelt.", language: "de").label == .distressed)
        #expect(detector.read("I don't understand the tracking page, what does this mean?", language: "en").label == .confused)
        #expect(detector.read("Saya bingung, kenapa statusnya begitu?", language: "id").label == .confused)
    }

    /// "ด่วน" (urgent) outside a shipping service's name still reads as upset.
    @Test func urgencyOutsideAServicesNameStillCounts() {
        #expect(detector.read("ต้องการของด่วน ของยังไม่มาเลย", language: "th").cues.contains("distress: ด่วน"))
        #expect(!detector.read("ส่งด่วนใช้เวลากี่วันคะ", language: "th").cues.contains("distress: ด่วน"))
    }

    /// "太麻烦了" (too much hassle) is annoyed, though "麻烦您" (could you please) is not.
    @Test func aHassleIsFrustrationButAPoliteRequestIsNot() {
        #expect(detector.read("退货流程太麻烦了", language: "zh").cues.contains("frustration: 太麻烦"))
        #expect(detector.read("麻烦您帮我查一下", language: "zh").cues.isEmpty)
    }

    @Test func calmingWordsTakeTheEdgeOff() {
        #expect(detector.read("No rush at all, but is my order on its way?", language: "en").label == .calm)
        #expect(detector.read("Keine Eile, aber ist mein Paket schon unterwegs?", language: "de").label == .calm)
    }

    @Test func repeatedContactRaisesFrustration() {
        let r = detector.read("This is the third time I'm asking about my refund.", language: "en")
        #expect(r.label.isUpset, "\(r)")
        #expect(r.cues.contains("repeat: third time"))
        let earlier = ["Where is my order MG10000002? This is ridiculous!!", "Hello??"]
        let again = detector.read("Where is my order MG10000002?", language: "en", earlierTurns: earlier)
        let fresh = detector.read("Where is my order MG10000002?", language: "en")
        #expect(fresh.label == .calm)
        #expect(again.label.isUpset, "\(again)")
        #expect(again.cues.contains("repeat: same message as before"))
    }

    @Test(arguments: [
        ("en", "If this isn't fixed I'll file a chargeback with my card company.", Threat.Kind.chargeback),
        ("de", "Ich werde die Zahlung per Rückbuchung zurückholen.", .chargeback),
        ("fr", "Je vais contacter un avocat.", .legal),
        ("es", "Voy a poner una queja en la OCU.", .consumerAuthority),
        ("it", "Lascerò una recensione negativa su Trustpilot.", .publicReview),
        ("nl", "Ik stap naar de Consumentenbond.", .consumerAuthority),
        ("pl", "Pójdę z tym do sądu.", .legal),
        ("ja", "弁護士に相談するつもりです。", .legal),
        ("zh", "不解决我就给差评。", .publicReview),
        ("th", "ถ้าไม่คืนเงินจะฟ้องร้องนะคะ", .legal),
        ("vi", "Tôi sẽ kiện shop ra tòa án.", .legal),
        ("id", "Saya bakal lapor ke YLKI kalau begini terus.", .consumerAuthority),
        ("ms", "Saya akan bawa perkara ini ke mahkamah.", .legal),
        ("fil", "Kakasuhan ko kayo kapag hindi naibalik ang pera ko.", .legal),
        ("fil", "Magsasampa ako ng kaso kung hindi ninyo ibabalik ang pera ko.", .legal),
    ])
    func threatsInEveryKBLanguage(_ language: String, _ text: String, _ kind: Threat.Kind) {
        let r = detector.read(text, language: language)
        #expect(r.threats.map(\.kind).contains(kind), "\(language): \(text) → \(r.threats)")
    }

    @Test func noThreatInPlainPaymentQuestions() {
        #expect(detector.read("My bank declined the payment, what can I do?", language: "en").threats.isEmpty)
        #expect(detector.read("Kann ich per Überweisung von meiner Bank bezahlen?", language: "de").threats.isEmpty)
        #expect(detector.read("Bisa bayar lewat transfer bank?", language: "id").threats.isEmpty)
        // Filipino "kaso" is mostly "but" in speech; a lawsuit is "ng kaso", "kasong …".
        #expect(detector.read("Gusto ko sanang umorder kaso wala akong card, pwede po COD?", language: "fil").threats.isEmpty)
        // Romanised Thai "sue" is "buy"; the English threat names whom it sues.
        #expect(detector.read("Chan ja sue lampu hai phor ka, tha jai plai thang dai mai ka?", language: "fil").threats.isEmpty)
        #expect(detector.read("Refund me or I will sue you.", language: "en").threats.map(\.kind) == [.legal])
    }

    @Test(arguments: [
        ("en", "can i talk to a real person pls"), ("de", "Bitte verbinden Sie mich mit einem Mitarbeiter."),
        ("fr", "Je veux parler à un conseiller."), ("es", "Quiero hablar con un asesor."),
        ("ja", "担当者と話したいです。"), ("zh", "转人工"), ("th", "ขอคุยกับเจ้าหน้าที่ค่ะ"), ("pl", "Poproszę o kontakt z konsultantem."),
        ("id", "Mau ngobrol sama manusia aja, bukan bot"), ("vi", "Cho mình gặp nhân viên tư vấn"),
    ])
    func requestsForAHuman(_ language: String, _ text: String) {
        #expect(detector.asksForHuman(text, language: language), "\(language): \(text)")
    }

    @Test func notRequestsForAHuman() {
        #expect(!detector.asksForHuman("Where is my order?", language: "en"))
        #expect(!detector.asksForHuman("I don't need a human, just tell me the tracking number.", language: "en"))
        #expect(!detector.asksForHuman("A person at the door asked me to pay customs.", language: "en"))
        // The writer's own job title holds "manager"; asking for one still asks.
        #expect(!detector.asksForHuman("Kind regards,\nSam Okafor\nOffice Manager", language: "en"))
        #expect(detector.asksForHuman("Let me speak to a manager.", language: "en"))
    }

    @Test func everyKBLanguageHasALexicon() {
        let kb = Set(UnderstandingFixture.content.kbLanguages)
        #expect(kb.isSubset(of: Set(detector.lexiconLanguages)), "missing: \(kb.subtracting(detector.lexiconLanguages))")
    }
}
