import Linguistics

/// How analyzed terms are written into the FTS5 index and into queries. The index uses FTS5's `ascii`
/// tokenizer, which splits on ASCII punctuation and space and keeps every non-ASCII character: terms
/// are therefore made of letters, digits and non-ASCII only, with anything else replaced by `_`.
enum IndexTerms {
    static func term(_ raw: String) -> String {
        // Most analyzed terms are lower-case ASCII letters and digits already: kept as they are,
        // without a copy (building a new string for each was a third of the index's analysis).
        if raw.utf8.allSatisfy({ (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }) { return raw }
        // Other ASCII terms by byte: the scalar-property lookups and lowercased() of the general
        // path were a tenth of the index build.
        var ascii = true
        var bytes = [UInt8]()
        bytes.reserveCapacity(raw.utf8.count)
        for b in raw.utf8 {
            switch b {
            case 0x61...0x7A, 0x30...0x39: bytes.append(b)
            case 0x41...0x5A: bytes.append(b + 0x20)
            case 0x80...: ascii = false
            default: bytes.append(0x5F)   // "_"
            }
            if !ascii { break }
        }
        if ascii { return String(decoding: bytes, as: UTF8.self) }
        var out = ""
        out.unicodeScalars.reserveCapacity(raw.unicodeScalars.count)
        for u in raw.unicodeScalars {
            if u.value >= 0x80 || (u.isASCII && (("a"..."z").contains(u) || ("A"..."Z").contains(u))) || ("0"..."9").contains(u) {
                out.unicodeScalars.append(u)
            } else {
                out.unicodeScalars.append("_")
            }
        }
        return out.lowercased()
    }

    /// The terms of `text`, spelled by `term`, joined by spaces (built by `IndexField`, on bytes).
    static func field(_ text: String, analyzer: Analyzer) -> String {
        var scratch = TermBuffer()
        return IndexField.text(text, analyzer: analyzer, scratch: &scratch)
    }

    static func languageToken(_ lang: String) -> String { "lang_" + term(lang) }
    static func marketToken(_ market: String) -> String { "mkt_" + term(market) }
    static let allMarketsToken = "mkt_all"
}
