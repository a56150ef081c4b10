import AnswerEngine
import Testing

/// Frustration without shouting (issue 11, item 3): a customer who says this is their third
/// contact, irony beside a complaint, disappointment — and calm customers who say "again" or
/// "problem" innocently. Messages written for these tests.
@Suite struct UnderstandingRepeatedContactTests {
    let detector = UnderstandingFixture.detector

    @Test(arguments: [
        ("en", "This is the third time I'm writing about my order."),
        ("en", "I've already written twice and nobody got back to me."),
        ("de", "Ich melde mich jetzt zum dritten Mal wegen der Bestellung."),
        ("fr", "C'est la troisième fois que je vous contacte."),
        ("es", "Ya os he escrito dos veces por lo mismo."),
        ("it", "È la terza volta che chiedo del mio ordine."),
        ("nl", "Dit is al de derde keer dat ik mail."),
        ("pl", "Piszę po raz trzeci w tej sprawie."),
        ("pt", "É a terceira vez que pergunto pela encomenda."),
        ("sv", "Det är tredje gången jag skriver om ordern."),
        ("nb", "Dette er tredje gang jeg skriver om bestillingen."),
        ("da", "Det er tredje gang jeg skriver om ordren."),
        ("fi", "Kirjoitan jo kolmannen kerran tilauksesta."),
        ("ja", "問い合わせはこれで三回目です。"),
        ("zh", "这是我第三次问这个订单了。"),
        ("th", "ถามเป็นครั้งที่สามแล้วค่ะ"),
        ("vi", "Đây là lần thứ ba tôi hỏi về đơn hàng."),
        ("id", "Ini sudah ketiga kalinya saya tanya."),
        ("ms", "Ini kali ketiga saya tanya pasal pesanan."),
        ("fil", "Pangatlong beses ko na pong tinatanong ito."),
        ("ko", "주문 건으로 세 번째 문의입니다."),
    ])
    func aStatedThirdContactIsReportedAndUpset(_ language: String, _ text: String) {
        let r = detector.read(text, language: language)
        #expect(r.repeatedContact != nil, "\(language): \(text): \(r)")
        #expect(r.label.isUpset, "\(language): \(text): \(r)")
    }

    @Test(arguments: [
        ("en", "Can I order the lantern again in red?"),
        ("en", "No problem at all, I just have a question about returns."),
        ("en", "I tried the reset again and it works now, thanks!"),
        ("en", "How many times can I recharge the battery?"),
        ("de", "Kein Problem, ich frage nur nochmal wegen der Rechnung."),
        ("fr", "Pas de souci, encore une question sur la livraison."),
        ("es", "Quiero volver a pedir la lámpara otra vez."),
        ("nl", "Geen probleem, ik wil nog een keer bestellen."),
        ("id", "Gak masalah kak, mau tanya lagi soal retur."),
    ])
    func innocentAgainOrProblemStaysCalm(_ language: String, _ text: String) {
        let r = detector.read(text, language: language)
        #expect(r.label == .calm, "\(language): \(text): \(r)")
        #expect(r.repeatedContact == nil)
    }

    @Test func ironyNeedsAComplaintBesideIt() {
        let praise = detector.read("Great service, thank you so much!", language: "en")
        #expect(praise.label == .calm, "\(praise)")
        let irony = detector.read("Great service. Still nothing, again.", language: "en")
        #expect(irony.label.isUpset, "\(irony)")
        #expect(irony.cues.contains("irony: great service"))
        let german = detector.read("Na toll. Immer noch keine Rückmeldung.", language: "de")
        #expect(german.label.isUpset && german.cues.contains("irony: na toll"), "\(german)")
        #expect(detector.read("Super Service, danke!", language: "de").label == .calm)
    }

    @Test(arguments: [
        ("en", "Honestly a bit let down, I expected better."),
        ("es", "Nadie responde a mis correos."),
        ("fr", "Toujours rien, et personne ne répond."),
        ("it", "Sono delusa, nessuno risponde."),
        ("pl", "Nikt nie odpowiada na moje wiadomości."),
        ("ja", "まだ届かないし、がっかりです。"),
        ("vi", "Thất vọng quá, không ai trả lời."),
    ])
    func disappointmentAndSilenceAreUpset(_ language: String, _ text: String) {
        let r = detector.read(text, language: language)
        #expect(r.label.isUpset, "\(language): \(text): \(r)")
    }
}

/// A customer still waiting for something under way (`EmotionReading.awaiting`): the intent step
/// reads it, so "still no refund" is about their refund, not the refund policy. Messages written
/// for these tests.
@Suite struct UnderstandingAwaitingTests {
    let detector = UnderstandingFixture.detector

    @Test(arguments: [
        ("en", "Still no sign of my money for the returned kettle."),
        ("de", "Immer noch keine Gutschrift für die Rücksendung."),
        ("es", "Sigo esperando el reembolso de la devolución."),
        ("fr", "Toujours rien reçu pour mon retour."),
        ("it", "Ancora nessun rimborso per il reso."),
        ("nl", "Nog steeds geen geld terug voor mijn retour."),
        ("pl", "Nadal czekam na zwrot pieniędzy."),
        ("vi", "Vẫn chưa nhận được tiền hoàn."),
        ("id", "Masih belum ada refund dari retur kemarin."),
        ("ja", "返金がまだ届かないのですが。"),
        ("zh", "退款还没到账。"),
        ("th", "ยังไม่ได้รับเงินคืนเลยค่ะ"),
    ])
    func stillWaitingIsRead(_ language: String, _ text: String) {
        #expect(detector.read(text, language: language).awaiting != nil, "\(language): \(text)")
    }

    @Test(arguments: [
        ("en", "How long does a refund take once you have my return?"),
        ("de", "Wann bekomme ich mein Geld zurück, wenn ich etwas zurückschicke?"),
        ("es", "¿En cuánto tiempo me reembolsan cuando reciban la devolución?"),
    ])
    func aPolicyQuestionWaitsForNothing(_ language: String, _ text: String) {
        #expect(detector.read(text, language: language).awaiting == nil, "\(language): \(text)")
    }
}
