import KnowledgeStore
import Linguistics
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

    /// The products a message names, in the order it names them. Terms of every language count: a
    /// customer writes the product's name as the shop shows it, often in English.
    func mentioned(in message: String, language: String) -> [Product] {
        mentions.owners(in: message, language: language).map { products[$0] }
    }
}

/// Finds glossary terms in a message. Terms of spaced scripts are matched as sequences of analyzed
/// words (folded, stemmed: "the lanterns", "the scale's" name "lantern", "scale"); terms written
/// without spaces (Japanese, Chinese, Thai) as folded substrings. A longer term wins over one it
/// overlaps. The analyzed terms are prepared once per message language.
struct TermMentions: Sendable {
    private let terms: [(term: String, owner: Int)]
    private let prepared = ReadOnce<[Prepared]>()

    struct Prepared: Sendable {
        var words: [String]
        var needle: String?
        var owner: Int
    }

    init(_ terms: [(term: String, owner: Int)]) {
        self.terms = terms.filter { !$0.term.isEmpty }
    }

    /// The owners of the terms found, in the order the message names them, each once.
    func owners(in message: String, language: String) -> [Int] {
        let analyzer = Analyzer(language: language)
        let candidates = prepared.value(language) {
            terms.map { t in
                Self.isUnspaced(t.term) ? Prepared(words: [], needle: Folding.folded(t.term), owner: t.owner)
                    : Prepared(words: Self.words(analyzer.tokens(t.term)), needle: nil, owner: t.owner)
            }
            .filter { !$0.words.isEmpty || $0.needle != nil }
            .sorted { ($0.needle?.count ?? $0.words.count * 4) > ($1.needle?.count ?? $1.words.count * 4) }
        }
        let words = Self.words(analyzer.tokens(message))
        let folded = Folding.folded(message)
        var takenWords: [Range<Int>] = []
        var takenText: [Range<String.Index>] = []
        var found: [(position: Int, owner: Int)] = []
        for term in candidates {
            if let needle = term.needle {
                var from = folded.startIndex
                while let range = folded.range(of: needle, range: from..<folded.endIndex) {
                    from = range.upperBound
                    guard !takenText.contains(where: { $0.overlaps(range) }) else { continue }
                    takenText.append(range)
                    found.append((words.count + folded.distance(from: folded.startIndex, to: range.lowerBound), term.owner))
                }
            } else if term.words.count <= words.count {
                for start in 0...(words.count - term.words.count) where Array(words[start..<start + term.words.count]) == term.words {
                    let range = start..<start + term.words.count
                    guard !takenWords.contains(where: { $0.overlaps(range) }) else { continue }
                    takenWords.append(range)
                    found.append((start, term.owner))
                }
            }
        }
        var seen = Set<Int>()
        return found.sorted { $0.position < $1.position }.compactMap { seen.insert($0.owner).inserted ? $0.owner : nil }
    }

    /// Whether a product term names a document title (both analyzed in the title's language).
    static func occurs(_ term: String, inTitle title: String, language: String) -> Bool {
        if isUnspaced(term) { return Folding.folded(title).contains(Folding.folded(term)) }
        let analyzer = Analyzer(language: language)
        let needle = words(analyzer.tokens(term))
        let hay = words(analyzer.tokens(title))
        guard !needle.isEmpty, needle.count <= hay.count else { return false }
        return (0...(hay.count - needle.count)).contains { Array(hay[$0..<$0 + needle.count]) == needle }
    }

    /// Words only: CJK bigrams and Vietnamese originals are extra index terms, not words in order.
    static func words(_ tokens: [Token]) -> [String] {
        tokens.filter { $0.kind == .word || $0.kind == .cjkWord }.map(\.term)
    }

    static func isUnspaced(_ term: String) -> Bool {
        term.unicodeScalars.contains { s in
            switch s.value {
            case 0x0E00...0x0E7F, 0x3040...0x30FF, 0x3400...0x9FFF, 0xF900...0xFAFF: return true
            default: return false
            }
        }
    }
}

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

    /// nil when the question names no product or the intent is not about products.
    static func route(topics: [String], named: [ProductCatalog.Product], catalog: ProductCatalog) -> ProductRoute? {
        let productDocuments = catalog.productDocuments
        guard !named.isEmpty, let firstManual = topics.firstIndex(where: productDocuments.contains) else { return nil }
        let namedDocuments = named.flatMap(\.documents).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        var routed = topics.filter { !productDocuments.contains($0) }
        let insertAt = topics[..<firstManual].filter { !productDocuments.contains($0) }.count
        routed.insert(contentsOf: namedDocuments, at: insertAt)
        let onlyProducts = topics.allSatisfy(productDocuments.contains)
        return ProductRoute(topics: routed, excluded: productDocuments.subtracting(namedDocuments),
                            withoutDocuments: onlyProducts ? named.filter(\.documents.isEmpty) : [])
    }
}
