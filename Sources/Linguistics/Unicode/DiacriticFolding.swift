/// Diacritic folding: what users leave out when they type in a hurry ("devolucion", "doi tra",
/// "siparis"), applied to index and query text alike so both sides meet.
///
/// Decisions (documented because they trade precision for recall):
/// - Latin letters lose their marks (é→e, ñ→n, ą→a, ř→r, ư→u, ổ→o); letters that are not a base
///   plus a mark are spelled out (ß→ss, æ→ae, œ→oe, ø→o, đ→d, ł→l, ı→i, þ→th).
/// - German ä/ö/ü fold to a/o/u like everywhere else; the German analyzer additionally reads the
///   typed digraphs ae/oe/ue as those umlauts (see `GermanDigraphs`), so "Rückgabe", "Ruckgabe"
///   and "Rueckgabe" are one term. The Snowball German stemmer drops umlauts itself, so this is
///   consistent with its output.
/// - Greek loses tonos and dialytika; Hebrew loses niqqud; Arabic loses harakat and tatweel, and
///   its alef variants become a bare alef.
/// - Cyrillic keeps й, ї, і, є, ґ (distinct letters, not decorations); only Russian ё → е, as
///   Russian writers themselves do.
/// - Devanagari, Thai and the other Brahmic scripts are untouched: their marks are vowels.
/// - Vietnamese marks carry meaning (ma/má/mà/mả/mã/mạ), so the Vietnamese analyzer keeps the
///   original term next to the folded one.
///
/// The table is computed once from ICU's canonical decompositions and then used as a flat
/// lookup: `fold` never calls ICU.
final class DiacriticFolding: Sendable {
    static let shared = DiacriticFolding()

    /// Per BMP code unit: `identity`, `delete`, or up to two replacement units packed as u0 | u1 << 16.
    private let table: [UInt32]
    static let identity: UInt32 = 0xFFFF_FFFF
    static let delete: UInt32 = 0

    private init() {
        var table = [UInt32](repeating: Self.identity, count: 0x10000)
        func set(_ c: Int, _ s: String) {
            let u = Array(s.utf16)
            table[c] = u.isEmpty ? Self.delete : (u.count == 1 ? UInt32(u[0]) : UInt32(u[0]) | UInt32(u[1]) << 16)
        }
        // Combining marks of the Latin/Greek/Cyrillic diacritics block and its extensions.
        for c in 0x0300...0x036F { table[c] = Self.delete }
        for c in 0x1AB0...0x1AFF { table[c] = Self.delete }
        for c in 0x1DC0...0x1DFF { table[c] = Self.delete }
        // Precomposed Latin and Greek letters: strip the marks of the canonical decomposition.
        let ranges = [0x00C0...0x024F, 0x1E00...0x1EFF, 0x0370...0x03FF, 0x1F00...0x1FFF]
        for range in ranges {
            for c in range {
                let nfd = ICU.normalize(.nfd, String(UnicodeScalar(UInt32(c))!))
                let base = nfd.unicodeScalars.filter { !ICU.isMark($0.value) }
                if base.count == 1, base.first!.value != UInt32(c) { set(c, String(String.UnicodeScalarView(base))) }
            }
        }
        let specials: [Int: String] = [
            0x00DF: "ss", 0x1E9E: "ss", 0x00E6: "ae", 0x00C6: "ae", 0x0153: "oe", 0x0152: "oe",
            0x00F8: "o", 0x00D8: "o", 0x0111: "d", 0x0110: "d", 0x0142: "l", 0x0141: "l",
            0x0131: "i", 0x00FE: "th", 0x00DE: "th", 0x00F0: "d", 0x00D0: "d", 0x0127: "h",
            0x0167: "t", 0x0140: "l", 0x0138: "k", 0x0149: "n",
            0x0451: "\u{0435}", 0x0401: "\u{0435}",                     // ё → е
            0x0622: "\u{0627}", 0x0623: "\u{0627}", 0x0625: "\u{0627}", 0x0671: "\u{0627}", // alef forms
            0x0640: "",                                                   // tatweel
        ]
        for (c, s) in specials { set(c, s) }
        for c in 0x064B...0x065F { table[c] = Self.delete }                // harakat
        table[0x0670] = Self.delete
        for c in 0x0591...0x05C7 where c != 0x05BE && c != 0x05C0 && c != 0x05C3 && c != 0x05C6 {
            table[c] = Self.delete                                         // niqqud, cantillation
        }
        self.table = table
    }

    /// Appends the folded form of `src` to `dst`; returns whether anything changed.
    @discardableResult
    func fold(_ src: UnsafeBufferPointer<UInt16>, into dst: inout [UInt16]) -> Bool {
        var changed = false
        table.withUnsafeBufferPointer { t in
            for u in src {
                let v = t[Int(u)]
                if v == Self.identity { dst.append(u); continue }
                changed = true
                if v == Self.delete { continue }
                dst.append(UInt16(truncatingIfNeeded: v))
                let second = UInt16(truncatingIfNeeded: v >> 16)
                if second != 0 { dst.append(second) }
            }
        }
        return changed
    }

    /// Whether folding would change `src` (cheap pre-check: most text needs no work).
    func needsFolding(_ src: UnsafeBufferPointer<UInt16>) -> Bool {
        table.withUnsafeBufferPointer { t in
            for u in src where u >= 0xC0 && t[Int(u)] != Self.identity { return true }
            return false
        }
    }

    func fold(_ s: String) -> String {
        let units = Array(s.utf16)
        var out: [UInt16] = []
        units.withUnsafeBufferPointer { _ = fold($0, into: &out) }
        return String(utf16Units: out)
    }
}

/// German users without an umlaut key write ae/oe/ue; Snowball's "german2" variant reads these as
/// ä/ö/ü. We do the same on already folded, lower-case text: ae→a, oe→o, ue→u, except "ue" after
/// "q" (Quelle, Quittung). Both sides of the index go through it, so the only cost is a few
/// harmless conflations (neue → neu, Feuer → feur) inside German text.
enum GermanDigraphs {
    static func apply(_ s: inout [UInt16]) -> Bool {
        guard s.count >= 2 else { return false }
        var out: [UInt16] = []
        out.reserveCapacity(s.count)
        var i = 0
        var changed = false
        let a: UInt16 = 0x61, o: UInt16 = 0x6F, u: UInt16 = 0x75, e: UInt16 = 0x65, q: UInt16 = 0x71
        while i < s.count {
            let c = s[i]
            if i + 1 < s.count, s[i + 1] == e, c == a || c == o || (c == u && !(i > 0 && s[i - 1] == q)) {
                out.append(c)
                i += 2
                changed = true
                continue
            }
            out.append(c)
            i += 1
        }
        if changed { s = out }
        return changed
    }
}
