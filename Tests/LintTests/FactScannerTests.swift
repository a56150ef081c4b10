import Testing
@testable import Lint

/// The facts rule reads the same fact from every way a language writes it.
@Suite struct FactScannerTests {
    func keys(_ text: String, _ lang: String, dateOrder: DateScanner.NumericOrder = .dayFirst) -> [String] {
        FactScanner(language: lang, dateOrder: dateOrder).facts(in: text).map { fact in
            switch fact.kind {
            case .duration(let u): return "\(fact.hundredths / 100) \(u.rawValue)"
            case .amount(let c): return "\(c) \(fact.hundredths)"
            case .percent: return "\(fact.hundredths / 100)%"
            case .date: return "date \(DateScanner.describe(fact.hundredths))"
            case .name(let concept): return "name \(concept)"
            }
        }
    }

    @Test(arguments: [
        ("You have 30 days to return it.", "en", ["30 day"]),
        ("Sie haben 30 Tage Zeit.", "de", ["30 day"]),
        ("Tiene treinta días.", "es", ["30 day"]),
        ("Masz trzydzieści dni na zwrot.", "pl", ["30 day"]),
        ("返品は30日以内です。", "ja", ["30 day"]),
        ("返品は３０日以内です。", "ja", ["30 day"]),
        ("คืนสินค้าได้ภายใน 15 วัน", "th", ["15 day"]),
        ("คืนสินค้าได้ภายใน ๑๕ วัน", "th", ["15 day"]),
        ("我们会在7个工作日内退款。", "zh", ["7 day"]),
        ("Standard delivery takes 5–8 business days.", "en", ["5 day", "8 day"]),
        ("A 2-year legal guarantee.", "en", ["2 year"]),
        ("Le remboursement prend sept semaines.", "fr", ["7 week"]),
    ])
    func durations(_ text: String, _ lang: String, _ expected: [String]) {
        #expect(keys(text, lang) == expected)
    }

    @Test(arguments: [
        ("Free from €39 or $49.", "en", ["EUR 3900", "$ 4900"]),
        ("Ab 39,00 € versandkostenfrei, Express 7,90 €.", "de", ["EUR 3900", "EUR 790"]),
        ("送料無料は¥5,000以上、または1,200円。", "ja", ["JPY 500000", "JPY 120000"]),
        ("Miễn phí từ 500.000 ₫.", "vi", ["VND 50000000"]),
        ("Gratis mulai Rp350.000, diskon 10%.", "id", ["IDR 35000000", "10%"]),
        ("MX$999 o MX$1,500", "es", ["MXN 99900", "MXN 150000"]),
    ])
    func amounts(_ text: String, _ lang: String, _ expected: [String]) {
        #expect(keys(text, lang) == expected)
    }

    /// One date in every form a language writes it; its digits are no other fact.
    @Test(arguments: [
        ("Sent on 2026-12-24.", "en", DateScanner.NumericOrder.either, ["date 2026-12-24"]),
        ("Versand am 24.12.2026, 3 Werktage.", "de", .dayFirst, ["date 2026-12-24", "3 day"]),
        ("Enviado el 24/12/2026.", "es", .dayFirst, ["date 2026-12-24"]),
        ("Shipped 12/24/2026.", "en", .monthFirst, ["date 2026-12-24"]),
        ("Shipped 05/04/2026.", "en", .either, []),
        ("2026年12月24日に発送しました。", "ja", .dayFirst, ["date 2026-12-24"]),
        ("请在１２月３１日前付款。", "zh", .dayFirst, ["date 12-31"]),
        ("Envoyé le 24 décembre 2026.", "fr", .dayFirst, ["date 2026-12-24"]),
        ("Versand am 24. Dezember.", "de", .dayFirst, ["date 12-24"]),
        ("Enviado el 24 de diciembre de 2026.", "es", .dayFirst, ["date 2026-12-24"]),
        ("Wysłano 24 grudnia 2026.", "pl", .dayFirst, ["date 2026-12-24"]),
        ("ส่งเมื่อ 24 ธันวาคม 2026", "th", .dayFirst, ["date 2026-12-24"]),
        ("Ipinadala noong Disyembre 24, 2026.", "fil", .monthFirst, ["date 2026-12-24"]),
        ("May 15 araw kayo.", "fil", .monthFirst, ["15 day"]),
    ])
    func dates(_ text: String, _ lang: String, _ order: DateScanner.NumericOrder, _ expected: [String]) {
        #expect(keys(text, lang, dateOrder: order) == expected)
    }

    /// Codes, times and years are no facts; nor are set phrases such as 24時間365日.
    @Test(arguments: [
        ("Order MG10000005, lantern IPX4, battery CR2032.", "en"),
        ("Orders before 14:00 ship the same day, 24/7.", "en"),
        ("Tracking 4567-8901-2345, call +1-800-555-0199.", "en"),
        ("24時間365日ご利用いただけます。", "ja"),
        ("Un giorno lavorativo.", "it"),
    ])
    func noFacts(_ text: String, _ lang: String) {
        #expect(keys(text, lang) == [])
    }
}
