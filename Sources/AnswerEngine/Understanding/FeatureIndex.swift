/// Hashed feature id → model row, as an open-addressing table. The ids are FNV hashes already,
/// so their low bits index the table directly; a `Dictionary` would hash them again with SipHash,
/// which was the largest single cost of classifying a message.
struct FeatureIndex: Sendable {
    private var keys: [UInt64]
    private var rows: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 1 << 12) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        rows = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    func row(_ id: UInt64) -> Int32? {
        var i = Int(truncatingIfNeeded: id) & mask
        while true {
            let r = rows[i]
            if r < 0 { return nil }
            if keys[i] == id { return r }
            i = (i + 1) & mask
        }
    }

    /// The row of `id`, adding it with the next free row number when it is new.
    mutating func insert(_ id: UInt64) -> Int32 {
        if (count + 1) * 2 > keys.count { grow() }
        var i = Int(truncatingIfNeeded: id) & mask
        while rows[i] >= 0 {
            if keys[i] == id { return rows[i] }
            i = (i + 1) & mask
        }
        keys[i] = id
        rows[i] = Int32(count)
        count += 1
        return rows[i]
    }

    private mutating func grow() {
        let old = zip(keys, rows).filter { $0.1 >= 0 }
        let size = keys.count * 2
        keys = [UInt64](repeating: 0, count: size)
        rows = [Int32](repeating: -1, count: size)
        mask = size - 1
        for (k, r) in old {
            var i = Int(truncatingIfNeeded: k) & mask
            while rows[i] >= 0 { i = (i + 1) & mask }
            keys[i] = k
            rows[i] = r
        }
    }
}
