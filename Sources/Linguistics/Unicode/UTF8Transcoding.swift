/// UTF-16 code units to UTF-8 bytes, by hand: the standard library's generic transcoder is
/// unspecialized and was a third of the analyzer's time (see `UTF16StringMaker`). A lone surrogate
/// becomes U+FFFD, as `String(decoding:as:)` would make it.
enum UTF8Transcoding {
    /// Writes the UTF-8 form of `units` at `out`, which has room for 3 bytes per unit; returns the
    /// number of bytes written.
    static func encode(_ units: UnsafeBufferPointer<UInt16>, into out: UnsafeMutablePointer<UInt8>) -> Int {
        var n = 0
        var i = 0
        let count = units.count
        while i < count {
            let u = units[i]
            if u < 0x80 {
                out[n] = UInt8(truncatingIfNeeded: u); n += 1
            } else if u < 0x800 {
                out[n] = UInt8(truncatingIfNeeded: 0xC0 | (u >> 6))
                out[n + 1] = UInt8(truncatingIfNeeded: 0x80 | (u & 0x3F)); n += 2
            } else if u & 0xFC00 == 0xD800, i + 1 < count, units[i + 1] & 0xFC00 == 0xDC00 {
                let c = 0x10000 + ((UInt32(u) - 0xD800) << 10) + (UInt32(units[i + 1]) - 0xDC00)
                out[n] = UInt8(truncatingIfNeeded: 0xF0 | (c >> 18))
                out[n + 1] = UInt8(truncatingIfNeeded: 0x80 | ((c >> 12) & 0x3F))
                out[n + 2] = UInt8(truncatingIfNeeded: 0x80 | ((c >> 6) & 0x3F))
                out[n + 3] = UInt8(truncatingIfNeeded: 0x80 | (c & 0x3F)); n += 4
                i += 1
            } else {
                let v = u & 0xF800 == 0xD800 ? 0xFFFD : u      // lone surrogate
                out[n] = UInt8(truncatingIfNeeded: 0xE0 | (v >> 12))
                out[n + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                out[n + 2] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)); n += 3
            }
            i += 1
        }
        return n
    }

    /// Appends the UTF-8 form of `units` to `bytes`.
    static func append(_ units: UnsafeBufferPointer<UInt16>, to bytes: inout [UInt8]) {
        guard !units.isEmpty else { return }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: units.count * 3) { tmp in
            let n = encode(units, into: tmp.baseAddress!)
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: tmp[0..<n]))
        }
    }
}
