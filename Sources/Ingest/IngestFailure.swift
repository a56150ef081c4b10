/// Why one file could not be imported. The importer turns it into a one-line "skipped" reason that names
/// the file and, where known, the line.
public enum IngestFailure: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(String)
    case binary
    case undecodable(String)
    case frontMatter(line: Int?, message: String)
    case invalidMetadata(field: String, line: Int?, message: String)
    case noContent
    case unparsable(String)
    case unsupportedType(String)

    public var line: Int? {
        switch self {
        case .frontMatter(let line, _), .invalidMetadata(_, let line, _): return line
        default: return nil
        }
    }

    public var description: String {
        switch self {
        case .unreadable(let why): return "cannot read the file: \(why)"
        case .binary: return "binary file (contains NUL bytes), not a document"
        case .undecodable(let why): return why
        case .frontMatter(let line, let message):
            return line.map { "front matter, line \($0): \(message)" } ?? "front matter: \(message)"
        case .invalidMetadata(let field, let line, let message):
            let at = line.map { ", line \($0)" } ?? ""
            return "metadata field '\(field)'\(at): \(message)"
        case .noContent: return "no content: the page has no text after removing navigation and boilerplate"
        case .unparsable(let why): return "cannot parse: \(why)"
        case .unsupportedType(let ext): return "unsupported file type '.\(ext)' (kbkit imports .md, .markdown, .html, .htm)"
        }
    }
}
