/// Where a question that names products is answered: the intent's documents with every other
/// product's manual taken out and the named products' put in their place. Only for intents about
/// products (whose documents include a manual): "the lantern arrived cracked" still goes to the
/// returns policy first.
struct ProductRoute: Sendable, Equatable {
    /// The intent's documents to search, the named products' manuals where manuals were.
    var topics: [String]
    /// Other products' documents: hits from them never answer.
    var excluded: Set<String>
    /// Named products the KB has no document for, when only product documents would answer.
    var withoutDocuments: [ProductCatalog.Product]
    /// Only product documents answer the intent (a usage question, not a defect's): what the named
    /// product's manual does not say, nothing else says.
    var manualsOnly: Bool
    /// The policies the intent lists before its manuals (the warranty before the products' manuals):
    /// they answer before the named product's manual, whose names make it rank first.
    var policiesFirst: Set<String> = []

    /// nil when the question names no product or the intent is not about products.
    static func route(topics: [String], named: [ProductCatalog.Product], catalog: ProductCatalog) -> ProductRoute? {
        let productDocuments = catalog.productDocuments
        guard !named.isEmpty, let firstManual = topics.firstIndex(where: productDocuments.contains) else { return nil }
        let namedDocuments = named.flatMap(\.documents).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        var routed = topics.filter { !productDocuments.contains($0) }
        let insertAt = topics[..<firstManual].filter { !productDocuments.contains($0) }.count
        routed.insert(contentsOf: namedDocuments, at: insertAt)
        let onlyProducts = catalog.onlyManuals(topics)
        return ProductRoute(topics: routed, excluded: productDocuments.subtracting(namedDocuments),
                            withoutDocuments: onlyProducts ? named.filter(\.documents.isEmpty) : [], manualsOnly: onlyProducts,
                            policiesFirst: Set(topics[..<firstManual].filter { !productDocuments.contains($0) }))
    }

    /// The share of the best hit's score a policy's hit needs to go first (`KnowledgeFinder.search`):
    /// "¿De cuánto tiempo es la garantía de la licuadora BlendGo?" is answered by the warranty's
    /// "garantía limitada de 1 año", which the blender's manual only points to, though the manual's
    /// sections match "BlendGo" and "licuadora" too.
    static let policyReach = 0.5
}
