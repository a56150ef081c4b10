import Foundation

/// Where a page lives and when it was written, as the page itself says: its canonical URL, its
/// published and modified dates, and its breadcrumbs (the document's section path in the site it
/// came from). Read before site chrome is stripped, since breadcrumbs are chrome.
///
/// Sources, strongest first:
/// - canonical URL: `<link rel=canonical>`, then `og:url`;
/// - published: `article:published_time`, JSON-LD `datePublished`, `itemprop=datePublished`, then a
///   `<time datetime>` (one marked as the publication date, else the page's first);
/// - modified: `article:modified_time`, `og:updated_time`, JSON-LD `dateModified`, `itemprop=dateModified`;
/// - breadcrumbs: JSON-LD `BreadcrumbList` (by `position`), then a `<nav>`, `<ol>` or `<ul>` whose
///   `aria-label`, class or id says "breadcrumb" (its items' text). The last crumb is dropped when it
///   is the page itself (its title).
/// Dates are kept as YYYY-MM-DD; one that does not read as a date is left out.
struct PageMetadata: Equatable {
    var canonicalURL: String?
    var published: String?
    var modified: String?
    var breadcrumbs: [String] = []

    /// The elements `read` looks at; `HTMLHead` collects them in its walk.
    static func reads(_ node: HTMLNode) -> Bool {
        node.isNamed("link") || node.isNamed("time") || node.isNamed("nav") || node.isNamed("ol") || node.isNamed("ul")
    }

    static func read(head: HTMLHead) -> PageMetadata {
        var page = PageMetadata()
        let ld = JSONLDPageFacts(scripts: head.jsonLD)
        var canonical: String?, firstTime: String?, markedTime: String?, modifiedTime: String?
        var crumbs: [String] = []
        for node in head.pageElements {
            if node.isNamed("link") {
                let rel = (node.attribute("rel") ?? "").lowercased().split(separator: " ")
                if canonical == nil, rel.contains("canonical"), let href = node.attribute("href")?.trimmingSpaces(), !href.isEmpty { canonical = href }
            } else if node.isNamed("time") {
                guard let when = node.attribute("datetime") else { continue }
                let itemprop = node.attribute("itemprop")?.lowercased()
                if itemprop == "datemodified" { modifiedTime = modifiedTime ?? when; continue }
                firstTime = firstTime ?? when
                let cls = node.attribute("class")?.lowercased() ?? ""
                if itemprop == "datepublished" || node.attribute("pubdate") != nil || cls.contains("publish") { markedTime = markedTime ?? when }
            } else if crumbs.isEmpty, isBreadcrumb(node) {
                crumbs = crumbTexts(node)
            }
        }
        page.canonicalURL = canonical ?? head.pageMeta["og:url"]
        page.published = [head.pageMeta["article:published_time"], ld.datePublished, head.pageMeta["itemprop:datepublished"], markedTime, firstTime]
            .lazy.compactMap(day).first
        page.modified = [head.pageMeta["article:modified_time"], head.pageMeta["og:updated_time"], ld.dateModified,
                         head.pageMeta["itemprop:datemodified"], modifiedTime].lazy.compactMap(day).first
        page.breadcrumbs = ld.breadcrumbs.isEmpty ? crumbs : ld.breadcrumbs
        return page
    }

    /// Fills what the metadata does not say yet (front matter, `kb:` meta and exports come first).
    func fill(_ meta: inout DocumentMetadata, title: String) {
        meta.canonicalURL = meta.canonicalURL ?? canonicalURL
        meta.published = meta.published ?? published
        meta.modified = meta.modified ?? modified
        if meta.sectionPath.isEmpty { meta.sectionPath = Self.sectionPath(breadcrumbs, title: title) }
    }

    /// The crumbs above the page: without the last one when it names the page.
    static func sectionPath(_ crumbs: [String], title: String) -> [String] {
        guard let last = crumbs.last else { return [] }
        let fold = { (s: String) in TextCollector.collapse(s).lowercased() }
        return fold(last) == fold(title) ? Array(crumbs.dropLast()) : crumbs
    }

    static func day(_ value: String?) -> String? {
        guard let value else { return nil }
        return try? MetadataRules.date(value, field: "date", line: nil)
    }

    static func isBreadcrumb(_ node: HTMLNode) -> Bool {
        for name in ["aria-label", "class", "id"] {
            if let v = node.attribute(name), v.lowercased().contains("breadcrumb") { return true }
        }
        return false
    }

    /// The items of a breadcrumb trail: its list items, else its links.
    static func crumbTexts(_ node: HTMLNode) -> [String] {
        var items = node.descendants(where: { $0.isNamed("li") })
        if items.isEmpty { items = node.descendants(where: { $0.isNamed("a") }) }
        return items.map { TextCollector.collapse($0.allText).trimmingCharacters(in: CharacterSet(charactersIn: "›»>/|·•").union(.whitespaces)) }
            .filter { !$0.isEmpty }
    }
}
