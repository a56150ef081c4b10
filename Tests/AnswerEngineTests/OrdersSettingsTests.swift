import Foundation
import Orders
import Testing
import AnswerEngine
import KnowledgeStore
import Workspace

/// The `erp:` block of kbkit.yaml (ERPSettings) and its agreement with OrderRecord.
struct OrdersSettingsTests {
    func load(_ yaml: String) throws -> ERPSettings {
        try ERPSettings.load(try #require(try YAMLNode.parse(yaml, file: "kbkit.yaml"))["erp"])
    }

    func loadError(_ yaml: String) -> WorkspaceError? {
        #expect(throws: WorkspaceError.self) { try load(yaml) }
    }

    @Test func sampleWorkspaceUsesTheEmbeddedERP() throws {
        let node = try YAMLNode.load(OrdersFixture.root.appendingPathComponent("kbkit.yaml"), displayPath: "kbkit.yaml")
        let settings = try ERPSettings.load(node["erp"])
        #expect(settings == ERPSettings(connector: .embedded, http: nil))
        let connector = try settings.makeConnector(embedded: try OrdersFixture.erp())
        #expect(try connector.status(order: "MG10000005")?.status == .shipped)
    }

    @Test func fullHTTPBlock() throws {
        let settings = try load("""
            erp:
              connector: http
              http:
                base_url: https://erp.example.com/api/v2
                status_path: /v2/order/{order}
                cancel_method: put
                cancel_path: /v2/order/{order}/cancellation
                headers:
                  X-Shop-Id: meridian
                bearer_token_env: ERP_TOKEN
                timeout_ms: 2500
                refused_statuses: [409]
                response:
                  root: data
                  fields:
                    customer_name: customer.full_name
                    items.unit_price: price
                  status_values:
                    SHIPPED: shipped
            """)
        #expect(settings.connector == .http)
        let http = try #require(settings.http)
        #expect(http == ERPSettings.HTTP(
            baseURL: "https://erp.example.com/api/v2", statusMethod: "GET", statusPath: "/v2/order/{order}", cancelMethod: "PUT",
            cancelPath: "/v2/order/{order}/cancellation", headers: ["X-Shop-Id": "meridian"], bearerTokenEnv: "ERP_TOKEN", timeoutMs: 2500,
            refusedStatuses: [409],
            response: .init(root: "data", fields: ["customer_name": "customer.full_name", "items.unit_price": "price"],
                            statusValues: ["SHIPPED": "shipped"])))
        #expect(http.response.path(for: "customer_name") == "customer.full_name")
        #expect(http.response.path(for: "currency") == "currency")
        #expect(http.response.path(for: "shipments.eta") == "eta")
        #expect(try settings.makeConnector(embedded: nil) is HTTPOrderConnector)
    }

    @Test func mistakesAreLocated() throws {
        let typo = loadError("""
            erp:
              connector: http
              http:
                base_url: http://localhost:9000
                response:
                  fields:
                    custmer_name: customer.name
            """)
        #expect(typo?.line == 7)
        #expect(typo?.field == "erp.http.response.fields.custmer_name")
        #expect(typo?.message.contains("did you mean 'customer_name'") == true)

        let noBlock = loadError("erp:\n  connector: http\n")
        #expect(noBlock?.message.contains("needs an `http:` block") == true)

        let badURL = loadError("erp:\n  http:\n    base_url: erp.example.com/api\n")
        #expect(badURL?.field == "erp.http.base_url")

        let badPath = loadError("erp:\n  http:\n    base_url: http://localhost\n    status_path: /orders\n")
        #expect(badPath?.message.contains("{order}") == true)

        let badStatus = loadError("erp:\n  http:\n    base_url: http://localhost\n    response:\n      status_values:\n        GONE: vanished\n")
        #expect(badStatus?.field == "erp.http.response.status_values.GONE")

        let token = loadError("erp:\n  http:\n    base_url: http://localhost\n    bearer_token_env: \"abc def\"\n")
        #expect(token?.message.contains("environment variable name") == true)

        let connector = loadError("erp:\n  connector: sap\n")
        #expect(connector?.message.contains("embedded or http") == true)
    }

    @Test func knownFieldsAreTheRecordsJSONKeys() throws {
        // The mapping's field names must stay the keys OrderRecord encodes, or a mapping entry
        // would silently map nothing. Collect the keys of every fixture order (together they have
        // shipments, returns and refunds) plus an order with every optional field set.
        let connector = try OrdersFixture.readOnlyConnector()
        var keys = Set<String>()
        func collect(_ tree: Any, prefix: String) {
            guard let object = tree as? [String: Any] else { return }
            for (key, value) in object {
                keys.insert(prefix + key)
                for element in value as? [Any] ?? [] { collect(element, prefix: "\(key).") }
            }
        }
        for e in OrdersEmbeddedTests.expected {
            let record = try #require(try connector.status(order: e.number))
            collect(try JSONSerialization.jsonObject(with: try JSONEncoder().encode(record)), prefix: "")
        }
        #expect(keys == Set(ERPSettings.ResponseMapping.knownFields))
        #expect(ERPSettings.ResponseMapping.orderStatuses == OrderStatus.allCases.map(\.rawValue))
    }
}
