import Testing
@testable import Linguistics

/// `WordCache` hashes four code units at a time and compares surfaces eight bytes at a time: a
/// surface must be found again whatever its length, and a different one of the same length (a
/// difference in the first four units, in the tail, or in the last unit) must not be taken for it.
@Suite struct WordCacheTests {
    static func find(_ cache: WordCache, _ s: [UInt16]) -> Int? {
        s.withUnsafeBufferPointer { cache.find($0, hash: WordCache.hash($0)) }
    }

    @Test func findsEverySurfaceAndNoNeighbour() {
        var cache = WordCache()
        var surfaces: [[UInt16]] = []
        for length in 0...19 {
            let base = (0..<length).map { UInt16(0x61 + $0 % 26) }
            surfaces.append(base)
            for k in [0, 3, 4, length - 1] where k >= 0 && k < length {   // the same word but one unit
                var other = base
                other[k] = 0x4E00 &+ UInt16(k)
                surfaces.append(other)
            }
        }
        surfaces = Array(Set(surfaces))
        var inserted: [[UInt16]: Int] = [:]
        for (n, s) in surfaces.enumerated() where n % 2 == 0 {
            inserted[s] = s.withUnsafeBufferPointer { cache.insert($0, hash: WordCache.hash($0), term: "t\(n)", original: nil) }
        }
        for s in surfaces {
            #expect(Self.find(cache, s) == inserted[s], "\(s)")
        }
    }

    @Test func hashTellsLengthAndOrderApart() {
        let a: [UInt16] = [0x61, 0x62, 0x63, 0x64, 0x65]
        let b: [UInt16] = [0x62, 0x61, 0x63, 0x64, 0x65]
        let h = { (s: [UInt16]) in s.withUnsafeBufferPointer { WordCache.hash($0) } }
        #expect(h(a) != h(b))
        #expect(h([0x61]) != h([0x61, 0]))   // a zero unit in the tail still counts
        #expect(h([]) != h([0]))
    }
}
