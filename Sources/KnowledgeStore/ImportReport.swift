/// What one `kbkit import` did. Document keys are "lang/id" ("de/returns").
public struct ImportReport: Sendable, Codable, Equatable {
    public var added: [String] = []
    public var updated: [String] = []
    /// Among `updated`: files unchanged but read by an older extractor (`Extractor.version`), read again.
    public var reread: [String] = []
    public var unchanged: [String] = []
    public var removed: [String] = []
    public var skipped: [SkippedFile] = []
    /// Imported, but a metadata value was dropped (same shape as a skipped file: path, reason, line).
    public var warnings: [SkippedFile] = []
    /// Files looked at and their total size.
    public var files = 0
    public var bytes = 0

    public init() {}

    /// Nothing could be imported although there were files: the CLI exits 2.
    public var nothingImported: Bool {
        files > 0 && added.isEmpty && updated.isEmpty && unchanged.isEmpty && !skipped.isEmpty
    }
}

public struct SkippedFile: Sendable, Codable, Equatable {
    public var path: String
    public var reason: String
    public var line: Int?

    /// "kb/docs/de/returns.md:4: front matter, line 4: …" — one line, the file first.
    public var oneLine: String { "\(path): \(reason)" }
}
