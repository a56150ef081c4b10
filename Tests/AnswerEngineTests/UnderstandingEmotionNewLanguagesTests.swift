import AnswerEngine
import Testing

/// The lexicons of Norwegian Bokmål, Swedish, Danish, Finnish, Korean and Portuguese, on messages
/// written for these tests: upset customers read as upset, everyday questions that say "problem"
/// or "again" read as calm, requests for a person and threats are recognised.
@Suite struct UnderstandingEmotionNewLanguagesTests {
    let detector = UnderstandingFixture.detector

    @Test(arguments: [
        ("nb", "Jeg er skikkelig forbanna, pakken skulle vært her for to uker siden."),
        ("nb", "Nå har jeg fått nok. Tredje gang jeg skriver om den samme ordren!"),
        ("nb", "Fortsatt ingen svar på e-posten min fra forrige uke. Veldig skuffet."),
        ("nb", "Dette er latterlig dårlig kundeservice, ingen tar telefonen."),
        ("nb", "Jeg er så lei av å vente på refusjonen min."),
        ("nb", "Jakka kom med ødelagt glidelås og jeg er ærlig talt irritert."),
        ("sv", "Jag är så förbannad, paketet har varit försenat i tre veckor nu!"),
        ("sv", "Det här är tredje gången jag skriver och fortfarande inget svar."),
        ("sv", "Helt oacceptabelt att ingen svarar i telefon."),
        ("sv", "Jag är väldigt besviken på er kundtjänst."),
        ("sv", "Nu räcker det, jag har väntat på min återbetalning i en månad."),
        ("da", "Jeg er virkelig vred, ordren skulle være leveret i sidste uge."),
        ("da", "Det er tredje gang jeg skriver, og jeg har stadig ikke fået svar."),
        ("da", "Elendig service, ingen svarer på mine mails."),
        ("da", "Jeg er dybt skuffet over jer."),
        ("da", "Nu har jeg fået nok, det her er helt uacceptabelt!"),
        ("fi", "Olen todella vihainen, paketti on ollut myöhässä kolme viikkoa."),
        ("fi", "Kirjoitan jo kolmatta kertaa, eikä kukaan vastaa!"),
        ("fi", "Tämä on aivan naurettavaa palvelua."),
        ("fi", "Olen erittäin pettynyt, tilaus ei ole vieläkään tullut."),
        ("fi", "Nyt riittää, odotan edelleen rahojani takaisin."),
        ("ko", "주문한 지 3주가 지났는데 아직도 안 왔어요. 정말 화가 나네요."),
        ("ko", "벌써 세 번째 문의하는 건데 아무도 답을 안 주네요."),
        ("ko", "이게 말이 됩니까? 완전 최악이네요."),
        ("ko", "배송이 너무 늦어서 진짜 짜증나요"),
        ("ko", "상품이 불량인데 연락도 없고 정말 실망했습니다."),
        ("ko", "아직 안 와서 화나요"),
        ("pt", "Estou revoltado, a encomenda devia ter chegado há duas semanas!"),
        ("pt", "É a terceira vez que escrevo e até agora nada."),
        ("pt", "Atendimento péssimo, ninguém responde aos meus e-mails."),
        ("pt", "Estou muito decepcionada com a loja."),
        ("pt", "Isso é um absurdo, paguei e não recebi nada!"),
        ("pt", "Tô puto, ninguém atende o telefone nessa loja."),
    ])
    func upsetCustomersReadAsUpset(_ language: String, _ text: String) {
        let r = detector.read(text, language: language)
        #expect(r.label == .angry || r.label == .frustrated, "\(language): \(text) → \(r)")
    }

    @Test(arguments: [
        ("nb", "Hei! Jeg har et lite problem med innloggingen på nettsiden, kan dere hjelpe meg?"),
        ("nb", "Kan jeg bestille den samme soveposen igjen i en annen farge?"),
        ("nb", "Ikke noe problem om det tar et par dager, jeg lurer bare på når pakken kommer."),
        ("nb", "Er det noe problem å returnere skoene hvis de er for små?"),
        ("nb", "Jeg prøvde å betale på nytt, men kortet ble avvist. Hva gjør jeg nå?"),
        ("sv", "Hej, jag har ett problem med att logga in på mitt konto."),
        ("sv", "Kan jag beställa samma jacka igen fast i storlek M?"),
        ("sv", "Inget problem om det dröjer lite, jag undrar bara när den skickas."),
        ("sv", "Är det något problem att returnera en öppnad förpackning?"),
        ("sv", "Jag försökte betala igen men det gick inte. Finns det andra betalsätt?"),
        ("da", "Hej, jeg har et problem med at logge ind på min konto."),
        ("da", "Kan jeg bestille den samme lampe igen?"),
        ("da", "Intet problem hvis det tager et par dage, jeg er bare nysgerrig på leveringstiden."),
        ("da", "Er der noget problem i at returnere en vare uden emballage?"),
        ("da", "Jeg prøvede at betale igen, men det virkede ikke. Hvad kan jeg gøre?"),
        ("fi", "Hei, minulla on ongelma kirjautumisen kanssa. Voitteko auttaa?"),
        ("fi", "Voinko tilata saman takin uudelleen eri koossa?"),
        ("fi", "Ei kiirettä, kysyn vain milloin paketti lähtee."),
        ("fi", "Onko ongelma, jos palautan tuotteen ilman alkuperäistä pakkausta?"),
        ("fi", "Yritin maksaa uudestaan, mutta kortti ei käynyt. Mitä muita maksutapoja on?"),
        ("ko", "안녕하세요, 로그인에 문제가 있어서 문의드립니다."),
        ("ko", "같은 색상으로 다시 주문할 수 있을까요?"),
        ("ko", "급한 건 아니고 배송이 언제쯤 시작되는지 궁금해요."),
        ("ko", "반품할 때 포장이 없어도 문제없나요?"),
        ("ko", "결제가 안 돼서 다시 시도해 봐도 될까요?"),
        ("ko", "화요일에 화장품을 사기 전에 5만원 이상 무료배송인지 알고 싶어요."),
        ("pt", "Olá, tenho um problema para entrar na minha conta, podem ajudar?"),
        ("pt", "Posso encomendar o mesmo casaco de novo noutra cor?"),
        ("pt", "Sem pressa, só queria saber quando o pedido vai ser enviado."),
        ("pt", "Há algum problema em devolver o produto sem a caixa original?"),
        ("pt", "Tentei pagar novamente mas o cartão foi recusado. Que outras formas de pagamento existem?"),
        ("pt", "Acho que estou enganado no tamanho, posso trocar?"),
    ])
    func everydayQuestionsAreCalm(_ language: String, _ text: String) {
        let r = detector.read(text, language: language)
        #expect(r.label == .calm, "\(language): \(text) → \(r)")
        #expect(r.threats.isEmpty, "\(language): \(text) → \(r.threats)")
        #expect(!r.asksForHuman, "\(language): \(text)")
    }

    @Test(arguments: [
        ("nb", "Kan jeg få snakke med et menneske, ikke en robot?"),
        ("sv", "Jag vill prata med en riktig människa, inte en bot."),
        ("da", "Må jeg tale med et rigtigt menneske?"),
        ("fi", "Haluan puhua oikean ihmisen kanssa, en botin."),
        ("ko", "챗봇 말고 상담원이랑 통화하고 싶어요"),
        ("ko", "담당자 연결해 주세요"),
        ("pt", "Quero falar com um atendente, por favor."),
        ("pt", "Posso falar com uma pessoa de verdade?"),
    ])
    func requestsForAHuman(_ language: String, _ text: String) {
        #expect(detector.asksForHuman(text, language: language), "\(language): \(text)")
    }

    @Test(arguments: [
        ("nb", "Får jeg ikke pengene tilbake innen fredag, går jeg til Forbrukerrådet.", Threat.Kind.consumerAuthority),
        ("nb", "Jeg kommer til å kontakte advokat om dette.", .legal),
        ("sv", "Om jag inte får pengarna tillbaka anmäler jag er till Konsumentverket.", .consumerAuthority),
        ("sv", "Jag tänker bestrida köpet hos min bank.", .chargeback),
        ("da", "Hvis I ikke refunderer beløbet, klager jeg til Forbrugerklagenævnet.", .consumerAuthority),
        ("da", "Jeg overvejer at kontakte min advokat.", .legal),
        ("fi", "Jos en saa rahojani takaisin, vien asian kuluttajariitalautakuntaan.", .consumerAuthority),
        ("fi", "Otan yhteyttä asianajajaan.", .legal),
        ("ko", "환불 안 해주시면 한국소비자원에 신고하겠습니다.", .consumerAuthority),
        ("ko", "변호사와 상의해서 소송하겠습니다.", .legal),
        ("ko", "카드사에 이의제기 할게요.", .chargeback),
        ("pt", "Se não resolverem, vou reclamar no Procon.", .consumerAuthority),
        ("pt", "Vou deixar uma avaliação negativa no Reclame Aqui.", .publicReview),
        ("pt", "Vou entrar na justiça contra a loja.", .legal),
        ("pt", "Se não devolverem o dinheiro vou escrever no livro de reclamações.", .consumerAuthority),
    ])
    func threats(_ language: String, _ text: String, _ kind: Threat.Kind) {
        let r = detector.read(text, language: language)
        #expect(r.threats.map(\.kind).contains(kind), "\(language): \(text) → \(r.threats)")
    }

    @Test func noThreatInPlainPaymentQuestions() {
        for (language, text) in [
            ("nb", "Kan jeg betale med kort fra banken min?"),
            ("sv", "Min bank säger att betalningen gick igenom, har ni fått den?"),
            ("da", "Kan jeg betale via min bank med MobilePay?"),
            ("ko", "카드사에 문의했더니 결제는 승인됐다고 하네요."),
            ("pt", "Vou ao banco pagar o boleto amanhã, tudo bem?"),
        ] {
            #expect(detector.read(text, language: language).threats.isEmpty, "\(language): \(text)")
        }
    }

    /// Vietnamese "kiện" sues, but not as part of "điều kiện" (condition) or "kiện hàng" (parcel).
    @Test func aVietnameseWordHoldingTheWordForSueThreatensNothing() {
        for text in ["Điều kiện đổi trả hàng là gì ạ?",
                     "Nếu kiện hàng bị giữ lại ở hải quan thì thường mất bao lâu mới được thông quan ạ?",
                     "Bưu kiện của em có phụ kiện sạc không ạ?"] {
            #expect(detector.read(text, language: "vi").threats.isEmpty, "\(text)")
        }
        #expect(detector.read("Nếu không hoàn tiền, tôi sẽ kiện shop.", language: "vi").threats.map(\.kind) == [.legal])
    }

    /// Korean negates with the next word; a negator before a word belongs to the clause before it.
    @Test func koreanNegationFollowsTheWord() {
        let notSatisfied = detector.read("서비스에 만족하지 않아요", language: "ko")
        #expect(notSatisfied.label == .frustrated, "\(notSatisfied)")
        #expect(notSatisfied.cues.contains { $0.hasPrefix("negated:") })
        #expect(detector.read("화가 나지는 않지만 배송 일정이 궁금해요", language: "ko").label == .calm)
        #expect(detector.read("오지 않아서 정말 화가 나요", language: "ko").label == .angry)
    }

    @Test func norwegianCodesUseTheBokmalLexicon() {
        let text = "Jeg er skikkelig forbanna"
        #expect(detector.read(text, language: "no").label == .angry)
        #expect(detector.read(text, language: "nb-NO").label == .angry)
        #expect(detector.read("Estou revoltado com isto", language: "pt-BR").label == .angry)
    }

    @Test(arguments: [
        "Sporingsnummeret er 370123456789, men siden sier ingenting.",
        "Mitt spårningsnummer är 370123456789.",
        "Forsendelsesnummer 370123456789 er ikke opdateret.",
        "Seurantanumero on 370123456789.",
        "운송장 번호 370123456789 조회가 안 돼요.",
        "O código de rastreio 370123456789 não funciona.",
    ])
    func trackingWordsMakeALongNumberATrackingNumber(_ text: String) {
        let e = UnderstandingFixture.extractor.extract(text)
        #expect(e.trackingNumbers.map(\.number) == ["370123456789"], "\(text): \(e.trackingNumbers)")
    }
}
