import Foundation
import Support
import Testing

/// `containsExactly`, `rangeExactly`, `componentsExactly` and `replacingExactly` find, split and
/// replace what Foundation's `contains`, `range(of:)`, `components(separatedBy:)` and
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
        #expect(c.text.rangeExactly(of: c.target) == c.text.range(of: c.target))
        #expect(c.text.componentsExactly(separatedBy: c.target) == c.text.components(separatedBy: c.target))
    }

    @Test func aSearchGoesOnFromWhereTheLastOneEnded() {
        let text = "Standard — Lieferzeit: 3–6 Tage — Kosten: 4,95 €"
        let first = text.rangeExactly(of: " — ")!
        let second = text.rangeExactly(of: " — ", from: first.upperBound)!
        #expect(text[first.upperBound..<second.lowerBound] == "Lieferzeit: 3–6 Tage")
        #expect(text.rangeExactly(of: " — ", from: second.upperBound) == nil)
    }

    @Test func anEmptyNeedleIsEverywhereAndReplacesNothing() {
        #expect("abc".containsExactly(""))
        #expect("abc".replacingExactly("", with: "x") == "abc")
        #expect(!"ab".containsExactly("abc"))
    }
}
