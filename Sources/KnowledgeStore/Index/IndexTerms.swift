import Linguistics

/// How analyzed terms are written into the FTS5 index and into queries. The index uses FTS5's `ascii`
/// tokenizer, which splits on ASCII punctuation and space and keeps every non-ASCII character: terms
/// are therefore made of letters, digits and non-ASCII only, with anything else replaced by `_`.
enum IndexTerms {
    static func term(_ raw: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(raw.unicodeScalars.count)
        for u in raw.unicodeScalars {
            if u.value >= 0x80 || (u.properties.isAlphabetic && u.isASCII) || ("0"..."9").contains(u) {
                out.unicodeScalars.append(u)
            } else {
                out.unicodeScalars.append("_")
            }
        }
        return out.lowercased()
    }

    static func field(_ text: String, analyzer: Analyzer) -> String {
        analyzer.terms(text).map(term).joined(separator: " ")
    }

    static func languageToken(_ lang: String) -> String { "lang_" + term(lang) }
    static func marketToken(_ market: String) -> String { "mkt_" + term(market) }
    static let allMarketsToken = "mkt_all"
}
