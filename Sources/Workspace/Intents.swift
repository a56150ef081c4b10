/// The intent taxonomy (`kb/intents/taxonomy.yaml`) and the example messages per language
/// (`kb/intents/<lang>.yaml`) the engine's classifier is trained on.
public struct IntentCatalog: Sendable, Equatable {
    public var intents: [IntentDefinition]
    /// language → intent id → example messages
    public var examples: [String: [String: [String]]]

    public var ids: [String] { intents.map(\.id) }
    public func intent(_ id: String) -> IntentDefinition? { intents.first { $0.id == id } }
    /// The intent that has `role`; `validate` makes sure the required roles have one.
    public func intent(role: IntentRole) -> IntentDefinition? { intents.first { $0.role == role } }
    /// The id of the intent with `role`, or nil.
    public func id(of role: IntentRole) -> String? { intent(role: role)?.id }
    /// The role of intent `id`, or nil.
    public func role(of id: String) -> IntentRole? { intent(id)?.role }

    public init(intents: [IntentDefinition], examples: [String: [String: [String]]]) {
        self.intents = intents
        self.examples = examples
    }
}

public struct IntentDefinition: Sendable, Equatable {
    public var id: String
    public var description: String
    /// What the intent means to the engine (order look-up, cancellation, greeting…); nil for the
    /// store's policy questions, which the knowledge base answers.
    public var role: IntentRole?
    /// The ERP action the intent calls once an order number is known.
    public var action: ERPAction?
    public var needsOrder: Bool
    public var escalate: Bool
    public var topics: [String]
    /// In a conversation about an order, a message read as this intent is about that order ("and
    /// when will it arrive?" after a status question) and continues the previous intent.
    public var followUp: Bool
    /// With no order anywhere in the conversation, the intent to answer as instead of asking for a
    /// number ("where is my refund?" with no order is a question about the refund policy).
    public var withoutOrder: String?
    /// When the intent's ERP action is refused (a cancellation of an order that has left), the intent
    /// whose market rules answer instead (how to return it).
    public var ifRefused: String?
    /// The built-in example set that covers languages the workspace has no examples in:
    /// `examples_from`, or the role's name.
    public var exampleSet: String?
    /// `answer_plan`: the facets of its topic's tables that answer the intent, in the order an answer
    /// tells them; nil: every column of the market's row (docs/WORKSPACE.md, "Answer plans").
    public var answerPlan: [AnswerFacet]?

    public init(id: String, description: String = "", role: IntentRole? = nil, action: ERPAction? = nil, needsOrder: Bool = false,
                escalate: Bool = false, topics: [String] = [], followUp: Bool = false, withoutOrder: String? = nil,
                ifRefused: String? = nil, exampleSet: String? = nil, answerPlan: [AnswerFacet]? = nil) {
        self.id = id; self.description = description; self.role = role; self.action = action; self.needsOrder = needsOrder
        self.escalate = escalate; self.topics = topics; self.followUp = followUp; self.withoutOrder = withoutOrder
        self.ifRefused = ifRefused; self.exampleSet = exampleSet ?? role?.rawValue
        self.answerPlan = answerPlan
    }

    static let keys: Set<String> = ["id", "description", "role", "action", "needs_order", "escalate", "topics", "follow_up", "without_order",
                       "if_refused", "examples_from", "examples", "answer_plan"]

    static func load(_ n: YAMLNode) throws(WorkspaceError) -> IntentDefinition {
        try n.allowOnly(keys)
        return IntentDefinition(id: try n.string("id"), description: try n.optionalString("description") ?? "",
                                role: try n.optionalEnum("role", IntentRole.self), action: try n.optionalEnum("action", ERPAction.self),
                                needsOrder: try n["needs_order"]?.bool() ?? false, escalate: try n["escalate"]?.bool() ?? false,
                                topics: try n["topics"]?.strings() ?? [], followUp: try n["follow_up"]?.bool() ?? false,
                                withoutOrder: try n.optionalString("without_order"), ifRefused: try n.optionalString("if_refused"),
                                exampleSet: try n.optionalString("examples_from"), answerPlan: try answerPlan(n["answer_plan"]))
    }

    /// `answer_plan: [cost, free_shipping_from]`: facet names, each known and listed once.
    static func answerPlan(_ n: YAMLNode?) throws(WorkspaceError) -> [AnswerFacet]? {
        guard let n else { return nil }
        var plan: [AnswerFacet] = []
        for item in try n.items() {
            let raw = try item.string()
            guard let facet = AnswerFacet(rawValue: raw) else {
                throw item.error("unknown answer facet '\(raw)' (one of: \(AnswerFacet.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            guard !plan.contains(facet) else { throw item.error("'\(raw)' is listed twice") }
            plan.append(facet)
        }
        guard !plan.isEmpty else { throw n.error("an answer plan lists at least one facet (leave it out for every column)") }
        return plan
    }
}

extension IntentCatalog {
    static func loadTaxonomy(_ n: YAMLNode) throws(WorkspaceError) -> [IntentDefinition] {
        try n.allowOnly(["intents"])
        var seen = Set<String>()
        var roles: [IntentRole: String] = [:]
        var out: [IntentDefinition] = []
        let items = try n.required("intents").items()
        for item in items {
            let def = try IntentDefinition.load(item)
            guard seen.insert(def.id).inserted else { throw item.error("duplicate intent id '\(def.id)'", field: "\(item.path).id") }
            if let role = def.role {
                if let first = roles[role] {
                    throw item["role"]!.error("role '\(role.rawValue)' is already the role of intent '\(first)' (one intent per role)")
                }
                roles[role] = def.id
            }
            out.append(def)
        }
        // References between intents, checked once every id is known.
        for (item, def) in zip(items, out) {
            for (key, target) in [("without_order", def.withoutOrder), ("if_refused", def.ifRefused)] {
                if let target, !seen.contains(target) {
                    throw item[key]!.error("unknown intent '\(target)' (the taxonomy has: \(out.map(\.id).joined(separator: ", ")))")
                }
            }
            if def.role == .orderCancel, def.action != .cancel {
                throw item.error("the intent with role 'order_cancel' needs 'action: order.cancel'", field: "\(item.path).action")
            }
        }
        let missing = IntentRole.required.filter { roles[$0] == nil }
        if !missing.isEmpty {
            throw n.error("no intent has the role\(missing.count > 1 ? "s" : "") \(missing.map { "'\($0.rawValue)'" }.joined(separator: ", ")); "
                          + "the engine needs \(missing.count > 1 ? "them" : "it") (add 'role:' to the intent that means it)", field: "intents")
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
