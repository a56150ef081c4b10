import Foundation

/// What the page says about itself: `<html lang>`, content-language, `<title>`, `og:title`,
/// `<meta name="kb:…">`, and the JSON-LD scripts (read before scripts are stripped as boilerplate).
struct HTMLHead {
    var language: String?
    var title: String?
    var ogTitle: String?
    var kbMeta: [(name: String, value: String)] = []
    /// The page's own `<meta>` facts PageMetadata reads: `og:url`, `article:published_time`,
    /// `article:modified_time`, `og:updated_time`, and `itemprop:datepublished` / `itemprop:datemodified`.
    var pageMeta: [String: String] = [:]
    /// `<link>`, `<time>`, `<nav>`, `<ol>`, `<ul>` in document order, for PageMetadata; read before the
    /// chrome is stripped (stripping frees some of them).
    var pageElements: [HTMLNode] = []
    var jsonLD: [String] = []

    static func read(_ root: HTMLNode) -> HTMLHead {
        var head = HTMLHead()
        if let lang = root.attribute("lang") ?? root.attribute("xml:lang"), !lang.isEmpty { head.language = lang }
        // One walk for the head and for PageMetadata's elements (the tree is walked once, not twice).
        for node in root.descendants(where: { $0.isNamed("meta") || $0.isNamed("title") || $0.isNamed("script") || PageMetadata.reads($0) }) {
            if PageMetadata.reads(node) {
                head.pageElements.append(node)
            } else if node.isNamed("title") {
                if head.title == nil { head.title = TextCollector.collapse(node.allText) }
            } else if node.isNamed("script") {
                if node.attribute("type")?.lowercased() == "application/ld+json" { head.jsonLD.append(node.allText) }
            } else {
                let name = (node.attribute("name") ?? node.attribute("property") ?? "").lowercased()
                let content = node.attribute("content") ?? ""
                if name == "og:title" { head.ogTitle = TextCollector.collapse(content) }
                else if Self.pageMetaNames.contains(name) { if head.pageMeta[name] == nil, !content.isEmpty { head.pageMeta[name] = content.trimmingSpaces() } }
                else if name.isEmpty, let prop = node.attribute("itemprop")?.lowercased(), prop == "datepublished" || prop == "datemodified", !content.isEmpty {
                    head.pageMeta["itemprop:" + prop] = head.pageMeta["itemprop:" + prop] ?? content
                }
                else if name.hasPrefix("kb:") { head.kbMeta.append((String(name.dropFirst(3)), content)) }
                else if node.attribute("http-equiv")?.lowercased() == "content-language", head.language == nil, !content.isEmpty {
                    head.language = content.split(separator: ",").first.map(String.init)
                }
            }
        }
        return head
    }

    static let pageMetaNames: Set<String> = ["og:url", "article:published_time", "article:modified_time", "og:updated_time"]

    /// `kb:` metadata validated by the same rules as front matter.
    func metadata(warnings: inout [IngestFailure]) throws(IngestFailure) -> DocumentMetadata {
        var meta = DocumentMetadata()
        for (name, raw) in kbMeta {
            let value = raw.trimmingSpaces()
            let list = value.split(separator: ",").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
            switch name {
            case "id": meta.id = try MetadataRules.id(value, line: nil)
            case "title": meta.title = value
            case "lang", "language": meta.language = try MetadataRules.language(value, field: "kb:\(name)", line: nil)
            case "markets", "market": meta.markets = try MetadataRules.markets(list, line: nil)
            case "type": meta.type = MetadataRules.soft(&warnings) { () throws(IngestFailure) in try MetadataRules.type(value, line: nil) }
            case "updated": meta.updated = MetadataRules.soft(&warnings) { () throws(IngestFailure) in try MetadataRules.date(value, field: "kb:updated", line: nil) }
            case "translation-of", "translation_of": meta.translationOf = value
            case "source-updated", "source_updated": meta.sourceUpdated = MetadataRules.soft(&warnings) { () throws(IngestFailure) in try MetadataRules.date(value, field: "kb:source-updated", line: nil) }
            case "tags": meta.tags = list
            default: meta.extra[name] = value
            }
        }
        return meta
    }

    /// A page title without the site's name ("Returns | Example Help Centre" → "Returns").
    static func strippingSiteName(_ title: String) -> String {
        for separator in [" | ", " – ", " — ", " - ", " · ", "｜", " :: "] {
            if let r = title.range(of: separator, options: .backwards) {
                let head = title[..<r.lowerBound].trimmingSpaces()
                if !head.isEmpty { return head }
            }
        }
        return title
    }
}
