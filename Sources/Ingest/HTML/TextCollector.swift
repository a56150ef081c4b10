/// Collects the visible text of inline content with whitespace collapsed as a browser would render it.
enum TextCollector {
    static func inlineText(_ node: HTMLNode) -> String {
        var out = ""
        append(node, to: &out)
        return collapse(out)
    }

    /// An inline element's text as it stands among its neighbours: white space kept at its ends
    /// (to be collapsed with the surrounding text), none added.
    static func rawInlineText(_ node: HTMLNode) -> String {
        if let t = node.textContent { return t }
        if node.isNamed("br") { return "\n" }
        if node.isNamed("img") { return node.attribute("alt").map { " \($0) " } ?? "" }
        var out = ""
        append(node, to: &out)
        return spacedInline.contains(node.name) ? " \(out) " : out
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

    /// Collapses every run of white space (including no-break, ideographic and zero-width spaces and
    /// line breaks) into one space and trims the ends. Works on UTF-8 bytes: this runs over every text
    /// node of every page, and Unicode.Scalar.Properties lookups made it the importer's hottest spot.
    static func collapse(_ s: String) -> String {
        var s = s
        return s.withUTF8 { src -> String in
            var out = [UInt8]()
            out.reserveCapacity(src.count)
            var pendingSpace = false
            var i = 0
            let n = src.count
            while i < n {
                let b = src[i]
                var spaceLength = 0
                if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C || b == 0x0B {
                    spaceLength = 1
                } else if b == 0xC2, i + 1 < n, src[i + 1] == 0xA0 || src[i + 1] == 0x85 {
                    spaceLength = 2  // U+00A0 no-break space, U+0085 next line
                } else if b == 0xE2, i + 2 < n, src[i + 1] == 0x80,
                          (0x80...0x8B).contains(src[i + 2]) || src[i + 2] == 0xA8 || src[i + 2] == 0xA9 || src[i + 2] == 0xAF {
                    spaceLength = 3  // U+2000–200B spaces, U+2028/2029 separators, U+202F narrow no-break space
                } else if b == 0xE3, i + 2 < n, src[i + 1] == 0x80, src[i + 2] == 0x80 {
                    spaceLength = 3  // U+3000 ideographic space
                } else if b == 0xE2, i + 2 < n, src[i + 1] == 0x81, src[i + 2] == 0x9F {
                    spaceLength = 3  // U+205F medium mathematical space
                }
                if spaceLength > 0 {
                    pendingSpace = !out.isEmpty
                    i += spaceLength
                    continue
                }
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(b)
                i += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
