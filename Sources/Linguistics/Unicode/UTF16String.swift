/// Making Swift strings from UTF-16 slices, fast.
///
/// `String(decoding: utf16Slice, as: UTF16.self)` goes through the standard library's generic
/// (unspecialized) transcoder, which showed up as a third of the analyzer's time, and its
/// metadata-cache lookups kept two threads from running in parallel. Transcoding to UTF-8
/// by hand into a reused buffer and then calling the UTF-8 initializer (specialized, validating)
/// is several times faster and scales.
///
/// The buffer is allocated on first use (an unused maker owns nothing) and must be released with
/// `deallocate()` by its owner; copies share it, so exactly one copy may be deallocated.
struct UTF16StringMaker {
    private var buffer: UnsafeMutablePointer<UInt8>?
    private var capacity = 0

    init() {}

    /// Frees the buffer; call once, when the owner goes away.
    func deallocate() { buffer?.deallocate() }

    mutating func string(_ units: UnsafeBufferPointer<UInt16>) -> String {
        let needed = max(units.count * 3, 1)
        if needed > capacity {
            buffer?.deallocate()
            capacity = max(needed, 256, capacity * 2)
            buffer = .allocate(capacity: capacity)
        }
        let bytes = buffer!
        var n = 0
        var i = 0
        let count = units.count
        while i < count {
            let u = units[i]
            if u < 0x80 {
                bytes[n] = UInt8(truncatingIfNeeded: u); n += 1
            } else if u < 0x800 {
                bytes[n] = UInt8(truncatingIfNeeded: 0xC0 | (u >> 6))
                bytes[n + 1] = UInt8(truncatingIfNeeded: 0x80 | (u & 0x3F)); n += 2
            } else if u & 0xFC00 == 0xD800, i + 1 < count, units[i + 1] & 0xFC00 == 0xDC00 {
                let c = 0x10000 + ((UInt32(u) - 0xD800) << 10) + (UInt32(units[i + 1]) - 0xDC00)
                bytes[n] = UInt8(truncatingIfNeeded: 0xF0 | (c >> 18))
                bytes[n + 1] = UInt8(truncatingIfNeeded: 0x80 | ((c >> 12) & 0x3F))
                bytes[n + 2] = UInt8(truncatingIfNeeded: 0x80 | ((c >> 6) & 0x3F))
                bytes[n + 3] = UInt8(truncatingIfNeeded: 0x80 | (c & 0x3F)); n += 4
                i += 1
            } else {
                let v = u & 0xF800 == 0xD800 ? 0xFFFD : u      // lone surrogate
                bytes[n] = UInt8(truncatingIfNeeded: 0xE0 | (v >> 12))
                bytes[n + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                bytes[n + 2] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)); n += 3
            }
            i += 1
        }
        return String(decoding: UnsafeBufferPointer(start: bytes, count: n), as: UTF8.self)
    }
}
