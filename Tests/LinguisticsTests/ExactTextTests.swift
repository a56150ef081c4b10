import Foundation
import Support
import Testing

/// `containsExactly` and `replacingExactly` find and replace what Foundation's `contains` and
/// `replacingOccurrences(of:with:)` do, for NFC text, byte for byte.
@Suite struct ExactTextTests {
    static let cases: [(text: String, target: String, replacement: String)] = [
        ("Is it sent by post?: No.", "?: ", "? "),
        ("订单多久可以送达？: 订单从中国深圳仓库发货", "？: ", "？"),
        ("{subject}: {Facts}.", "{Facts}", "{facts}"),
        ("a · b · c", " · ", ", "),
        ("aaaa", "aa", "b"),
        ("Rückgabefrist {value}", "{value}", "30 Tage"),
        ("จัดส่งแบบด่วน (Express): ค่าบริการ ฿250", "ค่าบริการ", "มีค่าบริการ"),
        ("nothing to replace here", "{value}", "x"),
        ("", "x", "y"),
        ("end", "end", ""),
    ]

    @Test(arguments: cases)
    func replacesLikeFoundation(_ c: (text: String, target: String, replacement: String)) {
        #expect(c.text.replacingExactly(c.target, with: c.replacement) == c.text.replacingOccurrences(of: c.target, with: c.replacement))
        #expect(c.text.containsExactly(c.target) == c.text.contains(c.target))
    }

    @Test func anEmptyNeedleIsEverywhereAndReplacesNothing() {
        #expect("abc".containsExactly(""))
        #expect("abc".replacingExactly("", with: "x") == "abc")
        #expect(!"ab".containsExactly("abc"))
    }
}
