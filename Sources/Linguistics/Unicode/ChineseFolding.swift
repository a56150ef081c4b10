/// Traditional → Simplified Chinese folding for the Chinese analyzer (退貨 and 退货 are one term).
///
/// ICU's "Traditional-Simplified" transform is the source of truth, but a transliterator is
/// neither cheap per call nor thread-safe, so it runs once per character of the CJK blocks when
/// the first Chinese analyzer is built, and the result is a flat 64 K table. Character-level
/// mapping is what an index needs (both sides fold the same way); the few phrase-level
/// conversions the transform knows do not matter for matching.
final class ChineseFolding: Sendable {
    static let shared = ChineseFolding()

    private let table: [UInt16]   // identity where nothing changes

    private init() {
        var table = (0..<0x10000).map { UInt16($0) }
        if let t = Transliterator("Traditional-Simplified") {
            let blocks = [0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF]
            for block in blocks {
                for c in block {
                    let out = t.apply([UInt16(c)])
                    if out.count == 1, out[0] != UInt16(c) { table[c] = out[0] }
                }
            }
        }
        self.table = table
    }

    /// Folds in place (one code unit in, one out).
    func fold(_ buf: UnsafeMutableBufferPointer<UInt16>) {
        table.withUnsafeBufferPointer { t in
            for i in buf.indices {
                let u = buf[i]
                if u >= 0x3400 { buf[i] = t[Int(u)] }
            }
        }
    }

    func fold(_ s: String) -> String {
        var units = Array(s.utf16)
        units.withUnsafeMutableBufferPointer { fold($0) }
        return String(utf16Units: units)
    }
}
