import Testing
@testable import Linguistics

@Suite struct SentenceTests {
    @Test func germanAbbreviations() {
        let text = "Bitte senden Sie z. B. ein Foto. Die Bestellung Nr. 12345 ist unterwegs. Danke!"
        #expect(Sentences.split(text, language: "de") == [
            "Bitte senden Sie z. B. ein Foto.", "Die Bestellung Nr. 12345 ist unterwegs.", "Danke!",
        ])
        #expect(Sentences.split("Rückgabe bzw. Umtausch ist möglich. Fragen Sie uns.", language: "de").count == 2)
    }

    @Test func englishTitlesAndQuestions() {
        #expect(Sentences.split("Mr. Smith ordered it on Monday. It arrived today! Thanks.", language: "en") == [
            "Mr. Smith ordered it on Monday.", "It arrived today!", "Thanks.",
        ])
        #expect(Sentences.split("Where is my order? I paid e.g. by card.", language: "en").count == 2)
    }

    @Test func spanishAndFrench() {
        #expect(Sentences.split("¿Dónde está mi pedido? Lo pagué ayer.", language: "es") == ["¿Dónde está mi pedido?", "Lo pagué ayer."])
        #expect(Sentences.split("Mme. Dupont a appelé. Elle attend son colis.", language: "fr").count == 2)
    }

    @Test func japaneseAndChinese() {
        #expect(Sentences.split("注文しました。まだ届きません。どうすればいいですか？", language: "ja") == [
            "注文しました。", "まだ届きません。", "どうすればいいですか？",
        ])
        #expect(Sentences.split("我买了一件外套。还没收到！怎么办？", language: "zh") == ["我买了一件外套。", "还没收到！", "怎么办？"])
    }

    @Test func thaiSentencesEndAtSpaces() {
        #expect(Sentences.split("สวัสดีครับ ผมอยากคืนสินค้า ขอบคุณครับ", language: "th") == [
            "สวัสดีครับ", "ผมอยากคืนสินค้า", "ขอบคุณครับ",
        ])
        // A price is part of its sentence: no break before "฿990" nor after it.
        #expect(Sentences.split("ส่งฟรีเมื่อสั่งซื้อครบ ฿990 ส่วนจัดส่งแบบด่วนราคา ฿250 ค่ะ ขอบคุณค่ะ", language: "th") == [
            "ส่งฟรีเมื่อสั่งซื้อครบ ฿990 ส่วนจัดส่งแบบด่วนราคา ฿250 ค่ะ", "ขอบคุณค่ะ",
        ])
    }

    /// A reader counts a list's "และ" and the parts it joins as one sentence; chunking's `split` still
    /// ends a sentence at each space between Thai letters.
    @Test func thaiReadersCountAJoinedListAsOneSentence() {
        let row = "จัดส่งแบบมาตรฐาน ใช้เวลา 7–12 วันทำการ และ จัดส่งโดย Flash Express"
        #expect(Sentences.split(row, language: "th").count == 4)
        #expect(Sentences.asRead(row, language: "th") == ["จัดส่งแบบมาตรฐาน", "ใช้เวลา 7–12 วันทำการ และ จัดส่งโดย Flash Express"])
        // (A word that only begins with a joiner, "และแบบด่วน", joins nothing; other languages are split as they are.)
        #expect(Sentences.asRead("ส่งฟรีค่ะ และแบบด่วนใช้เวลา 4–6 วันค่ะ", language: "th").count == 2)
        #expect(Sentences.asRead("Standard is free. And express costs £9.99.", language: "en").count == 2)
    }

    @Test func trimsAndDropsEmptyPieces() {
        #expect(Sentences.split("  Hello there.   \n\n  Bye.  ", language: "en") == ["Hello there.", "Bye."])
        #expect(Sentences.split("", language: "en").isEmpty)
        #expect(Sentences.split("   ", language: "en").isEmpty)
    }
}
