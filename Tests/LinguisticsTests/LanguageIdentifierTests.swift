import Testing
@testable import Linguistics

@Suite struct LanguageIdentifierTests {
    let identifier = LanguageIdentifier()

    @Test(arguments: LanguageIDSamples.long)
    func longTexts(_ sample: LanguageSample) {
        let result = identifier.identify(sample.text)
        #expect(result.language == sample.language, "\(result.candidates)")
        #expect(result.confidence >= 0.5)
    }

    @Test(arguments: LanguageIDSamples.short)
    func shortTexts(_ sample: LanguageSample) {
        let result = identifier.identify(sample.text)
        #expect(result.language == sample.language, "\(result.candidates)")
    }

    @Test func everyLanguageIsCovered() {
        let langs = Set(LanguageIDSamples.long.map(\.language))
        #expect(langs == ["en", "de", "fr", "es", "it", "nl", "pl", "pt", "ja", "zh", "ko", "th", "vi", "id",
                          "ms", "fil", "ar", "ru", "tr", "hi", "sv", "cs", "ro", "uk"])
        #expect(Set(LanguageIDSamples.short.map(\.language)) == langs)
    }

    // MARK: confusable pairs

    @Test func latinLoanwordsInAnotherScriptDoNotMakeItEnglish() {
        #expect(identifier.identify("สั่ง blender ไปแล้ว อยากได้ tracking number ค่ะ MG10000016").language == "th")
        #expect(identifier.identify("मुझे refund चाहिए, order अभी तक नहीं आया").language == "hi")
        // A word or two of another script in an English sentence stays English.
        #expect(identifier.identify("I love 寿司 and ラーメン, where is my order please?").language == "en")
    }

    /// Japanese typed in Latin letters abroad is Japanese, by its endings and set phrases.
    @Test func japaneseInRomajiIsJapanese() {
        #expect(identifier.identify("Sumimasen, henpin wa nannichi made dekimasu ka?").language == "ja")
        #expect(identifier.identify("Konnichiwa. Nihongo nyuuryoku ga dekinai node romaji de sumimasen. Hoshou kikan wa nan-nen desu ka?").language == "ja")
        // Filipino and Indonesian with words romaji shares stay what they are.
        #expect(identifier.identify("Magkano po ang shipping papuntang Cebu?").language == "fil")
        #expect(identifier.identify("Kak, ongkirnya berapa ya ke Bandung?").language == "id")
    }

    @Test func indonesianVersusMalay() {
        #expect(identifier.identify("Saya mau refund karena barangnya rusak, bisa dibantu?").language == "id")
        #expect(identifier.identify("Saya nak minta bayaran balik sebab barang rosak, boleh tolong?").language == "ms")
        #expect(identifier.identify("Kenapa akaun saya disekat? Saya tak boleh log masuk.").language == "ms")
        #expect(identifier.identify("Kok akun saya diblokir? Saya nggak bisa login.").language == "id")
    }

    @Test func japaneseInKanjiOnlyVersusChinese() {
        #expect(identifier.identify("注文番号").language == "ja")
        #expect(identifier.identify("住所変更").language == "ja")
        #expect(identifier.identify("订单号码").language == "zh")
        #expect(identifier.identify("發票").language == "zh")       // Traditional Chinese
        #expect(identifier.identify("ご注文ありがとうございます").language == "ja")
    }

    /// Kana-less Chinese lines CLD2 reads as Japanese (XED subtitles, dev split): a line longer than
    /// a label with no kana is Chinese.
    @Test func aLongKanaLessLineIsChinese() {
        #expect(identifier.identify("当今之世，太多人是非不分").language == "zh")
        #expect(identifier.identify("- 当然。 - 我非常，非常，非常感激。").language == "zh")
        #expect(identifier.identify("配送状況").language == "ja")
    }

    /// A line in either of two close languages is that language, not "und", though its probability
    /// is split between them.
    @Test(arguments: [("Kenapa?", ["id", "ms"]), ("Sudah!", ["id", "ms"]), ("Claro!", ["es", "pt"])])
    func aLineInEitherOfTwoCloseLanguagesIsNamed(_ text: String, _ either: [String]) {
        let result = identifier.identify(text)
        #expect(either.contains(result.language), "\(result.candidates)")
    }

    /// Hashtags are names run together ("#MasterChefBR"): left out, unless a post has nothing else.
    @Test func hashtagsAreLeftOutUnlessAlone() {
        #expect(LanguageIdentifier.clean("Agora lascou #MasterChefBR") == "Agora lascou")
        #expect(LanguageIdentifier.clean("wow #cool stuff") == "wow stuff")
        #expect(LanguageIdentifier.clean("#so #flauschig", keepingHashtags: true) == "#so #flauschig")
        #expect(identifier.identify("#so #flauschig #und #klein").language == "de")
    }

    @Test func spanishVersusPortuguese() {
        #expect(identifier.identify("¿Dónde está mi pedido? Ya pagué hace una semana.").language == "es")
        #expect(identifier.identify("Onde está o meu pedido? Já paguei há uma semana.").language == "pt")
        #expect(identifier.identify("quiero mi devolución").language == "es")
        #expect(identifier.identify("quero a devolução").language == "pt")
    }

    @Test func russianVersusUkrainian() {
        #expect(identifier.identify("Здравствуйте, где мой заказ? Жду уже неделю.").language == "ru")
        #expect(identifier.identify("Добрий день, де моє замовлення? Чекаю вже тиждень.").language == "uk")
        #expect(identifier.identify("їх немає").language == "uk")
        #expect(identifier.identify("ещё нет").language == "ru")
    }

    @Test func filipinoIsReportedAsFil() {
        // CLD2 says "tl" (or Cebuano); kbkit reports the BCP 47 tag of the PH market's language.
        let result = identifier.identify("Magandang araw po, gusto ko pong ibalik ang produkto dahil sira ito.")
        #expect(result.language == "fil")
        #expect(!result.candidates.contains { $0.language == "tl" || $0.language == "ceb" })
    }

    // MARK: prior

    @Test func marketPriorFlipsAnAmbiguousShortText() {
        let text = "pesanan saya belum sampai"        // good Indonesian and good Malay
        let none = identifier.identify(text)
        let my = identifier.identify(text, prior: ["ms": 1, "en": 0.6, "zh": 0.4])
        let id = identifier.identify(text, prior: ["id": 1, "en": 0.3])
        #expect(my.language == "ms")
        #expect(id.language == "id")
        #expect(none.candidates.prefix(2).map(\.language).sorted() == ["id", "ms"])
    }

    @Test func priorDoesNotOverrideClearEvidence() {
        let result = identifier.identify("Wo ist mein Paket? Ich warte schon seit zwei Wochen.", prior: ["ms": 1, "en": 0.6])
        #expect(result.language == "de")
    }

    // MARK: undetermined

    @Test(arguments: ["asdkjh qwe", "xkcd blorp fnord", "zxcv bnm", "😀😀👍", "12345 678", "", "   ", "!!!???", "hjkl"])
    func undeterminedForGibberishAndSymbols(_ text: String) {
        let result = identifier.identify(text)
        #expect(result.language == "und", "\(result.candidates)")
    }

    @Test func candidatesAreProbabilitiesBestFirst() {
        let result = identifier.identify("Buenos días, quería saber el estado de mi pedido.")
        #expect(result.language == "es")
        #expect(result.candidates.first?.language == "es")
        let scores = result.candidates.map(\.score)
        #expect(scores == scores.sorted(by: >))
        #expect(scores.reduce(0, +) <= 1.0001)
        #expect(result.confidence == scores.first)
    }

    @Test func orderNumbersAndUrlsDoNotSteerTheAnswer() {
        let result = identifier.identify("MG10000005 https://meridian.example/orders/MG10000005 wo bleibt meine Lieferung")
        #expect(result.language == "de")
    }

    @Test func scriptDecidesSingleLanguageScripts() {
        #expect(identifier.identify("ก").language == "th")
        #expect(identifier.identify("안녕").language == "ko")
        #expect(identifier.identify("Καλημέρα, πού είναι η παραγγελία μου;").language == "el")
    }
}
