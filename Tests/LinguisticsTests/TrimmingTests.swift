import Foundation
import Support
import Testing

/// `trimmedOfWhitespace` trims what Foundation's `.whitespacesAndNewlines` trims, on scalars.
@Suite struct TrimmingTests {
    @Test(arguments: [
        "  Rückgabe in 30 Tagen. ", "\n\t返品は14日以内です。\u{3000}", "\u{00A0}No – never\u{00A0}", "   ", "", "ส่งคืน ค่ะ ",
        "e\u{0301} ", " \u{0301}x", "one\ntwo\n",
    ])
    func trimsLikeFoundation(_ text: String) {
        #expect(text.trimmedOfWhitespace == text.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(text[...].trimmedOfWhitespace == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
