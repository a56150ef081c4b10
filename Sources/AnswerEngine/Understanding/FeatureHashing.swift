/// Stable 64-bit feature ids (FNV-1a over UTF-8). Swift's `Hasher` is seeded per process, which
/// would make training depend on the run; this hash is the same everywhere, so a model is
/// deterministic and could be stored.
enum FeatureHashing {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// `namespace` keeps feature kinds apart (the word "mg" and the character gram "mg").
    static func id(_ namespace: UInt8, _ text: some StringProtocol) -> UInt64 {
        var h = (offset ^ UInt64(namespace)) &* prime
        for b in text.utf8 { h = (h ^ UInt64(b)) &* prime }
        return h
    }

    /// An id for a pair of features (word pairs), without building the pair's text.
    static func combine(_ namespace: UInt8, _ a: UInt64, _ b: UInt64) -> UInt64 {
        var h = (offset ^ UInt64(namespace)) &* prime
        for v in [a, b] {
            var x = v
            for _ in 0..<8 { h = (h ^ (x & 0xFF)) &* prime; x >>= 8 }
        }
        return h
    }

    static func id(_ namespace: UInt8, _ scalars: ArraySlice<Unicode.Scalar>) -> UInt64 {
        var h = (offset ^ UInt64(namespace)) &* prime
        for s in scalars {
            // Hash the scalar value's bytes; equal strings give equal ids whatever their source.
            var v = s.value
            repeat {
                h = (h ^ UInt64(v & 0xFF)) &* prime
                v >>= 8
            } while v != 0
        }
        return h
    }
}

/// A small deterministic generator (SplitMix64) for shuffling training examples (and the
/// benchmarks' seeded draws).
public struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
