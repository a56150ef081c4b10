import Testing
@testable import Linguistics

@Suite struct TokenLengthTests {
    @Test func wordsForSpaceSeparatedScripts() {
        #expect(tokenLength("Where is my order?", language: "en") == 4)
        #expect(tokenLength("Wo ist meine Bestellung MG10000005?", language: "de") == 5)
        #expect(tokenLength("Где мой заказ?", language: "ru") == 3)
    }

    @Test func charactersForCJKAndThai() {
        #expect(tokenLength("我的订单", language: "zh") == 4)
        #expect(tokenLength("注文した", language: "ja") == 4)
        #expect(tokenLength("환불 요청", language: "ko") == 4)
        // Thai vowel and tone marks are not characters of their own.
        #expect(tokenLength("สวัสดีครับ", language: "th") == 7)
    }

    @Test func mixedText() {
        #expect(tokenLength("Linux上安装", language: "zh") == 4)
        #expect(tokenLength("", language: "en") == 0)
        #expect(tokenLength("— 😀 —", language: "en") == 0)
    }
}
