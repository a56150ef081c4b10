import Foundation

/// How a market is named in a language ("DE" → Deutschland, Alemania, ドイツ, เยอรมนี…), from the
/// locale data Foundation ships, so that the composer can tell which part of a multi-market document
/// speaks about the customer's market.
struct MarketNames: Sendable {
    /// market id → every name of it (lower-cased) in the languages asked for, plus the id itself.
    let names: [String: [String]]

    init(markets: [String], languages: [String]) {
        var names: [String: [String]] = [:]
        for m in markets {
            var list = Set([m.lowercased()])
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
    }

    /// The markets a text mentions by name or id. Ids must stand as words ("DE", "(MX)").
    func mentioned(in text: String) -> Set<String> {
        let lower = text.lowercased()
        var found = Set<String>()
        for (m, list) in names {
            for n in list {
                if n.count <= 3 {
                    if Self.containsWord(lower, n) { found.insert(m); break }
                } else if lower.contains(n) { found.insert(m); break }
            }
        }
        return found
    }

    static func containsWord(_ text: String, _ word: String) -> Bool {
        var search = text.startIndex..<text.endIndex
        while let r = text.range(of: word, range: search) {
            let before = r.lowerBound == text.startIndex ? nil : text[text.index(before: r.lowerBound)]
            let after = r.upperBound == text.endIndex ? nil : text[r.upperBound]
            if !(before?.isLetter ?? false), !(after?.isLetter ?? false) { return true }
            search = r.upperBound..<text.endIndex
        }
        return false
    }
}
