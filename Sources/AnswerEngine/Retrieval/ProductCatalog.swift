import KnowledgeStore
import Workspace

/// The products a workspace knows and the documents about each: the glossary's `kind: product`
/// concepts, linked to their manuals by the concept's `documents` or, failing that, by a manual
/// (a document of type `manual`) whose title names one of the product's terms. A question that names
/// a product is answered from that product's manual, never from another product's.
struct ProductCatalog: Sendable {
    struct Product: Sendable, Equatable {
        /// The glossary concept's id.
        var id: String
        /// Per language, the preferred name first (what "no manual for …" says).
        var names: [String: [String]]
        /// The product's documents (manual ids), empty when the KB has none.
        var documents: [String]

        func name(in language: String) -> String {
            names[language]?.first ?? names["en"]?.first ?? names.values.compactMap(\.first).sorted().first ?? id
        }
    }

    let products: [Product]
    /// Every document that is some product's manual (linked or of type manual).
    let productDocuments: Set<String>
    private let mentions: TermMentions

    static let manualType = "manual"

    init(glossary: Glossary, manuals: [DocumentSummary]) {
        var products: [Product] = []
        for concept in glossary.products {
            var documents = concept.documents
            if documents.isEmpty {
                for manual in manuals where !documents.contains(manual.id) {
                    let terms = concept.terms[manual.lang] ?? concept.terms["en"] ?? []
                    if terms.contains(where: { TermMentions.occurs($0, inTitle: manual.title, language: manual.lang) }) {
                        documents.append(manual.id)
                    }
                }
            }
            products.append(Product(id: concept.id, names: concept.terms, documents: documents.sorted()))
        }
        self.products = products
        productDocuments = Set(manuals.map(\.id)).union(products.flatMap(\.documents))
        mentions = TermMentions(products.enumerated().flatMap { i, p in p.names.values.flatMap { $0 }.map { (term: $0, owner: i) } })
    }

    static let empty = ProductCatalog(glossary: .empty, manuals: [])

    /// Whether only product documents answer an intent of these topics (product usage, not a
    /// defect's returns policy).
    func onlyManuals(_ topics: [String]) -> Bool {
        !topics.isEmpty && topics.allSatisfy(productDocuments.contains)
    }

    /// The products a message names, in the order it names them. Terms of every language count: a
    /// customer writes the product's name as the shop shows it, often in English.
    func mentioned(in message: String, language: String) -> [Product] {
        mentions.owners(in: message, language: language).map { products[$0] }
    }
}
