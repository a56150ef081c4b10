import Foundation
import Support

/// How a market is named in a language ("DE" → Deutschland, Alemania, ドイツ, เยอรมนี…), from the
/// locale data Foundation ships, so that the composer can tell which part of a multi-market document
/// speaks about the customer's market (and the evaluation, which sentences of an answer speak of
/// another market).
public struct MarketNames: Sendable {
    /// market id → every name of it (lower-cased) in the languages asked for.
    let names: [String: [String]]
    /// Per market: its names (matched in the lower-cased text) and its id (matched as written: "US",
    /// never the "us" of "contact us", nor the "it" of "report it").
    private let encoded: [(String, [Needle])]

    /// One way of writing a market, as `find` looks for it.
    private struct Needle: Sendable {
        var bytes: [UInt8]
        /// Must stand as a word (short Latin names and ids).
        var word: Bool
        /// Matched as written (the id), not in the lower-cased text; a hyphen joins it to a word
        /// ("US-Dollar" names a currency, not the market).
        var asWritten: Bool
        /// All katakana: a longer katakana word holding it is another word (the タイ of タイミング).
        var katakana: Bool
    }

    /// `reading/market-aliases.tsv`: market id → the names the locale data lacks, lower-cased.
    static let aliases: [String: [String]] = BuiltInResource.read {
        let table = try ResourceTable(PackageResources.market_aliases_tsv, file: "reading/market-aliases.tsv", columns: 2)
        return Dictionary(grouping: table.lines, by: { $0.fields[0] }).mapValues { $0.map { $0.fields[1].lowercased() } }
    }

    public init(markets: [String], languages: [String]) {
        var names: [String: [String]] = [:]
        for m in markets {
            var list = Set<String>()
            for lang in languages + ["en"] {
                if let n = Locale(identifier: lang).localizedString(forRegionCode: m) { list.insert(n.lowercased()) }
            }
            // Names the locale data lacks or spells differently from help centres (data, not code).
            list.formUnion(Self.aliases[m] ?? [])
            names[m] = list.filter { $0.count >= 2 }.sorted()
        }
        self.names = names
        // Short Latin names must stand as words ("de" is in "der"); a short name in a script written
        // without spaces (新加坡, 日本) is a name wherever it stands.
        encoded = names.sorted { $0.key < $1.key }.map { m, list in
            (m, [Needle(bytes: Array(m.utf8), word: true, asWritten: true, katakana: false)]
                + list.map { Needle(bytes: Array($0.utf8), word: $0.count <= 3 && $0.allSatisfy(\.isASCII), asWritten: false,
                                    katakana: $0.unicodeScalars.allSatisfy { (0x30A0...0x30FF).contains($0.value) }) })
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
                    for n in list where Self.find(n, in: n.asWritten ? w : l) { found.insert(m); break }
                }
            }
        }
        return found
    }

    private static func find(_ needle: Needle, in h: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = h.baseAddress, !needle.bytes.isEmpty, needle.bytes.count <= h.count else { return false }
        return needle.bytes.withUnsafeBufferPointer { n -> Bool in
            var offset = 0
            while offset + n.count <= h.count {
                // memchr for the first byte, then compare (memmem is a GNU extension Swift's Glibc hides).
                guard let hit = memchr(base + offset, Int32(n[0]), h.count - offset - n.count + 1) else { return false }
                let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + at, n.baseAddress!, n.count) != 0 { offset = at + 1; continue }
                let end = at + n.count
                var standsAlone = true
                if needle.word {
                    let joins: (UInt8) -> Bool = { isWordByte($0) || (needle.asWritten && $0 == 0x2D) }
                    standsAlone = (at == 0 || !joins(h[at - 1])) && (end >= h.count || !joins(h[end]))
                    // An id after an acronym is the acronym's second word: the "ID" of "VAT ID".
                    if needle.asWritten, standsAlone, afterAcronym(at, in: h) { standsAlone = false }
                }
                if needle.katakana {
                    standsAlone = !(at >= 3 && isKatakana(h[at - 3], h[at - 2], h[at - 1]))
                        && !(end + 2 < h.count && isKatakana(h[end], h[end + 1], h[end + 2]))
                }
                if standsAlone { return true }
                offset = at + 1
            }
            return false
        }
    }

    /// Whether a space and a word of two or more capital letters stand right before `at` ("VAT ID").
    private static func afterAcronym(_ at: Int, in h: UnsafeBufferPointer<UInt8>) -> Bool {
        guard at >= 3, h[at - 1] == 0x20 else { return false }
        var start = at - 1
        while start > 0, (0x41...0x5A).contains(h[start - 1]) { start -= 1 }
        return at - 1 - start >= 2 && (start == 0 || !isWordByte(h[start - 1]))
    }

    /// U+30A0–U+30FF in UTF-8: E3 82 A0–BF or E3 83 80–BF.
    private static func isKatakana(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool {
        a == 0xE3 && ((b == 0x82 && c >= 0xA0) || b == 0x83)
    }

    /// ASCII letters and digits, and any byte of a multi-byte character (a letter in every KB script).
    private static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
    }
}
