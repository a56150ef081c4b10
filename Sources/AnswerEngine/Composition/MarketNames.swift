import Foundation

/// How a market is named in a language ("DE" → Deutschland, Alemania, ドイツ, เยอรมนี…), from the
/// locale data Foundation ships, so that the composer can tell which part of a multi-market document
/// speaks about the customer's market (and the evaluation, which sentences of an answer speak of
/// another market).
public struct MarketNames: Sendable {
    /// market id → every name of it (lower-cased) in the languages asked for.
    let names: [String: [String]]
    /// Per market: its names (matched in the lower-cased text) and its id (matched as written: "US",
    /// never the "us" of "contact us", nor the "it" of "report it").
    private let encoded: [(String, [(bytes: [UInt8], word: Bool, asWritten: Bool)])]

    public init(markets: [String], languages: [String]) {
        var names: [String: [String]] = [:]
        for m in markets {
            var list = Set<String>()
            for lang in languages + ["en"] {
                if let n = Locale(identifier: lang).localizedString(forRegionCode: m) { list.insert(n.lowercased()) }
            }
            // Names the locale data lacks or spells differently from help centres.
            switch m {
            case "US": list.formUnion(["usa", "ee. uu.", "ee.uu.", "eeuu", "united states", "estados unidos"])
            case "GB": list.formUnion(["uk", "united kingdom", "reino unido"])
            case "MX": list.formUnion(["méxico", "mexico"])
            case "ES": list.formUnion(["españa", "espana"])
            default: break
            }
            names[m] = list.filter { $0.count >= 2 }.sorted()
        }
        self.names = names
        // Short Latin names must stand as words ("de" is in "der"); a short name in a script written
        // without spaces (新加坡, 日本) is a name wherever it stands.
        encoded = names.sorted { $0.key < $1.key }.map { m, list in
            (m, [(Array(m.utf8), true, true)] + list.map { (Array($0.utf8), $0.count <= 3 && $0.allSatisfy(\.isASCII), false) })
        }
    }

    /// The markets a text mentions by name or id. Ids (in capitals) and short Latin names must stand
    /// as words ("DE", "(MX)"). Searches UTF-8 bytes: this runs on every candidate sentence of every
    /// answer, and Foundation's String.contains made it the engine's slowest step.
    public func mentioned(in text: String) -> Set<String> {
        let lower = Array(text.lowercased().utf8)
        let written = Array(text.utf8)
        var found = Set<String>()
        lower.withUnsafeBufferPointer { l in
            written.withUnsafeBufferPointer { w in
                for (m, list) in encoded {
                    for n in list where Self.find((n.bytes, n.word), in: n.asWritten ? w : l) { found.insert(m); break }
                }
            }
        }
        return found
    }

    private static func find(_ needle: (bytes: [UInt8], word: Bool), in h: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = h.baseAddress, !needle.bytes.isEmpty, needle.bytes.count <= h.count else { return false }
        return needle.bytes.withUnsafeBufferPointer { n -> Bool in
            var offset = 0
            while offset + n.count <= h.count {
                // memchr for the first byte, then compare (memmem is a GNU extension Swift's Glibc hides).
                guard let hit = memchr(base + offset, Int32(n[0]), h.count - offset - n.count + 1) else { return false }
                let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + at, n.baseAddress!, n.count) != 0 { offset = at + 1; continue }
                if !needle.word { return true }
                let beforeOK = at == 0 || !isWordByte(h[at - 1])
                let afterOK = at + n.count >= h.count || !isWordByte(h[at + n.count])
                if beforeOK && afterOK { return true }
                offset = at + 1
            }
            return false
        }
    }

    /// ASCII letters and digits, and any byte of a multi-byte character (a letter in every KB script).
    private static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
    }
}
