/// What the importer makes of one source file: the same model for HTML and Markdown.
public struct ExtractedDocument: Sendable, Equatable {
    public enum Format: String, Sendable, Codable { case html, markdown }

    public var format: Format
    public var title: String
    /// BCP 47 primary tag, or nil when the file declares none (left for language identification).
    public var language: String?
    public var metadata: DocumentMetadata
    public var sections: [Section]
    public var faq: [FAQPair]
    public var links: [Link]
    /// Metadata values that were dropped without refusing the file (an unknown type, a bad date).
    public var warnings: [IngestFailure] = []
    /// What main-content extraction kept and dropped, and why (pages only; `kbkit extract --explain`).
    public var decisions: [ExtractionDecision] = []

    /// The main content as plain text, blocks separated by blank lines.
    public var text: String {
        sections.map(\.text).filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    public var isEmpty: Bool { sections.allSatisfy { $0.blocks.isEmpty } && faq.isEmpty }
}

/// Metadata from front matter or `<meta name="kb:…">`. Unknown keys are kept in `extra`.
public struct DocumentMetadata: Sendable, Equatable, Codable {
    public var id: String?
    public var title: String?
    public var language: String?
    public var markets: [String] = []
    public var type: String?
    public var updated: String?
    public var translationOf: String?
    public var sourceUpdated: String?
    public var tags: [String] = []
    public var extra: [String: String] = [:]

    public init() {}

    enum CodingKeys: String, CodingKey {
        case id, title, language = "lang", markets, type, updated
        case translationOf = "translation_of", sourceUpdated = "source_updated", tags, extra
    }

    /// The document types a workspace knows.
    public static let types: Set<String> = ["faq", "policy", "manual", "guide"]
}

/// A run of blocks under one heading path (["Returns", "Damaged items"]). Content before the first
/// heading has an empty path.
public struct Section: Sendable, Equatable {
    public var headingPath: [String]
    public var blocks: [Block]

    public init(headingPath: [String], blocks: [Block] = []) {
        self.headingPath = headingPath
        self.blocks = blocks
    }

    public var text: String { blocks.map(\.text).joined(separator: "\n\n") }
}

/// The unit a chunker never splits: a paragraph, one list item, one table row (read with its header
/// cells), one definition, one code block.
public struct Block: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable { case paragraph, listItem = "list_item", tableRow = "table_row", definition, code, quote }
    public var kind: Kind
    public var text: String
    /// Nesting depth of list items (0 = top level).
    public var depth: Int

    public init(_ kind: Kind, _ text: String, depth: Int = 0) {
        self.kind = kind
        self.text = text
        self.depth = depth
    }
}

public struct FAQPair: Sendable, Equatable, Codable {
    public enum Origin: String, Sendable, Codable { case jsonLD = "json-ld", details, definitionList = "dl", heading }
    public var question: String
    public var answer: String
    public var origin: Origin
    /// The heading path of the section the pair was found in.
    public var headingPath: [String]

    public init(question: String, answer: String, origin: Origin, headingPath: [String] = []) {
        self.question = question
        self.answer = answer
        self.origin = origin
        self.headingPath = headingPath
    }
}

public struct Link: Sendable, Equatable, Codable {
    public var href: String
    public var text: String
}
