import Foundation
import Orders
import Testing
import AnswerEngine
import KnowledgeStore
import Workspace

/// The 22 orders of FACTS.md's "ERP fixture" table, as the embedded connector must read them back.
struct OrdersEmbeddedTests {
    struct Expected: Sendable, CustomTestStringConvertible {
        var number: String
        var market: String
        var customer: String
        var status: OrderStatus
        var total: String
        /// carrier, tracking, shipped, eta, delivered of the first shipment; nil while none exists.
        var parcel: (carrier: String, tracking: String, shipped: String, eta: String?, delivered: String?)?
        var testDescription: String { number }
    }

    // Transcribed from FACTS.md (the fact sheet lives outside the repository); dates are 2026.
    static let expected: [Expected] = [
        .init(number: "MG10000001", market: "US", customer: "Emily Carter", status: .delivered, total: "79.98",
              parcel: ("UPS", "1Z999AA10123456784", "2026-11-10", nil, "2026-11-14")),
        .init(number: "MG10000002", market: "US", customer: "Daniel Ruiz", status: .shipped, total: "39.99",
              parcel: ("USPS", "9400111899223344556677", "2026-11-18", "2026-11-24", nil)),
        .init(number: "MG10000003", market: "GB", customer: "Oliver Hughes", status: .processing, total: "18.50", parcel: nil),
        .init(number: "MG10000004", market: "GB", customer: "Amelia Patel", status: .returned, total: "34.99",
              parcel: ("Evri", "H01ABC1234567890", "2026-10-13", nil, "2026-10-19")),
        .init(number: "MG10000005", market: "DE", customer: "Lukas Schneider", status: .shipped, total: "54.80",
              parcel: ("DHL", "00340434161234567890", "2026-11-17", "2026-11-21", nil)),
        .init(number: "MG10000006", market: "DE", customer: "Anna Weber", status: .delayed, total: "104.70",
              parcel: ("DHL", "00340434169876543210", "2026-11-05", nil, nil)),
        .init(number: "MG10000007", market: "FR", customer: "Camille Dubois", status: .delivered, total: "79.80",
              parcel: ("Colissimo", "6A12345678901", "2026-11-04", nil, "2026-11-08")),
        .init(number: "MG10000008", market: "FR", customer: "Hugo Lefèvre", status: .returnRequested, total: "19.90",
              parcel: ("Colissimo", "6A98765432109", "2026-11-09", nil, "2026-11-12")),
        .init(number: "MG10000009", market: "ES", customer: "Lucía García", status: .shipped, total: "34.90",
              parcel: ("SEUR", "1234567890123", "2026-11-18", "2026-11-23", nil)),
        .init(number: "MG10000010", market: "IT", customer: "Giulia Romano", status: .cancelled, total: "39.90", parcel: nil),
        .init(number: "MG10000011", market: "NL", customer: "Sanne de Vries", status: .delivered, total: "39.80",
              parcel: ("PostNL", "3SABCD1234567", "2026-11-18", nil, "2026-11-19")),
        .init(number: "MG10000012", market: "PL", customer: "Katarzyna Nowak", status: .shipped, total: "149.00",
              parcel: ("InPost", "640012345678901234567890", "2026-11-19", "2026-11-24", nil)),
        .init(number: "MG10000013", market: "MX", customer: "José Hernández", status: .heldAtCustoms, total: "899.00",
              parcel: ("DHL", "1234567890", "2026-11-06", nil, nil)),
        .init(number: "MG10000014", market: "JP", customer: "佐藤 美咲", status: .shipped, total: "5480",
              parcel: ("Yamato Transport", "4567-8901-2345", "2026-11-16", "2026-11-22", nil)),
        .init(number: "MG10000015", market: "JP", customer: "鈴木 健", status: .awaitingPayment, total: "2980", parcel: nil),
        .init(number: "MG10000016", market: "TH", customer: "สมชาย ใจดี", status: .shipped, total: "1290",
              parcel: ("Flash Express", "TH0123456789A", "2026-11-12", "2026-11-24", nil)),
        .init(number: "MG10000017", market: "VN", customer: "Nguyễn Văn An", status: .delivered, total: "890000",
              parcel: ("GHN", "GHN123456789VN", "2026-11-04", nil, "2026-11-15")),
        .init(number: "MG10000018", market: "ID", customer: "Siti Rahmawati", status: .shipped, total: "289000",
              parcel: ("J&T Express", "JP1234567890", "2026-11-13", "2026-11-25", nil)),
        .init(number: "MG10000019", market: "MY", customer: "Ahmad bin Ismail", status: .refundInProgress, total: "149.00",
              parcel: ("J&T Express", "630123456789", "2026-10-21", nil, "2026-10-30")),
        .init(number: "MG10000020", market: "PH", customer: "Maria Santos", status: .shipped, total: "1990",
              parcel: ("LBC", "123456789012", "2026-11-14", "2026-11-26", nil)),
        .init(number: "MG10000021", market: "SG", customer: "Tan Wei Ming", status: .delivered, total: "109.80",
              parcel: ("Ninja Van", "NVSGMER000012345", "2026-11-12", nil, "2026-11-18")),
        .init(number: "MG10000022", market: "US", customer: "Michael Brooks", status: .delivered, total: "39.99",
              parcel: ("UPS", "1Z999AA10987654321", "2026-11-09", nil, "2026-11-16")),
    ]

    static let currencies = ["US": "USD", "GB": "GBP", "DE": "EUR", "FR": "EUR", "ES": "EUR", "IT": "EUR", "NL": "EUR", "PL": "PLN",
                             "MX": "MXN", "JP": "JPY", "TH": "THB", "VN": "VND", "ID": "IDR", "MY": "MYR", "PH": "PHP", "SG": "SGD"]

    @Test(arguments: expected)
    func everyFixtureOrderReadsBack(_ e: Expected) throws {
        let connector = try OrdersFixture.readOnlyConnector()
        let record = try #require(try connector.status(order: e.number))
        #expect(record.number == e.number)
        #expect(record.market == e.market)
        #expect(record.customerName == e.customer)
        #expect(record.status == e.status)
        #expect(record.currency == Self.currencies[e.market])
        #expect(record.total == Decimal(string: e.total)!)
        #expect(!record.items.isEmpty)
        if let p = e.parcel {
            let s = try #require(record.shipments.first)
            #expect(s.carrier == p.carrier)
            #expect(s.tracking == p.tracking)
            #expect(s.shippedOn == ISODate(p.shipped))
            #expect(s.eta == p.eta.flatMap(ISODate.init))
            #expect(s.deliveredOn == p.delivered.flatMap(ISODate.init))
        } else {
            #expect(record.shipments.isEmpty)
        }
    }

    @Test func amountsAreExactDecimals() throws {
        let connector = try OrdersFixture.readOnlyConnector()
        let order = try #require(try connector.status(order: "MG10000001"))
        // 79.98 is stored as a REAL; read through Double it would not compare equal to the Decimal.
        #expect(order.total == Decimal(string: "79.98")!)
        #expect(order.items == [.init(sku: "MG-TL400", name: "Trailglow 400 camping lantern", quantity: 2, unitPrice: Decimal(string: "39.99")!)])
        let th = try #require(try connector.status(order: "MG10000016"))
        #expect(th.items.map(\.unitPrice) == [1260])
        #expect(th.paymentMethod == "cod")
    }

    @Test func returnsRefundsContactsAndVIP() throws {
        let connector = try OrdersFixture.readOnlyConnector()
        let gb = try #require(try connector.status(order: "MG10000004"))
        #expect(gb.returns == [.init(status: .received, requestedOn: ISODate("2026-10-30"), labelSentOn: ISODate("2026-10-30"),
                                     receivedOn: ISODate("2026-11-09"), note: "Free return, Evri drop-off.")])
        #expect(gb.refunds == [.init(amount: Decimal(string: "34.99")!, status: .issued, issuedOn: ISODate("2026-11-12"),
                                     dueBy: ISODate("2026-11-16"), method: "visa")])
        let my = try #require(try connector.status(order: "MG10000019"))
        #expect(my.refunds.first?.status == .pending)
        #expect(my.refunds.first?.dueBy == ISODate("2026-12-02"))
        #expect(my.returns.first?.labelSentOn == nil)
        let fr = try #require(try connector.status(order: "MG10000008"))
        #expect(fr.returns.first?.status == .labelSent)
        #expect(fr.refunds.isEmpty)
        // Anna Weber asked twice without a resolution; the resolved contact of MG10000022 does not count.
        #expect(try connector.status(order: "MG10000006")?.unresolvedContacts == 2)
        #expect(try connector.status(order: "MG10000022")?.unresolvedContacts == 0)
        #expect(try connector.status(order: "MG10000021")?.vip == true)
        #expect(try connector.status(order: "MG10000001")?.vip == false)
        #expect(try connector.status(order: "MG10000002")?.customerLanguage == "es")
        #expect(try connector.status(order: "MG10000003")?.placedAt == "2026-11-20T09:12:00+00:00")
        #expect(try connector.status(order: "MG10000003")?.placedOn == ISODate("2026-11-20"))
    }

    @Test func replacementIsASecondShipment() throws {
        let connector = try OrdersFixture.readOnlyConnector()
        let order = try #require(try connector.status(order: "MG10000022"))
        #expect(order.shipments.map(\.tracking) == ["1Z999AA10987654321", "1Z999AA10246813579"])
        #expect(order.shipments.map(\.status) == [.delivered, .inTransit])
        #expect(order.shipments[1].shippedOn == ISODate("2026-11-19"))
    }

    /// A parcel locker is the shipment's pickup point, and the answer says it while the parcel is on
    /// its way; an ERP whose schema has no such column (the second store's) reads none.
    @Test func aParcelLockerIsTheShipmentsPickupPoint() throws {
        let connector = try OrdersFixture.readOnlyConnector()
        #expect(try connector.status(order: "MG10000012")?.shipments.map(\.pickupPoint) == ["KRA01M"])
        #expect(try connector.status(order: "MG10000002")?.shipments.map(\.pickupPoint) == [nil])
        let a = try EngineTests().ask("PL", "Dzień dobry, gdzie jest moja paczka z zamówienia MG10000012?")
        #expect(a.answer.contains("punktu odbioru KRA01M"), "\(a.answer)")
        let second = OrdersFixture.root.appendingPathComponent("Tests/Fixtures/SecondStore/kb/erp")
        let older = EmbeddedOrderConnector(erp: try EmbeddedERP(folder: second, displayFolder: "kb/erp"))
        let parcel = try #require(try older.status(order: "TT-410001")?.shipments.first)
        #expect(parcel.carrier == "Bring" && parcel.pickupPoint == nil)
    }

    @Test func unknownOrderIsNil() throws {
        let connector = try OrdersFixture.readOnlyConnector()
        #expect(try connector.status(order: "MG99999999") == nil)
        #expect(try connector.status(order: "mg10000001") == nil)
        #expect(try connector.status(order: "'; DROP TABLE orders; --") == nil)
        #expect(try connector.status(order: "MG10000001") != nil)
    }

    @Test func cancelWhileProcessingChangesTheDatabase() throws {
        let connector = EmbeddedOrderConnector(erp: try OrdersFixture.erp())
        #expect(try connector.status(order: "MG10000003")?.status == .processing)
        #expect(try connector.cancel(order: "MG10000003") == .cancelled)
        #expect(try connector.status(order: "MG10000003")?.status == .cancelled)
        // Cancelled is final: a second request is refused with the new status.
        #expect(try connector.cancel(order: "MG10000003") == .notCancellable(.cancelled))
    }

    @Test func cancelAfterDispatchIsRefused() throws {
        let connector = EmbeddedOrderConnector(erp: try OrdersFixture.erp())
        #expect(try connector.cancel(order: "MG10000005") == .notCancellable(.shipped))
        #expect(try connector.cancel(order: "MG10000013") == .notCancellable(.heldAtCustoms))
        #expect(try connector.cancel(order: "MG10000015") == .notCancellable(.awaitingPayment))
        #expect(try connector.status(order: "MG10000005")?.status == .shipped)
        #expect(try connector.cancel(order: "MG99999999") == .notFound)
    }

    @Test func eachERPLoadIsIndependent() throws {
        let first = EmbeddedOrderConnector(erp: try OrdersFixture.erp())
        #expect(try first.cancel(order: "MG10000003") == .cancelled)
        let second = EmbeddedOrderConnector(erp: try OrdersFixture.erp())
        #expect(try second.status(order: "MG10000003")?.status == .processing)
    }

    @Test func recordJSONRoundTrips() throws {
        let connector = try OrdersFixture.readOnlyConnector()
        for e in Self.expected {
            let record = try #require(try connector.status(order: e.number))
            let json = try JSONEncoder().encode(record)
            #expect(try JSONDecoder().decode(OrderRecord.self, from: json) == record)
        }
        let json = String(decoding: try JSONEncoder().encode(try connector.status(order: "MG10000005")), as: UTF8.self)
        #expect(json.contains("\"eta\":\"2026-11-21\""))
        #expect(json.contains("\"customer_name\":\"Lukas Schneider\""))
        #expect(json.contains("\"total\":54.8"))
    }
}
