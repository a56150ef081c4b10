import Testing
@testable import Linguistics

/// Snowball has no Polish stemmer, and Polish nouns and adjectives change their ending with the
/// case: a customer's "BLIKIEM", "z paczkomatu", "zwrotu" met none of the knowledge base's "BLIK",
/// "Paczkomaty", "zwrot". This is the measurement behind `SuffixStemmer.polish`: of 15 everyday
/// word families as customers and help pages write them, stripping one case ending conflates 13
/// completely, where matching full forms conflates none. Its misses are stem alternations
/// ("fakturze", "przesyłek"), which a light stemmer leaves alone.
@Suite struct PolishStemmingTests {
    static let families: [[String]] = [
        ["paczkomat", "paczkomatu", "Paczkomaty", "paczkomatem", "paczkomatów"],
        ["BLIK", "BLIKIEM", "BLIK-a"],
        ["dostawa", "dostawy", "dostawie", "dostawę", "dostaw"],
        ["zwrot", "zwrotu", "zwroty", "zwrotem", "zwrotów"],
        ["zamówienie", "zamówienia", "zamówieniu", "zamówieniem", "zamówień"],
        ["gwarancja", "gwarancji", "gwarancję"],
        ["płatność", "płatności"],
        ["kurier", "kuriera", "kurierem", "kurierowi"],
        ["adres", "adresu", "adresem", "adresie"],
        ["termin", "terminu", "terminie"],
        ["faktura", "faktury", "fakturę", "fakturze"],
        ["przesyłka", "przesyłki", "przesyłkę", "przesyłek"],
        ["darmowa", "darmowy", "darmowe", "darmowej", "darmowego"],
        ["roboczy", "robocze", "roboczych", "roboczym"],
        ["lampa", "lampy", "lampę", "lampie"],
    ]

    static func conflated(_ analyzer: Analyzer) -> Int {
        families.filter { family in Set(family.map { analyzer.terms($0).first ?? "" }).count == 1 }.count
    }

    @Test func strippingCaseEndingsConflatesPolishWordFamilies() {
        #expect(Self.conflated(Analyzer(language: "pl")) >= 13)
        #expect(Self.conflated(Analyzer(withoutLightStemmingFor: "pl")) == 0)
    }

    @Test func namesWithDigitsAndShortWordsKeepTheirForm() {
        let pl = Analyzer(language: "pl")
        #expect(pl.terms("Przelewy24") == ["przelewy24"])
        #expect(pl.terms("dni") == ["dni"])
        #expect(pl.terms("BLIKIEM") == ["blik"])
        // Other languages are untouched by it.
        #expect(Analyzer(withoutLightStemmingFor: "en").terms("parcels") == Analyzer(language: "en").terms("parcels"))
    }
}
