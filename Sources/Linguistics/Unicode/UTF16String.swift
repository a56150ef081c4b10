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
        let n = UTF8Transcoding.encode(units, into: bytes)
        return String(decoding: UnsafeBufferPointer(start: bytes, count: n), as: UTF8.self)
    }
}
