import Testing
@testable import Linguistics

@Suite struct ScriptTests {
    @Test(arguments: [
        ("Where is my order", Script.latin), ("Где мой заказ", .cyrillic), ("Καλημέρα", .greek),
        ("أين طلبي", .arabic), ("שלום", .hebrew), ("मेरा ऑर्डर", .devanagari), ("আমার অর্ডার", .bengali),
        ("สวัสดี", .thai), ("안녕하세요", .hangul), ("注文したい", .kana), ("我的订单", .han),
    ])
    func dominant(text: String, script: Script) {
        #expect(dominantScript(text) == script)
    }

    @Test func kanaWinsOverAKanjiMajority() {
        #expect(dominantScript("注文番号確認済") == .han)
        #expect(dominantScript("注文番号を確認済") == .kana)
    }

    @Test func noLettersNoScript() {
        #expect(dominantScript("12345 !!! 😀") == nil)
        #expect(dominantScript("") == nil)
    }
}
