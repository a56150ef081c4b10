import Ingest

/// What a document may call itself: ids of a documented character set, a language kbkit knows or the
/// workspace's markets use, markets the workspace defines. Identity fields are strict: a document
/// that breaks a rule is skipped with the reason, never stored under a name nothing can find.
public struct IdentityRules: Sendable {
    /// The workspace's market ids; nil: any ISO 3166-shaped id (an import without a workspace).
    public var markets: Set<String>?
    /// The languages the workspace's markets use, besides the ISO 639 codes kbkit knows.
    public var languages: Set<String>

    public init(markets: Set<String>? = nil, languages: Set<String> = []) {
        self.markets = markets
        self.languages = languages
    }

    /// The longest id, in characters.
    public static let maxIDLength = 128

    /// An id is one or more segments separated by "/" (ids taken from a file's path keep its folders);
    /// each segment starts with an ASCII letter or digit and goes on with letters, digits, "-", "_"
    /// or "." (never two dots in a row).
    public static func isValidID(_ id: String) -> Bool {
        guard !id.isEmpty, id.count <= maxIDLength else { return false }
        return id.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { segment in
            guard let first = segment.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic || ("0"..."9").contains(first),
                  !segment.contains("..") else { return false }
            return segment.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" || $0 == ".")
            }
        }
    }

    /// Every language a document may have: the ISO 639 codes kbkit knows and the workspace's.
    public var acceptedLanguages: Set<String> { knownPrimaryTags.union(languages) }

    /// Why a document's identity is refused, or nil.
    func problem(id: String, language: String, markets: [String]) -> IngestFailure? {
        guard Self.isValidID(id) else {
            return .invalidMetadata(field: "id", line: nil, message: "'\(id.debugDescription.dropFirst().dropLast())' is not a document id "
                                    + "(ASCII letters, digits, '-', '_', '.', starting with a letter or digit, at most \(Self.maxIDLength) characters)")
        }
        guard language == "und" || knownPrimaryTags.contains(language) || languages.contains(language) else {
            return .invalidMetadata(field: "lang", line: nil, message: "unknown language '\(language)'"
                                    + (languages.isEmpty ? "" : " (the workspace's markets use: \(languages.sorted().joined(separator: ", ")))"))
        }
        if let known = self.markets, let unknown = markets.first(where: { !known.contains($0) }) {
            return .invalidMetadata(field: "markets", line: nil, message: "unknown market '\(unknown)' (known: \(known.sorted().joined(separator: ", ")))")
        }
        return nil
    }
}
