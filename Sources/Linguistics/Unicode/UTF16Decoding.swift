extension String {
    /// A string from UTF-16 code units, transcoded by hand (`UTF8Transcoding`): the standard
    /// library's `String(decoding: units, as: UTF16.self)` takes its generic, unspecialized path
    /// for every slice, which was 7 % of an evaluation (sentence splitting, normalization, folding).
    /// The same string: a lone surrogate becomes U+FFFD, as there.
    init(utf16Units units: UnsafeBufferPointer<UInt16>) {
        guard !units.isEmpty else { self = ""; return }
        self = String(unsafeUninitializedCapacity: units.count * 3) { bytes in
            UTF8Transcoding.encode(units, into: bytes.baseAddress!)
        }
    }

    init(utf16Units units: [UInt16]) {
        self = units.withUnsafeBufferPointer { String(utf16Units: $0) }
    }
}
