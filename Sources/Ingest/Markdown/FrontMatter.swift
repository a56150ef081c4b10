import Foundation
import Workspace
import Yams

/// YAML front matter of a Markdown document: `---` on the first line, the YAML, `---` (or `...`).
struct FrontMatter {
    var metadata: DocumentMetadata
    /// Values that were dropped but did not stop the import (an unknown `type`, a malformed date).
    var warnings: [IngestFailure] = []
    /// The Markdown after the closing delimiter.
    var body: String
    /// How many lines the front matter took, so the body's line numbers can be mapped back.
    var lineCount: Int

    /// Splits and parses. A file without front matter yields empty metadata and the whole text as body.
    static func parse(_ text: String) throws(IngestFailure) -> FrontMatter {
        var lines = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingSpaces() == "---" || first == "---\r" else {
            return FrontMatter(metadata: DocumentMetadata(), body: text, lineCount: 0)
        }
        let rest = lines.count > 1 ? String(lines.removeLast()) : ""
        var yamlLines: [Substring] = []
        var body: Substring?
        var consumed = 1
        var remainder = Substring(rest)
        while !remainder.isEmpty || body == nil {
            let parts = remainder.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
            let line = parts.first ?? ""
            consumed += 1
            let trimmed = line.trimmingSpaces()
            if trimmed == "---" || trimmed == "..." {
                body = parts.count > 1 ? parts[1] : ""
                break
            }
            yamlLines.append(line)
            if parts.count < 2 { break }
            remainder = parts[1]
        }
        guard let body else {
            throw .frontMatter(line: 1, message: "the front matter opened with '---' is never closed")
        }
        let yaml = yamlLines.joined(separator: "\n")
        var warnings: [IngestFailure] = []
        let metadata = try Self.metadata(fromYAML: yaml, firstLine: 2, warnings: &warnings)
        return FrontMatter(metadata: metadata, warnings: warnings, body: String(body), lineCount: consumed)
    }

    /// Reads the known fields with their line numbers (file lines: the YAML starts at `firstLine`).
    static func metadata(fromYAML yaml: String, firstLine: Int, warnings: inout [IngestFailure]) throws(IngestFailure) -> DocumentMetadata {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml, .default, .default, .utf8)   // .utf8: the default reads the environment on every call
        } catch {
            let (line, message) = YAMLErrors.locate(error)
            throw .frontMatter(line: line.map { $0 + firstLine - 1 }, message: message)
        }
        var meta = DocumentMetadata()
        guard let node else { return meta }
        guard let mapping = node.mapping else {
            throw .frontMatter(line: firstLine, message: "expected a mapping of fields (key: value), found \(node.kindName)")
        }
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else { continue }
            let line = (value.mark?.line ?? keyNode.mark?.line).map { $0 + firstLine - 1 }
            func scalar() throws(IngestFailure) -> String {
                guard let s = value.scalar?.string else {
                    throw .invalidMetadata(field: key, line: line, message: "expected a single value, found \(value.kindName)")
                }
                return s
            }
            func list() throws(IngestFailure) -> [String] {
                if let seq = value.sequence {
                    var items: [String] = []
                    for item in seq {
                        guard let s = item.scalar?.string else {
                            throw .invalidMetadata(field: key, line: line, message: "expected a list of plain values")
                        }
                        items.append(s)
                    }
                    return items
                }
                if let s = value.scalar?.string {
                    return s.split(separator: ",").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
                }
                throw .invalidMetadata(field: key, line: line, message: "expected a list, found \(value.kindName)")
            }
            switch key {
            case "id": meta.id = try MetadataRules.id(try scalar(), line: line)
            case "title": meta.title = try scalar()
            case "lang", "language": meta.language = try MetadataRules.language(try scalar(), field: key, line: line)
            case "markets", "market": meta.markets = try MetadataRules.markets(try list(), line: line)
            case "type": meta.type = MetadataRules.soft(&warnings) { () throws(IngestFailure) in try MetadataRules.type(try scalar(), line: line) }
            case "updated", "date": meta.updated = MetadataRules.soft(&warnings) { () throws(IngestFailure) in try MetadataRules.date(try scalar(), field: key, line: line) } ?? meta.updated
            case "translation_of": meta.translationOf = try scalar()
            case "source_updated": meta.sourceUpdated = MetadataRules.soft(&warnings) { () throws(IngestFailure) in try MetadataRules.date(try scalar(), field: key, line: line) }
            case "tags", "keywords": meta.tags = try list()
            default:
                if let s = value.scalar?.string { meta.extra[key] = s }
            }
        }
        return meta
    }
}

extension Node {
    var kindName: String {
        switch self {
        case .scalar: return "a single value"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }
}
