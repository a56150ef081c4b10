@testable import Linguistics
import Testing

/// `String(utf16Units:)` makes the string the standard library's `String(decoding:as: UTF16.self)`
/// makes, byte for byte: every plane, and lone surrogates as U+FFFD.
@Suite struct UTF16DecodingTests {
    static let texts: [[UInt16]] = [
        [], Array("Rückgabe in 30 Tagen.".utf16), Array("返品は14日以内です。𠮷野家".utf16), Array("ส่งคืน ค่ะ e\u{0301}".utf16),
        Array("😀 a\u{0000}b ߿ࠀ￿".utf16),
        [0xD800], [0xDC00], [0x61, 0xD83D], [0xD83D, 0x61], [0xDE00, 0xD83D], [0xD83D, 0xD83D, 0xDE00], [0xDBFF, 0xDFFF],
    ]

    @Test(arguments: texts)
    func decodesAsTheStandardLibrary(_ units: [UInt16]) {
        let ours = String(utf16Units: units)
        let theirs = String(decoding: units, as: UTF16.self)
        #expect(Array(ours.utf8) == Array(theirs.utf8))
        #expect(ours == theirs)
    }

    @Test func decodesEveryScalarOfTheBMPAndBeyond() {
        var units: [UInt16] = []
        for v in stride(from: 0, through: 0x10FFFF, by: 7) { if let s = Unicode.Scalar(v) { units += Array(String(Character(s)).utf16) } }
        #expect(Array(String(utf16Units: units).utf8) == Array(String(decoding: units, as: UTF16.self).utf8))
    }
}
