/// Why one file could not be imported. The importer turns it into a one-line "skipped" reason that names
/// the file and, where known, the line.
public enum IngestFailure: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(String)
    case binary
    case undecodable(String)
    case frontMatter(line: Int?, message: String)
    case invalidMetadata(field: String, line: Int?, message: String)
    case noContent
    /// The file has no bytes, or only white space.
    case empty
    /// Larger than `Extractor.maxFileBytes`.
    case tooLarge(bytes: Int, limit: Int)
    /// A page whose text is all in what the extractor drops; says what was found there.
    case noText(found: String)
    /// Warning: the markup nests deeper than the parser follows; the text below that depth was kept,
    /// flattened into the block at the limit.
    case flattened(depth: Int)
    /// Warning: bytes that are no character in the page's encoding were replaced by U+FFFD.
    case invalidBytes(encoding: String, count: Int, firstOffset: Int)
    /// Warning: the declared charset is unknown, so the encoding was detected from the bytes.
    case encodingGuessed(declared: String, chosen: String)
    /// Warning: the declared charset is not what the bytes are: they are valid UTF-8 with non-ASCII text.
    case declaredEncodingWrong(declared: String)
    case unparsable(String)
    case unsupportedType(String)

    /// How the importer words it when the file was imported anyway.
    public var warningDescription: String {
        switch self {
        case .frontMatter, .invalidMetadata: return description + " (value ignored)"
        default: return description
        }
    }

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
        case .empty: return "the file is empty"
        case let .tooLarge(bytes, limit):
            return "the file is \(bytes / 1_000_000) MB; kbkit imports documents of up to \(limit / 1_000_000) MB (split it)"
        case .noText(let found): return "no content: \(found)"
        case .flattened(let depth):
            return "the markup nests deeper than \(depth) levels; the text below that depth is kept, flattened into plain paragraphs (lists, tables and headings below it are lost)"
        case let .invalidBytes(encoding, count, first):
            return "\(count) byte\(count == 1 ? " is" : "s are") not valid \(encoding) (the first at byte \(first)); replaced by \u{FFFD}, the rest of the page is kept"
        case let .encodingGuessed(declared, chosen):
            return "unknown charset '\(declared)' declared; decoded as \(chosen), detected from the bytes (declare the real encoding to silence this)"
        case .declaredEncodingWrong(let declared):
            return "charset '\(declared)' declared, but the bytes are valid UTF-8 (a page saved again as UTF-8 under its old <meta>); read as UTF-8 (fix the declaration to silence this)"
        case .unparsable(let why): return "cannot parse: \(why)"
        case .unsupportedType(let ext): return "unsupported file type '.\(ext)' (kbkit imports .md, .markdown, .html, .htm, and help-centre exports: *.zendesk.json, *.intercom.json)"
        }
    }
}
