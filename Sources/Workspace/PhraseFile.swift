import Foundation

/// One language's phrases as a file gives them: kbkit's built-in `phrases/<lang>.yaml`, a workspace's
/// `kb/phrases/<lang>.yaml` (docs/WORKSPACE.md, "Phrases"). Top-level keys are phrase keys
/// (`order_line`, `status.shipped` or nested `status: {shipped: …}`); `markets: {ID: {key: text}}`
/// gives the phrases that differ for one market. Unknown keys and placeholders a key does not take
/// fail with file, line and key.
public struct PhraseFile: Sendable, Equatable {
    public var language: String
    public var file: String
    public var phrases: [PhraseKey: String]
    /// Market id → the phrases that differ for that market.
    public var markets: [String: [PhraseKey: String]]

    public init(language: String, file: String, phrases: [PhraseKey: String], markets: [String: [PhraseKey: String]] = [:]) {
        self.language = language
        self.file = file
        self.phrases = phrases
        self.markets = markets
    }

    public static func load(_ n: YAMLNode, language: String) throws(WorkspaceError) -> PhraseFile {
        var markets: [String: [PhraseKey: String]] = [:]
        for (id, m) in try n["markets"]?.entries() ?? [] {
            markets[id.uppercased()] = try entries(m)
        }
        return PhraseFile(language: language, file: n.file, phrases: try entries(n, skipping: ["markets"]), markets: markets)
    }

    /// The phrase entries of a mapping (a phrase file, one of its market sections, a market's voice).
    public static func entries(_ n: YAMLNode, skipping: Set<String> = []) throws(WorkspaceError) -> [PhraseKey: String] {
        var out: [PhraseKey: String] = [:]
        func add(_ name: String, _ value: YAMLNode) throws(WorkspaceError) {
            guard let key = PhraseKey(rawValue: name) else {
                let close = PhraseKey.allCases.map(\.rawValue).min { YAMLNode.distance($0, name) < YAMLNode.distance($1, name) }
                let hint = close.map { YAMLNode.distance($0, name) <= 3 ? " (did you mean '\($0)'?)" : "" } ?? ""
                throw value.error("unknown phrase key '\(name)'\(hint); the keys are listed in docs/RESOURCES.md, \"Phrases\"")
            }
            let text = try value.string()
            let unknown = placeholders(in: text).subtracting(key.placeholders)
            if let bad = unknown.sorted().first {
                let allowed = key.placeholders.isEmpty ? "none" : key.placeholders.sorted().map { "{\($0)}" }.joined(separator: ", ")
                throw value.error("'\(name)' cannot use the placeholder {\(bad)} (it takes: \(allowed))")
            }
            out[key] = text
        }
        for (name, value) in try n.entries() where !skipping.contains(name) {
            if PhraseKey.groups.contains(name), value.isMapping {
                for (sub, text) in try value.entries() { try add("\(name).\(sub)", text) }
            } else {
                try add(name, value)
            }
        }
        return out
    }

    /// The `{name}` placeholders of a text.
    public static func placeholders(in text: String) -> Set<String> {
        var found: Set<String> = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            let name = after[..<close]
            if !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "_") }) { found.insert(String(name)) }
            rest = after[after.index(after: close)...]
        }
        return found
    }
}
