/// The n-gram model's keys in an open-addressing hash table (linear probing, at most half full),
/// built once when the model is read: each key's entry in one or two probes. The file's sorted
/// keys (154,000 of them in version 1, 289,000 now) took a binary search of 17 steps per n-gram,
/// each a cache miss, and the n-grams were most of the per-sentence language check of an
/// evaluation.
struct NGramSlots: Sendable {
    private let keys: [UInt64]
    private let entries: [UInt32]
    private let mask: Int

    /// `keys` distinct and non-zero (a key packs one to four scalars, the first of them non-zero);
    /// `entries[i]` is the entry of `keys[i]`.
    init(keys: [UInt64], entries: [UInt32]) {
        var capacity = 16
        while capacity < 2 * keys.count { capacity *= 2 }
        var slotKeys = [UInt64](repeating: 0, count: capacity)
        var slotEntries = [UInt32](repeating: 0, count: capacity)
        let mask = capacity - 1
        for (key, entry) in zip(keys, entries) {
            var i = Self.home(key, mask: mask)
            while slotKeys[i] != 0 && slotKeys[i] != key { i = (i + 1) & mask }
            slotKeys[i] = key
            slotEntries[i] = entry
        }
        self.keys = slotKeys
        self.entries = slotEntries
        self.mask = mask
    }

    /// The entry of `key`, nil when the model does not hold it.
    func entry(_ key: UInt64) -> UInt32? {
        guard key != 0 else { return nil }
        var i = Self.home(key, mask: mask)
        while true {
            let k = keys[i]
            if k == key { return entries[i] }
            if k == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    /// Fibonacci hashing: the keys' low bits are the last letter, their high bits the first; the
    /// multiplication spreads both over the slot's index.
    private static func home(_ key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }
}
