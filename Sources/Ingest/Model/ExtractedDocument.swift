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
    /// Where the page says it lives (`<link rel=canonical>`, `og:url`; an export's article URL).
    public var canonicalURL: String?
    /// When the page says it was first published and last modified (YYYY-MM-DD), from its meta
    /// tags, JSON-LD or `<time>`; an export's `created_at`.
    public var published: String?
    public var modified: String?
    /// The page's breadcrumbs without the page itself ("Help Centre", "Returns"): where the document
    /// sits in the site it came from.
    public var sectionPath: [String] = []
    public var extra: [String: String] = [:]

    public init() {}

    enum CodingKeys: String, CodingKey {
        case id, title, language = "lang", markets, type, updated
        case translationOf = "translation_of", sourceUpdated = "source_updated", tags
        case canonicalURL = "canonical_url", published, modified, sectionPath = "section_path", extra
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeIfPresent(String.self, forKey: .id)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        language = try c.decodeIfPresent(String.self, forKey: .language)
        markets = try c.decodeIfPresent([String].self, forKey: .markets) ?? []
        type = try c.decodeIfPresent(String.self, forKey: .type)
        updated = try c.decodeIfPresent(String.self, forKey: .updated)
        translationOf = try c.decodeIfPresent(String.self, forKey: .translationOf)
        sourceUpdated = try c.decodeIfPresent(String.self, forKey: .sourceUpdated)
        tags = try c.decodeIfPresent([String].self, forKey: .tags) ?? []
        canonicalURL = try c.decodeIfPresent(String.self, forKey: .canonicalURL)
        published = try c.decodeIfPresent(String.self, forKey: .published)
        modified = try c.decodeIfPresent(String.self, forKey: .modified)
        sectionPath = try c.decodeIfPresent([String].self, forKey: .sectionPath) ?? []
        extra = try c.decodeIfPresent([String: String].self, forKey: .extra) ?? [:]
    }

    /// Empty fields are left out, so a document without page metadata stores what it stored before.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(id, forKey: .id)
        try c.encodeIfPresent(title, forKey: .title)
        try c.encodeIfPresent(language, forKey: .language)
        try c.encode(markets, forKey: .markets)
        try c.encodeIfPresent(type, forKey: .type)
        try c.encodeIfPresent(updated, forKey: .updated)
        try c.encodeIfPresent(translationOf, forKey: .translationOf)
        try c.encodeIfPresent(sourceUpdated, forKey: .sourceUpdated)
        try c.encode(tags, forKey: .tags)
        try c.encodeIfPresent(canonicalURL, forKey: .canonicalURL)
        try c.encodeIfPresent(published, forKey: .published)
        try c.encodeIfPresent(modified, forKey: .modified)
        if !sectionPath.isEmpty { try c.encode(sectionPath, forKey: .sectionPath) }
        try c.encode(extra, forKey: .extra)
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
    /// A list item's number in an ordered list of several items (a procedure's step); nil for a
    /// bullet and for any other block.
    public var ordinal: Int?

    public init(_ kind: Kind, _ text: String, depth: Int = 0, ordinal: Int? = nil) {
        self.kind = kind
        self.text = text
        self.depth = depth
        self.ordinal = ordinal
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
