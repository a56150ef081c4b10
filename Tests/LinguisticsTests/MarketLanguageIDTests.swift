import Support
import Testing
@testable import Linguistics

/// Language identification for a store that sells in the Nordic countries, Korea and Portugal:
/// languages kbkit has no phrases for, two of which (Norwegian, Danish) are a breath away from
/// Swedish. The messages were written for this test (not taken from any benchmark).
@Suite struct MarketLanguageIDTests {
    /// The identifier such a workspace builds: its market languages on top of the core ones.
    let identifier = LanguageIdentifier(languages: ["nb", "sv", "da", "fi", "ko", "pt"])

    static let norwegian = [
        "Hei, jeg har ikke mottatt pakken min ennå. Ordrenummeret er 4471.",
        "Hvor lenge tar leveringen til Tromsø?",
        "Jeg vil gjerne returnere skoene, de er for små.",
        "Kan dere sjekke hvor bestillingen min er? Den skulle kommet i går.",
        "Jeg har blitt trukket to ganger for samme ordre.",
        "Hvordan får jeg pengene tilbake?",
        "Pakken kom ødelagt, hva gjør jeg nå?",
        "Takk for hjelpen!",
        "Jeg lurer på om jeg kan bytte til en større størrelse.",
        "Hvorfor er bestillingen min fortsatt ikke sendt?",
        "Jeg ønsker å snakke med et menneske, vennligst.",
        "Kan jeg avbestille ordren før den blir sendt?",
    ]
    static let swedish = [
        "Hej, jag har inte fått mitt paket än.",
        "Hur lång tid tar leveransen till Göteborg?",
        "Jag vill returnera skorna, de är för små.",
        "Kan ni kolla var min beställning är? Den skulle ha kommit igår.",
        "Jag har blivit debiterad två gånger för samma order.",
        "Hur får jag tillbaka mina pengar?",
        "Paketet kom trasigt, vad ska jag göra nu?",
        "Tack för hjälpen!",
        "Går det att byta till en större storlek?",
        "Varför har min beställning fortfarande inte skickats?",
        "Jag vill prata med en riktig människa, tack.",
        "Kan jag avbeställa ordern innan den skickas?",
    ]
    static let danish = [
        "Hej, jeg har ikke modtaget min pakke endnu.",
        "Hvor lang tid tager leveringen til Aarhus?",
        "Jeg vil gerne returnere skoene, de er for små.",
        "Kan I tjekke, hvor min bestilling er? Den skulle være kommet i går.",
        "Jeg er blevet trukket to gange for den samme ordre.",
        "Hvordan får jeg mine penge tilbage?",
        "Pakken kom i stykker, hvad skal jeg gøre nu?",
        "Tak for hjælpen!",
        "Må jeg bytte til en større størrelse? Den er desværre for lille.",
        "Hvorfor er min bestilling stadig ikke sendt?",
        "Jeg vil gerne tale med en medarbejder.",
        "Hvornår kommer min pakke?",
    ]
    static let finnish = [
        "Hei, tilaukseni ei ole vieläkään saapunut.",
        "Kuinka kauan toimitus kestää Ouluun?",
        "Haluan palauttaa kengät, ne ovat liian pienet.",
        "Voitteko tarkistaa, missä tilaukseni on?",
        "Minulta on veloitettu kahdesti samasta tilauksesta.",
        "Miten saan rahani takaisin?",
        "Paketti tuli rikki, mitä teen nyt?",
        "Kiitos avusta!",
        "Voinko vaihtaa isompaan kokoon?",
        "Miksi tilaustani ei ole vielä lähetetty?",
        "Haluan puhua ihmisen kanssa.",
        "Voinko peruuttaa tilauksen ennen lähetystä?",
    ]
    static let korean = [
        "안녕하세요, 주문한 상품이 아직 도착하지 않았어요.",
        "부산까지 배송은 얼마나 걸리나요?",
        "신발이 너무 작아서 반품하고 싶어요.",
        "제 주문이 어디에 있는지 확인해 주실 수 있나요?",
        "같은 주문에 대해 두 번 결제되었습니다.",
        "환불은 어떻게 받을 수 있나요?",
        "택배 상자가 파손된 채로 왔어요.",
        "도와주셔서 감사합니다!",
        "더 큰 사이즈로 교환할 수 있을까요?",
        "상담원과 통화하고 싶습니다.",
        "주문 취소 가능한가요?",
    ]
    static let portuguese = [
        "Olá, a minha encomenda ainda não chegou.",
        "Quanto tempo demora a entrega para o Porto?",
        "Quero devolver os sapatos, são pequenos demais.",
        "Podem verificar onde está a minha encomenda?",
        "Fui cobrado duas vezes pela mesma encomenda.",
        "Como recebo o meu dinheiro de volta?",
        "A caixa chegou danificada, o que faço agora?",
        "Obrigado pela ajuda!",
        "Posso trocar por um tamanho maior?",
        "Porque é que a minha encomenda ainda não foi enviada?",
        "Quero falar com uma pessoa, por favor.",
        "Posso cancelar a encomenda antes do envio?",
    ]

    static let cases: [(String, [String])] = [
        ("nb", norwegian), ("sv", swedish), ("da", danish), ("fi", finnish), ("ko", korean), ("pt", portuguese),
    ]

    @Test(arguments: cases.flatMap { lang, texts in texts.map { (lang, $0) } })
    func identifiedWithoutAPrior(_ expected: String, _ text: String) {
        let result = identifier.identify(text)
        #expect(result.language == expected, "\(text): \(result.candidates)")
    }

    @Test(arguments: cases.flatMap { lang, texts in texts.map { (lang, $0) } })
    func identifiedWithTheirMarketsPrior(_ expected: String, _ text: String) {
        let result = identifier.identify(text, prior: [expected: 1])
        #expect(result.language == expected, "\(text): \(result.candidates)")
    }

    @Test func norwegianPriorHelpsTheShortestMessages() {
        let prior = ["nb": 1.0, "en": 0.6]
        for text in ["hvor er pakken", "takk", "ordren min", "refusjon"] {
            let result = identifier.identify(text, prior: prior)
            #expect(result.language == "nb", "\(text): \(result.candidates)")
        }
    }

    @Test func nynorskOnlyStoreGetsNorwegianAsNynorsk() {
        let nn = LanguageIdentifier(languages: ["nn"])
        #expect(nn.identify(Self.norwegian[0]).language == "nn")
        #expect(nn.languages.contains("nn") && !nn.languages.contains("nb"))
    }

    @Test func withoutTheMarketNorwegianWordListsStayOff() {
        // A store that does not sell in Norway keeps today's behaviour: Swedish stays Swedish and
        // the Norwegian list does not pull it away.
        let plain = LanguageIdentifier()
        for text in Self.swedish { #expect(plain.identify(text).language == "sv", "\(text)") }
        #expect(!plain.languages.contains("nb"))
    }

    @Test func aLanguageWithoutWordListsIsAnsweredOnCLD2sWord() {
        // Galician: no word list, no letter cues; a Galician market makes CLD2's vote count in full.
        let text = "Ola, aínda non recibín o meu pedido e xa pasaron dúas semanas. Podedes axudarme?"
        let gl = LanguageIdentifier(languages: ["gl"]).identify(text, prior: ["gl": 1])
        #expect(gl.language == "gl", "\(gl.candidates)")
    }

    @Test func workspaceTagsAreNormalised() {
        let id = LanguageIdentifier(languages: ["no", "pt-BR", "FI_fi"])
        #expect(id.languages.isSuperset(of: ["nb", "pt", "fi"]))
        #expect(!id.languages.contains("no"))
    }
}

@Suite struct LanguageTagTests {
    @Test(arguments: [
        ("en", "en"), ("EN", "en"), ("en-US", "en"), ("en_GB", "en"), ("pt-BR", "pt"), ("pt_br", "pt"),
        ("zh-Hans", "zh"), ("zh-Hant", "zh"), ("zh-CN", "zh"), ("zh_TW", "zh"), ("cmn", "zh"),
        ("no", "nb"), ("nb", "nb"), ("nb-NO", "nb"), ("nn", "nn"), ("tl", "fil"), ("fil", "fil"), ("fil-PH", "fil"),
        ("iw", "he"), ("in", "id"), ("jp", "ja"), ("und", "und"),
    ])
    func normalises(_ written: String, _ tag: String) {
        #expect(LanguageTag.normalize(written) == tag)
    }

    @Test(arguments: ["", "e", "english", "12", "ü", "x1"])
    func rejectsWhatIsNoTag(_ written: String) {
        #expect(LanguageTag.normalize(written) == nil)
    }
}
