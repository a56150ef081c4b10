import AnswerEngine
import Foundation
import LoopbackHTTPServer
import Orders

/// A REST ERP for the HTTP connector's tests, served by LoopbackHTTPServer and backed by the
/// embedded ERP of the sample workspace, so both connectors see the same rows:
/// `GET /orders/{n}` → the OrderRecord JSON or 404; `POST /orders/{n}/cancel` → 200, 409 with the
/// order JSON, or 404. `shape` rewrites the JSON, for the custom-mapping tests.
struct OrdersFakeERP: Sendable {
    let embedded: EmbeddedOrderConnector
    var shape: @Sendable (Any) -> Any = { $0 }

    func respond(_ request: LoopbackHTTPServer.Request) -> LoopbackHTTPServer.Response {
        let parts = request.path.split(separator: "/").map(String.init)
        do {
            switch (request.method, parts.count) {
            case ("GET", 2) where parts[0] == "orders":
                guard let record = try embedded.status(order: parts[1].removingPercentEncoding ?? parts[1]) else {
                    return .json(404, #"{"error":"no such order"}"#)
                }
                return LoopbackHTTPServer.Response(status: 200, body: try json(record))
            case ("POST", 3) where parts[0] == "orders" && parts[2] == "cancel":
                switch try embedded.cancel(order: parts[1]) {
                case .cancelled: return .json(200, #"{"cancelled":true}"#)
                case .notFound: return .json(404, #"{"error":"no such order"}"#)
                case .notCancellable:
                    return LoopbackHTTPServer.Response(status: 409, body: try json(embedded.status(order: parts[1])!))
                }
            default:
                return .json(400, #"{"error":"unknown endpoint"}"#)
            }
        } catch {
            return .json(500, #"{"error":"\#(error)"}"#)
        }
    }

    func json(_ record: OrderRecord) throws -> Data {
        let tree = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(record))
        return try JSONSerialization.data(withJSONObject: shape(tree), options: [.sortedKeys])
    }
}
