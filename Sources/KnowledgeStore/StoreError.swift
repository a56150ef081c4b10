/// Errors of the store, with what the user needs to act on them.
public enum StoreError: Error, CustomStringConvertible, Sendable {
    case cannotOpen(path: String, reason: String)
    case noSuchDocument(String, suggestions: [String])
    case ambiguousDocument(String, candidates: [String])
    case noSuchVersion(document: String, version: Int)
    case nothingToImport(String)
    /// There were files, and every one was skipped; the report lists why. The store is unchanged.
    case nothingImported(ImportReport)
    case database(String)

    public var description: String {
        switch self {
        case let .cannotOpen(path, reason): return "cannot open the store at \(path): \(reason)"
        case let .noSuchDocument(doc, suggestions):
            let hint = suggestions.isEmpty ? " (run `kbkit docs` to list documents)" : "; did you mean \(suggestions.joined(separator: ", "))?"
            return "no document '\(doc)'\(hint)"
        case let .ambiguousDocument(doc, candidates):
            return "'\(doc)' exists in several languages: \(candidates.joined(separator: ", ")); name one (e.g. \(candidates[0])) or pass --lang"
        case let .noSuchVersion(doc, version): return "document \(doc) has no version \(version)"
        case let .nothingToImport(why): return why
        case let .nothingImported(report):
            let first = report.skipped.first.map { "; first: \($0.oneLine)" } ?? ""
            return "nothing could be imported: every file was skipped (\(report.skipped.count) of \(report.files))\(first)"
        case let .database(message): return "store: \(message)"
        }
    }
}
