import AnswerEngine
import Foundation
import Testing

@Suite struct UnderstandingEntityTests {
    @Test(arguments: [
        "Where is MG10000005?", "where is mg10000005", "order MG 1000 0005 please", "#MG10000005", "MG-10000005",
        "my order #10000005 hasn't come", "注文番号ＭＧ１００００００５です", "Bestellung MG10000005, danke", "MG10000005の件",
    ])
    func orderNumbersAreFoundHoweverTheyAreTyped(_ text: String) {
        #expect(UnderstandingFixture.extractor.extract(text).orderNumbers == ["MG10000005"])
    }

    @Test(arguments: ["MG1000005 is short", "MG100000050 is long", "XMG10000005", "call 10000005"])
    func thingsThatAreNotOrderNumbers(_ text: String) {
        #expect(UnderstandingFixture.extractor.extract(text).orderNumbers.isEmpty)
    }

    @Test func severalOrdersInOrderOfAppearanceWithoutRepeats() {
        let e = UnderstandingFixture.extractor.extract("MG10000003 and mg10000001, not MG10000003 again")
        #expect(e.orderNumbers == ["MG10000003", "MG10000001"])
    }

    /// Every carrier format of the ERP fixture (kb/erp/orders.sql), as a customer would paste it.
    @Test func trackingNumbersOfTheFixtureCarriers() throws {
        let file = try String(contentsOf: UnderstandingFixture.root.appendingPathComponent("kb/erp/orders.sql"), encoding: .utf8)
        let start = try #require(file.range(of: "INSERT INTO shipments"))
        let end = try #require(file.range(of: "INSERT INTO", range: start.upperBound..<file.endIndex))
        let sql = String(file[start.upperBound..<end.lowerBound])
        let row = try NSRegularExpression(pattern: "\\('(MG\\d{8})',\\s*'([^']+)',\\s*'([^']+)',")
        let rows = row.matches(in: sql, range: NSRange(sql.startIndex..., in: sql)).map { m in
            (carrier: (sql as NSString).substring(with: m.range(at: 2)), tracking: (sql as NSString).substring(with: m.range(at: 3)))
        }
        #expect(rows.count >= 20)
        for (carrier, tracking) in rows {
            let e = UnderstandingFixture.extractor.extract("My \(carrier) tracking number is \(tracking), can you check it?")
            #expect(e.trackingNumbers == [TrackingNumber(number: tracking, carrier: carrier)], "\(carrier) \(tracking)")
            #expect(e.amounts.isEmpty && e.dates.isEmpty && e.orderNumbers.isEmpty, "\(tracking) read as something else")
        }
    }

    @Test func trackingFormatsNameTheirCarrierWithoutContext() {
        #expect(UnderstandingFixture.extractor.extract("1z999aa10123456784").trackingNumbers == [TrackingNumber(number: "1Z999AA10123456784", carrier: "UPS")])
        #expect(UnderstandingFixture.extractor.extract("it says 4567-8901-2345").trackingNumbers.first?.carrier == "Yamato Transport")
        #expect(UnderstandingFixture.extractor.extract("RR123456785GB").trackingNumbers.first?.carrier == "Royal Mail")
        // A bare run of digits is only a tracking number where the message speaks of parcels.
        #expect(UnderstandingFixture.extractor.extract("call me on 0612345678").trackingNumbers.isEmpty)
        #expect(UnderstandingFixture.extractor.extract("tracking 0612345678").trackingNumbers.map(\.number) == ["0612345678"])
    }

    @Test func emails() {
        #expect(UnderstandingFixture.extractor.extract("Write to anna.weber+shop@example.co.uk please.").emails == ["anna.weber+shop@example.co.uk"])
    }

    @Test(arguments: [
        ("Ich habe 29,90 € bezahlt", "29.9", "EUR"), ("Ik betaalde €29,90", "29.9", "EUR"), ("I paid $29.90", "29.9", "USD"),
        ("送料は¥1,200ですか", "1200", "JPY"), ("1,200円かかりました", "1200", "JPY"), ("ค่าส่ง ฿990", "990", "THB"),
        ("sudah bayar Rp289.000", "289000", "IDR"), ("RM149.00 dah bayar", "149", "MYR"), ("zapłaciłem 159 zł", "159", "PLN"),
        ("phí 350.000 ₫", "350000", "VND"), ("over MX$999", "999", "MXN"), ("S$50 minimum", "50", "SGD"), ("£40 or more", "40", "GBP"),
        ("insgesamt 1.234,56 €", "1234.56", "EUR"), ("about 200 euros", "200", "EUR"), ("paid 899 pesos", "899", "MXN"),
    ])
    func amountsWithTheirCurrency(_ text: String, _ value: String, _ currency: String) {
        let amounts = UnderstandingFixture.extractor.extract(text).amounts
        #expect(amounts.count == 1, "\(text)")
        #expect(amounts.first?.value == Decimal(string: value))
        #expect(amounts.first?.currency == currency)
    }

    @Test(arguments: [
        ("delivered on 2026-11-21?", 2026, 11, 21), ("am 21.11.2026 geliefert", 2026, 11, 21), ("bis 21.11. bitte", nil, 11, 21),
        ("entregado el 21/11", nil, 11, 21), ("le 21/11/2026", 2026, 11, 21), ("on 21 November", nil, 11, 21),
        ("by November 21st, 2026", 2026, 11, 21), ("am 21. November", nil, 11, 21), ("el 21 de noviembre", nil, 11, 21),
        ("do 21 listopada", nil, 11, 21), ("11月21日に届きますか", nil, 11, 21), ("2026年11月21日", 2026, 11, 21),
        ("giao ngày 21 tháng 11", nil, 11, 21), ("ส่งวันที่ 21 พฤศจิกายน 2569", 2026, 11, 21), ("le 21 novembre", nil, 11, 21),
        ("op 19-11-2026", 2026, 11, 19), ("2026/11/22に発送", 2026, 11, 22), ("13/05", nil, 5, 13),
    ] as [(String, Int?, Int, Int)])
    func datesInTheFormatsCustomersUse(_ text: String, _ year: Int?, _ month: Int, _ day: Int) {
        let dates = UnderstandingFixture.extractor.extract(text).dates
        #expect(dates.count == 1, "\(text): \(dates)")
        #expect(dates.first?.year == year && dates.first?.month == month && dates.first?.day == day, "\(text): \(dates)")
    }

    @Test func rangesAndPricesAreNotDates() {
        #expect(UnderstandingFixture.extractor.extract("delivery takes 3-6 business days").dates.isEmpty)
        #expect(UnderstandingFixture.extractor.extract("costs 29.90 € with 7.90 € express").dates.isEmpty)
    }

    @Test func usCustomersWriteTheMonthFirst() {
        let e = UnderstandingFixture.extractor.extract("it was due 11/21", monthFirstDates: true)
        #expect(e.dates.first?.month == 11 && e.dates.first?.day == 21)
        #expect(e.dates.first?.iso(defaultYear: 2026) == "2026-11-21")
    }

    @Test func oneMessageWithEverything() {
        let e = UnderstandingFixture.extractor.extract(
            "Order MG10000012: InPost 640012345678901234567890 was due 24.11.2026, I paid 149,00 zł. Reply to k.nowak@example.pl")
        #expect(e.orderNumbers == ["MG10000012"])
        #expect(e.trackingNumbers == [TrackingNumber(number: "640012345678901234567890", carrier: "InPost")])
        #expect(e.dates.map { $0.iso(defaultYear: 2000) } == ["2026-11-24"])
        #expect(e.amounts.map(\.value) == [Decimal(149)] && e.amounts.map(\.currency) == ["PLN"])
        #expect(e.emails == ["k.nowak@example.pl"])
    }

    @Test func aPlainQuestionHasNoEntities() {
        #expect(UnderstandingFixture.extractor.extract("How long does delivery take to Japan?").isEmpty)
    }
}
