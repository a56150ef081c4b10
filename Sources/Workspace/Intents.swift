/// The intent taxonomy (`kb/intents/taxonomy.yaml`) and the example messages per language
/// (`kb/intents/<lang>.yaml`) the engine's classifier is trained on.
public struct IntentCatalog: Sendable, Equatable {
    public var intents: [IntentDefinition]
    /// language → intent id → example messages
    public var examples: [String: [String: [String]]]

    public var ids: [String] { intents.map(\.id) }
    public func intent(_ id: String) -> IntentDefinition? { intents.first { $0.id == id } }
}

public struct IntentDefinition: Sendable, Equatable {
    public var id: String
    public var description: String
    public var action: String?
    public var needsOrder: Bool
    public var escalate: Bool
    public var topics: [String]

    static func load(_ n: YAMLNode) throws(WorkspaceError) -> IntentDefinition {
        try n.allowOnly(["id", "description", "action", "needs_order", "escalate", "topics", "examples"])
        let id = try n.string("id")
        if let action = try n.optionalString("action"), !Self.knownActions.contains(action) {
            throw n["action"]!.error("unknown ERP action '\(action)' (\(Self.knownActions.sorted().joined(separator: ", ")))")
        }
        return IntentDefinition(id: id, description: try n.optionalString("description") ?? "", action: try n.optionalString("action"),
                                needsOrder: try n["needs_order"]?.bool() ?? false, escalate: try n["escalate"]?.bool() ?? false,
                                topics: try n["topics"]?.strings() ?? [])
    }

    /// The ERP actions the engine can call.
    public static let knownActions: Set<String> = ["order.status", "order.cancel"]
}

extension IntentCatalog {
    static func loadTaxonomy(_ n: YAMLNode) throws(WorkspaceError) -> [IntentDefinition] {
        try n.allowOnly(["intents"])
        var seen = Set<String>()
        var out: [IntentDefinition] = []
        for item in try n.required("intents").items() {
            let def = try IntentDefinition.load(item)
            guard seen.insert(def.id).inserted else { throw item.error("duplicate intent id '\(def.id)'", field: "\(item.path).id") }
            out.append(def)
        }
        return out
    }

    /// One language file; every intent it names must be in the taxonomy.
    static func loadExamples(_ n: YAMLNode, known: Set<String>) throws(WorkspaceError) -> (lang: String, examples: [String: [String]]) {
        try n.allowOnly(["lang", "examples"])
        let lang = try n.required("lang").languageTag()
        var examples: [String: [String]] = [:]
        for (intent, list) in try n.required("examples").entries() {
            guard known.contains(intent) else {
                throw list.error("unknown intent '\(intent)' (not in kb/intents/taxonomy.yaml)")
            }
            let messages = try list.strings()
            var seen = Set<String>()
            for (i, m) in messages.enumerated() where !seen.insert(m.lowercased()).inserted {
                throw WorkspaceError(file: n.file, line: list.line, field: "\(list.path)[\(i)]", message: "duplicate example \"\(m)\"")
            }
            examples[intent] = messages
        }
        return (lang, examples)
    }
}
