import Testing
import Linguistics

/// A Chinese message in Traditional characters is read in Simplified, as the index folds it; other
/// languages, and Japanese kanji, are read as written.
@Suite struct IndexedScriptTests {
    @Test func traditionalChineseIsReadInSimplified() {
        let read = IndexedScript.read("還有，寄回去的運費需要我自己付嗎？", language: "zh")
        #expect(read.text == "还有，寄回去的运费需要我自己付吗？")
        #expect(read.changed == 4)   // 還 運 費 嗎
    }

    @Test(arguments: [("退货运费是免费的吗？", "zh"), ("返品の送料は無料ですか。", "ja"), ("Is return shipping free?", "en")])
    func textInTheIndexedScriptIsUnchanged(text: String, language: String) {
        let read = IndexedScript.read(text, language: language)
        #expect(read.text == text)
        #expect(read.changed == 0)
    }

    /// Japanese writes kanji that Simplified Chinese writes otherwise ("電" is "电"): only Chinese,
    /// in any of its tags, is folded.
    @Test func japaneseKanjiAreNotSimplified() {
        #expect(IndexedScript.read("電気", language: "ja").text == "電気")
        #expect(IndexedScript.read("電氣", language: "zh-Hant").text == "电气")
    }
}
