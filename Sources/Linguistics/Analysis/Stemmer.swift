internal import CStemmer

/// A Snowball stemmer (libstemmer). Not thread-safe (Snowball keeps per-call state in the
/// stemmer), so each pooled analyzer worker owns its own.
final class SnowballStemmer {
    private let handle: OpaquePointer

    init?(algorithm: String) {
        guard let h = sb_stemmer_new(algorithm, "UTF_8") else { return nil }
        handle = h
    }

    deinit { sb_stemmer_delete(handle) }

    func stem(_ word: String) -> String {
        var word = word
        return word.withUTF8 { bytes -> String in
            guard let out = sb_stemmer_stem(handle, bytes.baseAddress, Int32(bytes.count)) else { return String(decoding: bytes, as: UTF8.self) }
            let n = Int(sb_stemmer_length(handle))
            return String(decoding: UnsafeBufferPointer(start: out, count: n), as: UTF8.self)
        }
    }

    /// The algorithms this libstemmer build has ("english", "german", …).
    static let algorithms: Set<String> = {
        var names: Set<String> = []
        guard var p = sb_stemmer_list() else { return names }
        while let name = p.pointee {
            names.insert(String(cString: name))
            p = p.advanced(by: 1)
        }
        return names
    }()
}
