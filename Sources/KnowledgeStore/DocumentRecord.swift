/// One language version of a document as `kbkit docs` lists it.
public struct DocumentSummary: Sendable, Codable, Equatable {
    public var id: String
    public var lang: String
    public var markets: [String]
    public var type: String?
    public var title: String
    public var path: String
    public var version: Int
    public var updated: String?
    public var removed: Bool

    /// The key that names one language version on the command line and in import reports: "de/returns".
    public var key: String { "\(lang)/\(id)" }
}

/// One stored version of a document, with its structure.
public struct StoredDocument: Sendable, Equatable {
    public var summary: DocumentSummary
    public var version: Int
    public var contentHash: String
    public var format: String
    public var metadata: [String: String]
    public var sections: [StoredSection]
    public var faq: [StoredFAQ]
    public var links: [StoredLink]
    public var versions: [VersionInfo]

    public var text: String { sections.map { $0.blocks.map(\.text).joined(separator: "\n\n") }.filter { !$0.isEmpty }.joined(separator: "\n\n") }
}

public struct StoredSection: Sendable, Equatable, Codable {
    public var headingPath: [String]
    public var blocks: [StoredBlock]
}

public struct StoredBlock: Sendable, Equatable, Codable {
    public var kind: String
    public var depth: Int
    public var text: String
    /// A list item's number in its ordered list (a procedure's step); nil for any other block.
    public var step: Int?
}

public struct StoredFAQ: Sendable, Equatable, Codable {
    public var question: String
    public var answer: String
    public var origin: String
}

public struct StoredLink: Sendable, Equatable, Codable {
    public var href: String
    public var text: String
}

public struct VersionInfo: Sendable, Equatable, Codable {
    public var version: Int
    public var contentHash: String
    public var importedAt: String
}
