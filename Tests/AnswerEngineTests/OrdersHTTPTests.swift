import AnswerEngine
import Foundation
import LoopbackHTTPServer
import Orders
import Testing
import Workspace

/// The HTTP connector against a real HTTP server on 127.0.0.1 (LoopbackHTTPServer).
struct OrdersHTTPTests {
    static let sampleOrders = ["MG10000001", "MG10000003", "MG10000005", "MG10000014", "MG10000016", "MG10000019", "MG10000022"]

    /// A fake ERP over a fresh embedded ERP, its server, and a connector configured by `yaml`
    /// (the `erp:` block of kbkit.yaml, with BASE replaced by the server's URL).
    struct Harness {
        let http: HTTPOrderConnector
        let embedded: EmbeddedOrderConnector
        let server: LoopbackHTTPServer

        init(_ yaml: String = "erp:\n  connector: http\n  http:\n    base_url: BASE\n",
             shape: @escaping @Sendable (Any) -> Any = { $0 }, environment: [String: String] = [:]) throws {
            embedded = EmbeddedOrderConnector(erp: try OrdersFixture.erp())
            let erp = OrdersFakeERP(embedded: embedded, shape: shape)
            server = try LoopbackHTTPServer { erp.respond($0) }
            let text = yaml.replacingOccurrences(of: "BASE", with: server.baseURL)
            let settings = try ERPSettings.load(try #require(try YAMLNode.parse(text, file: "kbkit.yaml"))["erp"])
            http = HTTPOrderConnector(settings: try #require(settings.http), environment: environment)
        }
    }

    /// A server that answers every request with `response`, and a connector to it under /api.
    static func fixed(_ response: LoopbackHTTPServer.Response, timeoutMs: Int = 5000) throws -> (HTTPOrderConnector, LoopbackHTTPServer) {
        let server = try LoopbackHTTPServer { _ in response }
        return (HTTPOrderConnector(settings: .init(baseURL: server.baseURL + "/api", timeoutMs: timeoutMs)), server)
    }

    @Test func sameRecordAsTheEmbeddedConnector() throws {
        let h = try Harness()
        defer { h.server.stop() }
        let http = h.http
        let embedded = h.embedded
        for number in Self.sampleOrders {
            let expected = try #require(try embedded.status(order: number))
            #expect(try http.status(order: number) == expected)
        }
    }

    @Test func customMappingOfAnotherShape() throws {
        // An ERP that wraps the order, names things its own way, and uses upper-case status words.
        let yaml = """
            erp:
              connector: http
              http:
                base_url: BASE
                response:
                  root: data.order
                  fields:
                    number: id
                    customer_name: customer.name
                    customer_language: customer.lang
                    vip: customer.vip
                    total: amounts.total
                    items: lines
                    items.unit_price: price.amount
                    shipments.tracking: tracking_number
                  status_values:
                    SHIPPED: shipped
                    OPEN: processing
                    DONE: delivered
                    REFUNDING: refund_in_progress
            """
        let reshape: @Sendable (Any) -> Any = { tree in
            var o = tree as! [String: Any]
            o["id"] = o.removeValue(forKey: "number")
            o["customer"] = ["name": o.removeValue(forKey: "customer_name")!, "lang": o.removeValue(forKey: "customer_language")!,
                             "vip": o.removeValue(forKey: "vip")!]
            o["amounts"] = ["total": o.removeValue(forKey: "total")!]
            o["lines"] = (o.removeValue(forKey: "items") as! [[String: Any]]).map { item in
                var i = item
                i["price"] = ["amount": i.removeValue(forKey: "unit_price")!]
                return i
            }
            o["shipments"] = (o["shipments"] as! [[String: Any]]).map { s in
                var s = s
                s["tracking_number"] = s.removeValue(forKey: "tracking")
                return s
            }
            let words = ["shipped": "SHIPPED", "processing": "OPEN", "delivered": "DONE", "refund_in_progress": "REFUNDING"]
            o["status"] = words[o["status"] as! String]!
            return ["data": ["order": o]]
        }
        let h = try Harness(yaml, shape: reshape)
        defer { h.server.stop() }
        let http = h.http
        let embedded = h.embedded
        for number in Self.sampleOrders {
            #expect(try http.status(order: number) == (try embedded.status(order: number)))
        }
    }

    @Test func unknownOrderIsNil() throws {
        let h = try Harness()
        defer { h.server.stop() }
        let http = h.http
        let server = h.server
        #expect(try http.status(order: "MG99999999") == nil)
        #expect(server.requests.map(\.path) == ["/orders/MG99999999"])
    }

    @Test func orderNumberStaysOnePathSegment() throws {
        let h = try Harness()
        defer { h.server.stop() }
        let http = h.http
        let server = h.server
        #expect(try http.status(order: "../admin?x=1") == nil)
        #expect(server.requests.first?.path == "/orders/..%2Fadmin%3Fx=1")
    }

    @Test func cancelThroughHTTP() throws {
        let h = try Harness()
        defer { h.server.stop() }
        let http = h.http
        let embedded = h.embedded
        let server = h.server
        #expect(try http.cancel(order: "MG10000003") == .cancelled)
        #expect(try http.status(order: "MG10000003")?.status == .cancelled)
        #expect(try embedded.status(order: "MG10000003")?.status == .cancelled)
        #expect(try http.cancel(order: "MG10000005") == .notCancellable(.shipped))
        #expect(try http.cancel(order: "MG99999999") == .notFound)
        #expect(server.requests.map { "\($0.method) \($0.path)" } == [
            "POST /orders/MG10000003/cancel", "GET /orders/MG10000003",
            "POST /orders/MG10000005/cancel", "POST /orders/MG99999999/cancel",
        ])
    }

    @Test func refusalWithoutTheOrderLooksTheStatusUp() throws {
        // Some ERPs refuse with a bare error body; the connector then asks for the order's status.
        let embedded = EmbeddedOrderConnector(erp: try OrdersFixture.erp())
        let erp = OrdersFakeERP(embedded: embedded)
        let server = try LoopbackHTTPServer { request in
            request.method == "POST" ? .json(409, #"{"error":"order can no longer be cancelled"}"#) : erp.respond(request)
        }
        defer { server.stop() }
        let http = HTTPOrderConnector(settings: .init(baseURL: server.baseURL))
        #expect(try http.cancel(order: "MG10000013") == .notCancellable(.heldAtCustoms))
        #expect(server.requests.map { "\($0.method) \($0.path)" } == ["POST /orders/MG10000013/cancel", "GET /orders/MG10000013"])
    }

    @Test func headersAndBearerTokenFromTheEnvironment() throws {
        let yaml = """
            erp:
              connector: http
              http:
                base_url: BASE
                headers:
                  X-Shop-Id: meridian
                bearer_token_env: KBKIT_TEST_ERP_TOKEN
            """
        do {
            let h = try Harness(yaml, environment: ["KBKIT_TEST_ERP_TOKEN": "s3cret"])
            defer { h.server.stop() }
            let http = h.http
            let server = h.server
            _ = try http.status(order: "MG10000001")
            let headers = try #require(server.requests.first?.headers)
            #expect(headers["authorization"] == "Bearer s3cret")
            #expect(headers["x-shop-id"] == "meridian")
            #expect(headers["accept"] == "application/json")
        }
        do {
            let h = try Harness(yaml, environment: [:])
            defer { h.server.stop() }
            let http = h.http
            let server = h.server
            #expect(throws: OrderLookupError.configuration("the environment variable KBKIT_TEST_ERP_TOKEN (erp.http.bearer_token_env) is not set")) {
                try http.status(order: "MG10000001")
            }
            #expect(server.requests.isEmpty)
        }
    }

    @Test func serverErrorNamesURLAndStatus() throws {
        let (http, server) = try Self.fixed(.json(500, #"{"error":"database is down"}"#))
        defer { server.stop() }
        #expect(throws: OrderLookupError.httpStatus(url: server.baseURL + "/api/orders/MG10000001", status: 500,
                                                    body: #"{"error":"database is down"}"#)) {
            try http.status(order: "MG10000001")
        }
        #expect(throws: OrderLookupError.httpStatus(url: server.baseURL + "/api/orders/MG10000001/cancel", status: 500,
                                                    body: #"{"error":"database is down"}"#)) {
            try http.cancel(order: "MG10000001")
        }
    }

    @Test func slowServerTimesOut() throws {
        let (http, server) = try Self.fixed(LoopbackHTTPServer.Response(status: 200, body: Data("{}".utf8), delay: 3), timeoutMs: 300)
        defer { server.stop() }
        let error = #expect(throws: OrderLookupError.self) { try http.status(order: "MG10000001") }
        #expect(error == .timeout(url: server.baseURL + "/api/orders/MG10000001", seconds: 0.3))
        #expect(error?.description.contains("no response within 0.3 s") == true)
    }

    @Test func badJSONIsReported() throws {
        do {
            let (http, server) = try Self.fixed(.json(200, "<html>Maintenance</html>"))
            defer { server.stop() }
            let error = #expect(throws: OrderLookupError.self) { try http.status(order: "MG10000001") }
            guard case .invalidJSON(let url, let message) = error else { Issue.record("got \(String(describing: error))"); return }
            #expect(url == server.baseURL + "/api/orders/MG10000001")
            #expect(message.contains("<html>Maintenance"))
        }
        do {
            let (http, server) = try Self.fixed(.json(200, "[1, 2]"))
            defer { server.stop() }
            #expect(throws: OrderLookupError.invalidJSON(url: server.baseURL + "/api/orders/MG10000001",
                                                         message: "expected an object at '(root)', found a list")) {
                try http.status(order: "MG10000001")
            }
        }
    }

    @Test func missingAndInvalidFieldsAreNamed() throws {
        let embedded = try OrdersFixture.readOnlyConnector()
        let full = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(try embedded.status(order: "MG10000005"))) as! [String: Any]
        func serve(_ tree: [String: Any]) -> LoopbackHTTPServer.Response {
            LoopbackHTTPServer.Response(status: 200, body: try! JSONSerialization.data(withJSONObject: tree))
        }
        var noCurrency = full
        noCurrency["currency"] = nil
        do {
            let (http, server) = try Self.fixed(serve(noCurrency))
            defer { server.stop() }
            #expect(throws: OrderLookupError.missingField(url: server.baseURL + "/api/orders/MG10000005", field: "currency", path: "currency")) {
                try http.status(order: "MG10000005")
            }
        }
        var noTracking = full
        noTracking["shipments"] = [["carrier": "DHL", "status": "in_transit"]]
        do {
            let (http, server) = try Self.fixed(serve(noTracking))
            defer { server.stop() }
            #expect(throws: OrderLookupError.missingField(url: server.baseURL + "/api/orders/MG10000005",
                                                          field: "shipments.tracking", path: "shipments.0.tracking")) {
                try http.status(order: "MG10000005")
            }
        }
        var badStatus = full
        badStatus["status"] = "teleported"
        do {
            let (http, server) = try Self.fixed(serve(badStatus))
            defer { server.stop() }
            let error = #expect(throws: OrderLookupError.self) { try http.status(order: "MG10000005") }
            guard case .invalidField(_, "status", "status", "the text \"teleported\"", let expected) = error else {
                Issue.record("got \(String(describing: error))"); return
            }
            #expect(expected.contains("held_at_customs"))
        }
        var badTotal = full
        badTotal["total"] = "fifty"
        do {
            let (http, server) = try Self.fixed(serve(badTotal))
            defer { server.stop() }
            #expect(throws: OrderLookupError.invalidField(url: server.baseURL + "/api/orders/MG10000005", field: "total", path: "total",
                                                          found: "the text \"fifty\"", expected: "a number")) {
                try http.status(order: "MG10000005")
            }
        }
        // Optional fields may be absent: no note, no lists, no vip, no contact count.
        let minimal: [String: Any] = ["number": "MG10000005", "market": "DE", "customer_name": "Lukas Schneider", "status": "shipped",
                                      "currency": "EUR", "total": "54.80", "placed_at": "2026-11-17T08:40:00+01:00", "payment_method": "paypal"]
        do {
            let (http, server) = try Self.fixed(serve(minimal))
            defer { server.stop() }
            let record = try #require(try http.status(order: "MG10000005"))
            #expect(record == OrderRecord(number: "MG10000005", market: "DE", customerName: "Lukas Schneider", status: .shipped, currency: "EUR",
                                          total: Decimal(string: "54.8")!, placedAt: "2026-11-17T08:40:00+01:00", paymentMethod: "paypal"))
        }
    }

    @Test func unreachableServer() throws {
        // A port that was just free: bind a server, note its port, stop it.
        let closed = try LoopbackHTTPServer { _ in .json(200, "{}") }
        let base = closed.baseURL
        closed.stop()
        let http = HTTPOrderConnector(settings: .init(baseURL: base, timeoutMs: 2000))
        let error = #expect(throws: OrderLookupError.self) { try http.status(order: "MG10000001") }
        guard case .unreachable(let url, _) = error else { Issue.record("got \(String(describing: error))"); return }
        #expect(url == base + "/orders/MG10000001")
    }
}
