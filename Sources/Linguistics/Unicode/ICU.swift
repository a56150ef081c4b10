internal import CICU

/// Swift owners of the CICU handles. Each class frees its handle in `deinit`; none is thread-safe,
/// so they live inside pooled workers (see `Pool`). No ICU or C type leaves this module.
final class BreakIterator {
    enum Kind { case word, sentence }
    private let handle: OpaquePointer
    private var bounds: [Int32] = []
    private var status: [Int32] = []

    init?(_ kind: Kind, locale: String) {
        guard let h = kb_break_open(kind == .word ? Int32(KB_BREAK_WORD) : Int32(KB_BREAK_SENTENCE), locale) else {
            return nil
        }
        handle = h
    }

    deinit { kb_break_close(handle) }

    /// Calls `body(start, end, ruleStatus)` for each segment of `text` (UTF-16 offsets).
    func segments(_ text: UnsafeBufferPointer<UInt16>, _ body: (Int, Int, Int32) -> Void) {
        let n = text.count
        if bounds.count < n + 1 {
            bounds = [Int32](repeating: 0, count: n + 1)
            status = [Int32](repeating: 0, count: n + 1)
        }
        let count = bounds.withUnsafeMutableBufferPointer { b in
            status.withUnsafeMutableBufferPointer { s in
                kb_break_bounds(handle, text.baseAddress, Int32(n), b.baseAddress!, s.baseAddress!)
            }
        }
        guard count > 1 else { return }
        for i in 0..<Int(count - 1) {
            body(Int(bounds[i]), Int(bounds[i + 1]), status[i])
        }
    }
}

/// ICU word-break rule status ranges (ubrk.h: UWordBreak).
enum WordStatus {
    static func isWord(_ s: Int32) -> Bool { s >= 100 }          // number, letter, kana, ideograph
}

enum NormalizationForm: Int32 {
    case nfc = 0, nfd = 1, nfkc = 2, nfkcCasefold = 3
}

enum ICU {
    static var version: Int { Int(kb_icu_version()) }

    /// Normalizes `src` into `dst` (resized as needed); returns the length written.
    static func normalize(_ form: NormalizationForm, _ src: UnsafeBufferPointer<UInt16>, into dst: inout [UInt16]) -> Int {
        if dst.count < src.count + 16 { dst = [UInt16](repeating: 0, count: src.count * 2 + 16) }
        while true {
            let cap = dst.count
            let n = dst.withUnsafeMutableBufferPointer { d in
                kb_normalize(form.rawValue, src.baseAddress, Int32(src.count), d.baseAddress, Int32(cap))
            }
            if n < 0 { return 0 }
            if Int(n) <= cap { return Int(n) }
            dst = [UInt16](repeating: 0, count: Int(n) + 16)
        }
    }

    static func normalize(_ form: NormalizationForm, _ s: String) -> String {
        let src = Array(s.utf16)
        var dst: [UInt16] = []
        let n = src.withUnsafeBufferPointer { normalize(form, $0, into: &dst) }
        return dst.withUnsafeBufferPointer { String(utf16Units: UnsafeBufferPointer(rebasing: $0[0..<n])) }
    }

    /// UTF-8 bytes to UTF-16 in `dst` (resized as needed); returns the length.
    static func utf16(_ src: UnsafeBufferPointer<UInt8>, into dst: inout [UInt16]) -> Int {
        if dst.count < src.count + 1 { dst = [UInt16](repeating: 0, count: src.count + 16) }
        let cap = dst.count
        let n = dst.withUnsafeMutableBufferPointer { d in
            src.withMemoryRebound(to: CChar.self) { s in
                kb_utf8_to_utf16(s.baseAddress, Int32(src.count), d.baseAddress, Int32(cap))
            }
        }
        return max(0, min(Int(n), cap))
    }

    static func script(_ c: UInt32) -> Int32 { kb_char_script(Int32(bitPattern: c)) }
    static func category(_ c: UInt32) -> Int32 { kb_char_category(Int32(bitPattern: c)) }
    static func isAlnum(_ c: UInt32) -> Bool { kb_char_is_alnum(Int32(bitPattern: c)) != 0 }
    static func isMark(_ c: UInt32) -> Bool { kb_char_is_mark(Int32(bitPattern: c)) != 0 }
}

/// An ICU transform ("Traditional-Simplified"). Used once, to build a lookup table.
final class Transliterator {
    private let handle: OpaquePointer
    init?(_ id: String) {
        guard let h = kb_translit_open(id) else { return nil }
        handle = h
    }
    deinit { kb_translit_close(handle) }

    func apply(_ units: [UInt16]) -> [UInt16] {
        var buf = units + [UInt16](repeating: 0, count: units.count * 4 + 8)
        var len = Int32(units.count)
        let cap = Int32(buf.count)
        let rc = buf.withUnsafeMutableBufferPointer { kb_translit_apply(handle, $0.baseAddress, &len, cap) }
        return rc == 0 ? Array(buf[0..<Int(len)]) : units
    }
}
