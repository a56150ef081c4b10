import Foundation
import Testing
import AnswerEngine
import Workspace

/// Amounts and dates in each market's format, against FACTS.md's examples and the market profiles.
struct FormattingTests {
    static let markets: [String: Market] = (try? OrdersFixture.markets()) ?? [:]

    func formatter(_ id: String) throws -> MarketFormatter {
        MarketFormatter(market: try #require(Self.markets[id], "market \(id) not loaded"))
    }

    @Test func sixteenMarketsLoaded() {
        #expect(Self.markets.keys.sorted() == ["DE", "ES", "FR", "GB", "ID", "IT", "JP", "MX", "MY", "NL", "PH", "PL", "SG", "TH", "US", "VN"])
    }

    /// Every fixture order's total as the customer must read it (FACTS.md, "ERP fixture" and "Brand voice").
    @Test(arguments: [
        ("MG10000001", "$79.98"), ("MG10000002", "$39.99"), ("MG10000003", "£18.50"), ("MG10000004", "£34.99"),
        ("MG10000005", "54,80 €"), ("MG10000006", "104,70 €"), ("MG10000007", "79,80 €"), ("MG10000008", "19,90 €"),
        ("MG10000009", "34,90 €"), ("MG10000010", "39,90 €"), ("MG10000011", "€39,80"), ("MG10000012", "149,00 zł"),
        ("MG10000013", "MX$899.00"), ("MG10000014", "¥5,480"), ("MG10000015", "¥2,980"), ("MG10000016", "฿1,290"),
        ("MG10000017", "890.000 ₫"), ("MG10000018", "Rp289.000"), ("MG10000019", "RM149.00"), ("MG10000020", "₱1,990.00"),
        ("MG10000021", "S$109.80"), ("MG10000022", "$39.99"),
    ])
    func orderTotals(_ number: String, _ expected: String) throws {
        let order = try #require(try OrdersFixture.readOnlyConnector().status(order: number))
        #expect(try formatter(order.market).amount(order.total) == expected)
    }

    @Test func amountsFromTheFactSheet() throws {
        // "Brand voice": 29,90 € in DE/FR, €29,90 in NL, $29.90 in US, ¥1,200 in JP; shipping thresholds.
        let cases: [(String, String, String)] = [
            ("DE", "29.90", "29,90 €"), ("FR", "29.90", "29,90 €"), ("NL", "29.90", "€29,90"), ("US", "29.90", "$29.90"),
            ("JP", "1200", "¥1,200"), ("GB", "9.99", "£9.99"), ("PL", "159", "159,00 zł"), ("VN", "500000", "500.000 ₫"),
            ("ID", "350000", "Rp350.000"), ("MY", "25", "RM25.00"), ("PH", "1500", "₱1,500.00"), ("SG", "12", "S$12.00"),
            ("TH", "990", "฿990"), ("MX", "1500", "MX$1,500.00"), ("ES", "7.90", "7,90 €"), ("IT", "8.90", "8,90 €"),
        ]
        for (market, value, expected) in cases {
            #expect(try formatter(market).amount(Decimal(string: value)!) == expected, "\(market) \(value)")
        }
    }

    @Test func groupingRoundingAndSign() throws {
        #expect(try formatter("FR").amount(1290) == "1 290,00 €")
        #expect(try formatter("PL").amount(Decimal(string: "1234567.891")!) == "1 234 567,89 zł")
        #expect(try formatter("VN").amount(1_234_567_890) == "1.234.567.890 ₫")
        #expect(try formatter("US").amount(0) == "$0.00")
        #expect(try formatter("US").amount(Decimal(string: "0.005")!) == "$0.01")
        #expect(try formatter("JP").amount(Decimal(string: "5480.5")!) == "¥5,481")
        #expect(try formatter("US").amount(Decimal(string: "999.999")!) == "$1,000.00")
        #expect(try formatter("US").amount(-5) == "-$5.00")
        #expect(try formatter("DE").amount(Decimal(string: "-0.001")!) == "0,00 €")
    }

    /// The short and long date of each market, as the profiles' comments and FACTS.md write them.
    @Test(arguments: [
        ("US", "2026-11-24", "11/24/2026", "November 24, 2026"),
        ("GB", "2026-11-24", "24/11/2026", "24 November 2026"),
        ("DE", "2026-11-21", "21.11.2026", "21. November 2026"),
        ("FR", "2026-11-21", "21/11/2026", "21 novembre 2026"),
        ("ES", "2026-11-21", "21/11/2026", "21 de noviembre de 2026"),
        ("IT", "2026-11-23", "23/11/2026", "23 novembre 2026"),
        ("NL", "2026-11-19", "19-11-2026", "19 november 2026"),
        ("PL", "2026-11-24", "24.11.2026", "24 listopada 2026"),
        ("MX", "2026-11-23", "23/11/2026", "23 de noviembre de 2026"),
        ("JP", "2026-11-21", "2026/11/21", "2026年11月21日"),
        ("TH", "2026-11-24", "24/11/2026", "24 พฤศจิกายน 2026"),
        ("VN", "2026-11-24", "24/11/2026", "ngày 24 tháng 11 năm 2026"),
        ("ID", "2026-11-25", "25/11/2026", "25 November 2026"),
        ("MY", "2026-12-02", "02/12/2026", "2 Disember 2026"),
        ("PH", "2026-11-26", "11/26/2026", "November 26, 2026"),
        ("SG", "2026-11-18", "18/11/2026", "18 November 2026"),
    ])
    func marketDates(_ market: String, _ iso: String, _ short: String, _ long: String) throws {
        let f = try formatter(market)
        let date = try #require(ISODate(iso))
        #expect(f.date(date, style: .short) == short)
        #expect(f.date(date, style: .long) == long)
    }

    @Test func theLocaleIdentifierChoosesTheCalendar() throws {
        var buddhist = try #require(Self.markets["TH"])
        buddhist.locale = "th-TH"
        let date = try #require(ISODate("2026-11-24"))
        // Without -u-ca-gregory, Thai formats count years in the Buddhist era (2026 + 543).
        #expect(MarketFormatter(market: buddhist).date(date, style: .long) == "24 พฤศจิกายน 2569")
        #expect(try formatter("TH").date(date, style: .long) == "24 พฤศจิกายน 2026")
    }

    @Test func dayBoundariesDoNotShift() throws {
        // First and last days of months and years, and a leap day, in zones far east and west of UTC.
        for iso in ["2026-01-01", "2026-12-31", "2028-02-29", "2026-03-29", "2026-10-25"] {
            let date = try #require(ISODate(iso))
            let (y, m, d) = (iso.prefix(4), iso.dropFirst(5).prefix(2), iso.suffix(2))
            #expect(try formatter("JP").date(date) == "\(y)/\(m)/\(d)")
            #expect(try formatter("US").date(date) == "\(m)/\(d)/\(y)")
        }
    }

    @Test func fixtureDatesInTheirMarkets() throws {
        let connector = try OrdersFixture.readOnlyConnector()
        let de = try #require(try connector.status(order: "MG10000005"))
        #expect(try formatter(de.market).date(try #require(de.shipments.first?.eta), style: .long) == "21. November 2026")
        let my = try #require(try connector.status(order: "MG10000019"))
        #expect(try formatter(my.market).date(try #require(my.refunds.first?.dueBy)) == "02/12/2026")
        let jp = try #require(try connector.status(order: "MG10000014"))
        #expect(try formatter(jp.market).date(try #require(jp.shipments.first?.eta), style: .long) == "2026年11月22日")
    }

    @Test func sharedAcrossTasks() async throws {
        let f = try formatter("DE")
        let date = try #require(ISODate("2026-11-21"))
        let results = await withTaskGroup(of: String.self) { group in
            for _ in 0..<32 { group.addTask { f.date(date, style: .long) + " " + f.amount(54.8) } }
            return await group.reduce(into: Set<String>()) { $0.insert($1) }
        }
        #expect(results == ["21. November 2026 54,80 €"])
    }
}
