import Foundation

import Yams

/// A YAML node that knows its file and field path, so that every accessor can fail with a located,
/// readable error. The workspace loaders are written against it instead of Codable, whose errors name
/// neither the file nor the line.
public struct YAMLNode {
    let node: Node
    public let file: String
    public let path: String

    public static func parse(_ text: String, file: String) throws(WorkspaceError) -> YAMLNode? {
        do {
            guard let node = try Yams.compose(yaml: text) else { return nil }
            return YAMLNode(node: node, file: file, path: "")
        } catch {
            let (line, message) = YAMLErrors.locate(error)
            throw WorkspaceError(file: file, line: line, message: "YAML syntax: \(message)")
        }
    }

    public static func load(_ url: URL, displayPath: String) throws(WorkspaceError) -> YAMLNode {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw WorkspaceError(file: displayPath, message: "cannot read: \((error as NSError).localizedDescription)")
        }
        guard let node = try parse(text, file: displayPath) else { throw WorkspaceError(file: displayPath, message: "the file is empty") }
        return node
    }

    public var line: Int? { node.mark?.line }

    public func error(_ message: String, field: String? = nil) -> WorkspaceError {
        WorkspaceError(file: file, line: line, field: field ?? (path.isEmpty ? nil : path), message: message)
    }

    private func childPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    public var isMapping: Bool { node.mapping != nil }
    public var isSequence: Bool { node.sequence != nil }
    public var scalarString: String? { node.scalar?.string }

    public var keys: [String] { node.mapping?.keys.compactMap { $0.string } ?? [] }

    public subscript(_ key: String) -> YAMLNode? {
        guard let mapping = node.mapping, let value = mapping[key] else { return nil }
        if case .scalar(let s) = value, s.string == "~" || (s.string.isEmpty && s.style == .plain) { return nil }
        if case .scalar(let s) = value, s.string == "null", s.style == .plain { return nil }
        return YAMLNode(node: value, file: file, path: childPath(key))
    }

    /// Mapping entries in file order.
    public func entries() throws(WorkspaceError) -> [(key: String, value: YAMLNode)] {
        guard let mapping = node.mapping else { throw error("expected a mapping (key: value)") }
        return mapping.compactMap { k, v in
            guard let key = k.string else { return nil }
            return (key, YAMLNode(node: v, file: file, path: childPath(key)))
        }
    }

    public func items() throws(WorkspaceError) -> [YAMLNode] {
        guard let seq = node.sequence else { throw error("expected a list") }
        return seq.enumerated().map { YAMLNode(node: $1, file: file, path: "\(path)[\($0)]") }
    }

    public func string() throws(WorkspaceError) -> String {
        guard let s = node.scalar?.string else { throw error("expected a single value") }
        return s
    }

    public func int() throws(WorkspaceError) -> Int {
        guard let s = node.scalar?.string, let i = Int(s) else { throw error("expected a whole number") }
        return i
    }

    public func bool() throws(WorkspaceError) -> Bool {
        guard let s = node.scalar?.string.lowercased() else { throw error("expected true or false") }
        switch s {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw error("expected true or false, found '\(s)'")
        }
    }

    /// A list of strings; a single string is accepted as a one-item list.
    public func strings() throws(WorkspaceError) -> [String] {
        if let s = node.scalar?.string { return [s] }
        return try items().map { (n: YAMLNode) throws(WorkspaceError) -> String in try n.string() }
    }

    // Required-field helpers.
    public func required(_ key: String) throws(WorkspaceError) -> YAMLNode {
        guard let v = self[key] else { throw WorkspaceError(file: file, line: line, field: childPath(key), message: "required field is missing") }
        return v
    }
    public func string(_ key: String) throws(WorkspaceError) -> String { try required(key).string() }
    public func optionalString(_ key: String) throws(WorkspaceError) -> String? { try self[key]?.string() }

    /// A field whose value is one of an enum's raw values; the error lists the values allowed.
    public func optionalEnum<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type) throws(WorkspaceError) -> E?
    where E.RawValue == String {
        guard let node = self[key] else { return nil }
        let raw = try node.string()
        guard let value = E(rawValue: raw) else {
            throw node.error("unknown value '\(raw)' (one of: \(E.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return value
    }

    /// Fails on keys the format does not know: a typo ("must_inlcude") must not silently disable a check.
    public func allowOnly(_ allowed: Set<String>) throws(WorkspaceError) {
        for (k, v) in try entries() where !allowed.contains(k) {
            let close = allowed.min { Self.distance($0, k) < Self.distance($1, k) }
            let hint = close.map { Self.distance($0, k) <= 3 ? " (did you mean '\($0)'?)" : "" } ?? ""
            throw WorkspaceError(file: file, line: v.line, field: childPath(k), message: "unknown field\(hint)")
        }
    }

    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where i <= a.count {
            var prev = row[0]
            row[0] = i
            for j in 1...max(b.count, 1) where j <= b.count {
                let cur = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] == b[j - 1] ? 0 : 1))
                prev = cur
            }
        }
        return row[b.count]
    }
}
