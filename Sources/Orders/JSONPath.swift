import Foundation

/// A dot path into a JSONSerialization tree: "data.order.lines.0.sku". Segments name object keys;
/// a segment of digits indexes an array. The empty path is the node itself.
struct JSONPath: Sendable, Equatable, CustomStringConvertible {
    let segments: [String]

    init(_ text: String) {
        segments = text.split(separator: ".", omittingEmptySubsequences: true).map(String.init)
    }

    var description: String { segments.joined(separator: ".") }

    /// The value at this path, or nil when a segment is missing or the value is JSON null.
    func value(in root: Any) -> Any? {
        var node: Any = root
        for s in segments {
            if let object = node as? [String: Any], let next = object[s] {
                node = next
            } else if let array = node as? [Any], let i = Int(s), array.indices.contains(i) {
                node = array[i]
            } else {
                return nil
            }
        }
        return node is NSNull ? nil : node
    }

    /// `base.this` as one path (for messages: where in the whole response a field was looked for).
    func prefixed(by base: String) -> String {
        base.isEmpty ? description : description.isEmpty ? base : "\(base).\(description)"
    }
}
