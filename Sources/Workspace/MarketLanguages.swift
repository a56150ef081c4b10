extension Market {
    /// The prior a market gives language identification: its default language most, its other
    /// languages less (a message on the MY site is more likely Malay than Indonesian).
    public var languagePrior: [String: Double] {
        var prior: [String: Double] = [:]
        for (i, lang) in languages.enumerated() { prior[lang] = i == 0 ? 1.0 : 0.6 }
        return prior
    }

    /// Where retrieval looks, in order: the customer's language, the answer language, the market's
    /// default language, English.
    public func searchLanguages(customer: String, answer: String? = nil) -> [String] {
        var out = [customer]
        for l in [answer, defaultLanguage, "en"].compactMap({ $0 }) where !out.contains(l) { out.append(l) }
        return out
    }
}
