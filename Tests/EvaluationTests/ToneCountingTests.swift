import Testing
@testable import Evaluation

/// Emoji and exclamation marks are counted as a reader sees them: an emoji made of several
/// Unicode scalars is one emoji.
@Suite struct ToneCountingTests {
    @Test func multiScalarEmojiCountOnce() throws {
        // A skin tone, a flag, a ZWJ family, a keycap, a heart with VS16, a ZWJ profession.
        let emoji = ["👍🏽", "🇩🇪", "👨‍👩‍👧", "1️⃣", "❤️", "👩🏻‍💻"]
        let r = try ToneFixtures.check("お客様、ありがとうございます。" + emoji.joined(separator: " "), market: "JP", language: "ja")
        #expect(r.offending("jp.all.no-emoji") == emoji)
        let chars = Array(emoji.joined())
        #expect(CountedClasses.emoji(in: chars).count == 6)
    }

    @Test func symbolsThatAreNotEmoji() {
        // Digits, #, ©, ®, ™, arrows and check marks are not emoji unless VS16 asks for emoji style.
        let text = "Meridian Goods™ © 2026 #1 → ✓ 100% ® 10:00"
        #expect(CountedClasses.emoji(in: Array(text)).isEmpty)
        #expect(CountedClasses.emoji(in: Array("☺ ✈")).count == 2)      // emoji in every chat app
        #expect(CountedClasses.emoji(in: Array("☺\u{FE0E}")).isEmpty)   // text style asked for
    }

    @Test func exclamationsCountFullWidthAndRuns() {
        let runs = CountedClasses.exclamations(in: Array("Danke! Wirklich!!! 本当に！"))
        #expect(runs.map(\.count) == [1, 3, 1])
        #expect(runs.reduce(0) { $0 + $1.count } == 5)
        // "¡" opens a Spanish exclamation; it is not a second one.
        #expect(CountedClasses.exclamations(in: Array("¡Hola!")).map(\.count) == [1])
    }

    @Test func gbAllowsOneExclamationMark() throws {
        let one = try ToneFixtures.check("Hello, good news! Your parcel is on its way.", market: "GB", language: "en")
        #expect(one.result("gb.all.exclamations")?.passed == true)
        let two = try ToneFixtures.check("Hello, good news! Your parcel is on its way！", market: "GB", language: "en")
        #expect(two.offending("gb.all.exclamations") == ["news!", "way！"])
    }
}
