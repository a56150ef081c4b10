import Testing
@testable import AnswerEngine
import Support

/// Chat shorthand and fillers read as the words they stand for, per language.
struct ChatShorthandTests {
    let shorthand = ChatShorthand.shared

    @Test(arguments: [
        ("klo pk ekspres brp hr smp?", "id", "kalau pakai ekspres berapa hari sampai?"),
        ("Shop ơi ship mất bao lâu, có nhận MoMo ko?", "vi", "Shop ơi ship mất bao lâu, có nhận MoMo không?"),
        // A filler is left out, the marks around it kept; a form of several words is one.
        ("Hi kak, literally baru unboxing, basically cara reset-nya gimana ya?", "id",
         "Hi kak,  baru unboxing,  cara reset-nya gimana ya?"),
        ("Terus which is kalo aku mau return", "id", "Terus  kalo aku mau return"),
        // Upper case and the lines of the message are kept; a form is a whole word only.
        ("PLS tell me\nwhen it ships, plus the price", "en", "please tell me\nwhen it ships, plus the price"),
        // A form of one language is no form of another ("pk" is "pakai" only in Indonesian).
        ("pk tu veux savoir ?", "fr", "pk tu veux savoir ?"),
        // A form is matched with its diacritics: "hông" is "không", "hỏng" (broken) stays; "túi" is no "tui".
        ("Shop có nhận ZaloPay hông? Máy xay bị hỏng, tui mua túi mới", "vi",
         "Shop có nhận ZaloPay không? Máy xay bị hỏng, tôi mua túi mới"),
        ("送料はいくら", "ja", "送料はいくら"),
    ])
    func formsAreReadAsTheirWords(message: String, language: String, expected: String) {
        #expect(shorthand.expanded(message, language: language).text == expected)
    }

    @Test func theFormsReadAreListedAsWritten() {
        #expect(shorthand.expanded("brp hr smp, yg ekspres?", language: "id").read == ["brp", "hr", "smp", "yg"])
        #expect(shorthand.expanded("berapa hari sampai?", language: "id").read.isEmpty)
    }

    @Test func theShippedFileParses() throws {
        _ = try ChatShorthand(tsv: String(decoding: PackageResources.chat_shorthand_tsv, as: UTF8.self))
    }

    @Test func aMalformedLineIsNamed() {
        #expect(throws: ResourceTable.Malformed(file: "chat-shorthand.tsv", line: 2, reason: "\"brp\" is listed twice")) {
            try ChatShorthand(tsv: "id\tbrp\tberapa\nid\tbrp\tberapa\n")
        }
        #expect(throws: ResourceTable.Malformed(file: "chat-shorthand.tsv", line: 1, reason: "written form \"??\" has no letters")) {
            try ChatShorthand(tsv: "en\t??\tquestion\n")
        }
        #expect(throws: ResourceTable.Malformed(file: "chat-shorthand.tsv", line: 1, reason: "2 tab-separated fields, expected 3 (language, written, meant)")) {
            try ChatShorthand(tsv: "en\tpls\n")
        }
    }
}
