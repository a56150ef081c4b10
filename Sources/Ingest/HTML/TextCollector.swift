/// Collects the visible text of inline content with whitespace collapsed as a browser would render it.
enum TextCollector {
    static func inlineText(_ node: HTMLNode) -> String {
        var out = ""
        append(node, to: &out)
        return collapse(out)
    }

    private static func append(_ node: HTMLNode, to out: inout String) {
        for child in node.children {
            if let t = child.textContent {
                out += t
            } else if child.isElement {
                if child.isNamed("br") { out += "\n"; continue }
                if child.isNamed("img") {
                    if let alt = child.attribute("alt"), !alt.isEmpty { out += " \(alt) " }
                    continue
                }
                let spaced = spacedInline.contains(child.name)
                if spaced { out += " " }
                append(child, to: &out)
                if spaced { out += " " }
            }
        }
    }

    /// Elements a browser renders apart from their neighbours even inside a line (cells, items).
    private static let spacedInline: Set<String> = ["td", "th", "li", "dt", "dd", "p", "div", "tr", "section", "summary", "h1", "h2", "h3", "h4", "h5", "h6"]

    /// Collapses every run of white space (including no-break spaces and line breaks) into one space.
    static func collapse(_ s: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for u in s.unicodeScalars {
            if u.properties.isWhitespace || u == "\u{00A0}" || u == "\u{200B}" {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(" "); pendingSpace = false }
            result.append(u)
        }
        return String(result)
    }
}
