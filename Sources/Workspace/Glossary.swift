import Support

/// Concepts and their terms per language (`kb/glossary.yaml`): cross-language matching at search time
/// and terminology checks in `kbkit lint`.
public struct Glossary: Sendable, Equatable {
    public var concepts: [Concept]

    public struct Concept: Sendable, Equatable {
        public var id: String
        public var description: String
        /// language → terms, the preferred one first
        public var terms: [String: [String]]
        /// What the concept names: a product routes questions to its documents (its manual).
        public var kind: ConceptKind = .term
        /// The documents about the concept (a product's manuals). Optional for a product: kbkit also
        /// links the manuals whose title names one of the product's terms.
        public var documents: [String] = []
        /// language or market id → terms not to use for the concept there (`kbkit lint`'s glossary rule).
        public var avoid: [String: [String]] = [:]

        public init(id: String, description: String = "", terms: [String: [String]], kind: ConceptKind = .term, documents: [String] = [],
                    avoid: [String: [String]] = [:]) {
            self.id = id
            self.description = description
            self.terms = terms
            self.kind = kind
            self.documents = documents
            self.avoid = avoid
        }
    }

    /// A glossary concept is a term (matched across languages at search time) or a product the store
    /// sells, which questions name by its terms ("the lantern", "TL-400").
    public enum ConceptKind: String, Sendable, Equatable, CaseIterable {
        case term, product
    }

    public init(concepts: [Concept]) {
        self.concepts = concepts
    }

    /// The concepts that are products.
    public var products: [Concept] { concepts.filter { $0.kind == .product } }

    public static let empty = Glossary(concepts: [])

    static func load(_ n: YAMLNode) throws(WorkspaceError) -> Glossary {
        try n.allowOnly(["concepts"])
        var seen = Set<String>()
        var concepts: [Concept] = []
        for c in try n.required("concepts").items() {
            try c.allowOnly(["id", "description", "terms", "kind", "documents", "avoid"])
            let id = try c.string("id")
            guard seen.insert(id).inserted else { throw c.error("duplicate concept id '\(id)'", field: "\(c.path).id") }
            var terms: [String: [String]] = [:]
            for (lang, list) in try c.required("terms").entries() {
                let t = try list.strings().filter { !$0.isEmpty }
                if t.isEmpty { throw list.error("no terms") }
                guard let tag = LanguageTag.normalize(lang) else { throw list.error("'\(lang)' is not a language tag (e.g. en, de, pt-BR, nb)") }
                terms[tag] = t
            }
            var avoid: [String: [String]] = [:]
            for (scope, list) in try c["avoid"]?.entries() ?? [] {
                // An upper-case key is a market id (MX), any other a language tag (es).
                let key = scope == scope.uppercased() ? scope : (LanguageTag.normalize(scope) ?? scope)
                avoid[key] = try list.strings().filter { !$0.isEmpty }
            }
            let kind = try c.optionalEnum("kind", ConceptKind.self) ?? .term
            let documents = try c["documents"]?.strings() ?? []
            if !documents.isEmpty, kind != .product {
                throw c.error("documents belong to a product: add 'kind: product'", field: "\(c.path).documents")
            }
            concepts.append(Concept(id: id, description: try c.optionalString("description") ?? "", terms: terms,
                                    kind: kind, documents: documents, avoid: avoid))
        }
        return Glossary(concepts: concepts)
    }
}
