import Foundation

/// What is not content on a page saved from a help centre or website: navigation, headers and footers of
/// the site, sidebars, cookie banners, forms, scripts. Decided per element from its tag, role, and the
/// words of its class and id, the way readability tools do.
enum Boilerplate {
    /// Never content, wherever they stand.
    static let alwaysDropped: Set<String> = [
        "script", "style", "noscript", "template", "iframe", "svg", "canvas", "form", "button", "input",
        "select", "textarea", "object", "embed", "nav", "link", "meta", "dialog", "menu",
        // Struck-through text is what the editor deleted, not what the page says.
        "del", "s", "strike",
    ]
    /// Site chrome unless they sit inside the article (an article's own <header> holds its title).
    static let chromeOutsideArticle: Set<String> = ["header", "footer", "aside"]
    static let droppedRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar", "toolbar",
    ]
    /// Words in class or id that mark chrome (`chrome`), and those that name an article's own parts when
    /// inside it (`article-part`): Resources/page-evidence.tsv.
    static let evidence = PageEvidence.builtIn

    static func isBoilerplate(_ node: HTMLNode, insideArticle: Bool) -> Bool { reason(node, insideArticle: insideArticle) != nil }

    /// Why `node` is boilerplate, or nil when it is not.
    static func reason(_ node: HTMLNode, insideArticle: Bool) -> ExtractionDecision.Reason? {
        let name = node.name
        if alwaysDropped.contains(name) { return .neverContent(tag: name) }
        if !insideArticle, chromeOutsideArticle.contains(name) { return .chromeTag(name) }
        if node.attribute("hidden") != nil { return .hidden }
        if node.attribute("aria-hidden") == "true" { return .hidden }
        if let style = node.attribute("style")?.lowercased().replacingOccurrences(of: " ", with: ""),
           style.contains("display:none") || style.contains("visibility:hidden") { return .hidden }
        if let role = node.attribute("role")?.lowercased(), droppedRoles.contains(role) { return .chromeRole(role) }
        // Class and id words only on containers: a <span class="nav-hint"> inside a sentence is text.
        guard containerTags.contains(name) else { return nil }
        for attr in ["class", "id"] {
            guard let value = node.attribute(attr)?.lowercased(), !value.isEmpty else { continue }
            for word in value.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" }) {
                let w = String(word)
                guard evidence.part(.chrome, in: w) != nil, !(insideArticle && evidence.part(.articlePart, in: w) != nil) else { continue }
                return holdsTheArticle(node) ? nil : .chromeWord(w)
            }
        }
        return nil
    }

    /// A wrapper named like chrome ("page-modal", "menu-push") that holds the page's main content or
    /// many paragraphs of prose is the page itself, not its chrome.
    static func holdsTheArticle(_ node: HTMLNode) -> Bool {
        if node.firstDescendant(where: { $0.isNamed("main") || $0.isNamed("article") || $0.attribute("role")?.lowercased() == "main" }) != nil {
            return true
        }
        var prose = 0
        for p in node.descendants(where: { $0.isNamed("p") }) where TextMeasure.measure(p.allText).chars >= 80 {
            prose += 1
            if prose >= 5 { return true }
        }
        return false
    }

    /// Dropped elements whose content is code or markup, not text a reader sees.
    static let neverText: Set<String> = ["script", "style", "noscript", "template", "svg", "canvas", "object", "embed", "link", "meta"]

    static let containerTags: Set<String> = ["div", "section", "ul", "ol", "aside", "header", "footer", "table", "dl"]

    /// Removes what is never text (scripts, styles, forms) below `root`: raw HTML inside Markdown.
    static func stripNonText(_ root: HTMLNode) {
        var doomed: [HTMLNode] = []
        func walk(_ node: HTMLNode) {
            for child in node.children {
                if child.isElement { if alwaysDropped.contains(child.name) { doomed.append(child) } else { walk(child) } }
                else if !child.isText { doomed.append(child) }
            }
        }
        walk(root)
        doomed.forEach { $0.remove() }
    }

    /// Removes boilerplate below `root` in place; returns the elements removed, with the length of
    /// their visible text (so that a page left empty can say where its text was).
    @discardableResult
    static func strip(_ root: HTMLNode) -> [(name: String, characters: Int)] {
        var decisions: [ExtractionDecision] = []
        return strip(root, decisions: &decisions)
    }

    /// As `strip`, and says why each element with text was removed (for `kbkit extract --explain`).
    static func strip(_ root: HTMLNode, decisions: inout [ExtractionDecision]) -> [(name: String, characters: Int)] {
        var removed: [(name: String, characters: Int)] = []
        var reasons: [HTMLNode: ExtractionDecision.Reason] = [:]
        func walk(_ node: HTMLNode, insideArticle: Bool) {
            var doomed: [HTMLNode] = []
            for child in node.children {
                if child.isElement {
                    if let reason = reason(child, insideArticle: insideArticle) {
                        reasons[child] = reason
                        doomed.append(child)
                    } else {
                        let inside = insideArticle || child.isNamed("main") || child.isNamed("article")
                            || child.attribute("role") == "main"
                        walk(child, insideArticle: inside)
                    }
                } else if !child.isText {
                    doomed.append(child) // comments, processing instructions
                }
            }
            for d in doomed where d.isElement {
                let name = d.name
                let characters = neverText.contains(name) ? 0 : TextCollector.collapse(d.allText).count
                removed.append((name, characters))
                if characters > 0, let reason = reasons[d] {
                    decisions.append(ExtractionDecision(element: TextMeasure.selector(d), verdict: .dropped, reason: reason,
                                                        characters: characters, preview: TextMeasure.preview(d)))
                }
            }
            doomed.forEach { $0.remove() }
        }
        walk(root, insideArticle: false)
        return removed
    }
}
