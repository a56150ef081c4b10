import Foundation

/// A JSON document as a tree, decoded by Foundation's `JSONDecoder`. Exports are read through it rather
/// than through `Codable` structs because one article of the wrong shape (a number where a title should
/// be) must cost that article only, with a reason naming it — a typed decode fails the whole file.
enum JSONValue: Decodable, Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let n = try? c.decode(Double.self) { self = .number(n) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSONValue].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSONValue].self)) }
    }

    subscript(key: String) -> JSONValue? {
        if case .object(let o) = self { return o[key] }
        return nil
    }

    var string: String? { if case .string(let s) = self { return s }; return nil }
    var bool: Bool? { if case .bool(let b) = self { return b }; return nil }
    var array: [JSONValue]? { if case .array(let a) = self { return a }; return nil }
    var object: [String: JSONValue]? { if case .object(let o) = self { return o }; return nil }
    var number: Double? { if case .number(let n) = self { return n }; return nil }

    /// An identifier written as a number (Zendesk: 360001234567) or a string (Intercom: "8123456").
    /// Whole numbers only; ids stay below 2^53, where a Double is exact.
    var identifier: String? {
        switch self {
        case .string(let s): return s.isEmpty ? nil : s
        case .number(let n) where n == n.rounded() && abs(n) < 9_007_199_254_740_992: return String(Int64(n))
        default: return nil
        }
    }

    /// A list of strings (`label_names`); nil when any element is not a string.
    var strings: [String]? {
        guard let a = array else { return nil }
        let s = a.compactMap(\.string)
        return s.count == a.count ? s : nil
    }
}
