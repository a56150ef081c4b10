/// Lengths of visible text below an element (whitespace runs count as one character), the part of it
/// inside links, and its commas: what block scoring and cleaning weigh. Memoised per element; valid
/// while the subtree is unchanged, which holds for a walk in document order that removes as it goes
/// (an element is measured before anything below it is removed).
final class TextMeasure {
    struct Counts { var chars = 0; var linkChars = 0; var commas = 0 }
    private var memo: [HTMLNode: Counts] = [:]

    func counts(_ node: HTMLNode) -> Counts {
        if let c = memo[node] { return c }
        var c = Counts()
        for child in node.children {
            if let t = child.textContent {
                let (n, commas) = Self.measure(t)
                c.chars += n
                c.commas += commas
            } else if child.isElement {
                let sub = counts(child)
                c.chars += sub.chars
                c.commas += sub.commas
                // A link to an anchor on the same page counts less: tables of contents are still text.
                if child.isNamed("a") {
                    let href = child.attribute("href") ?? ""
                    c.linkChars += href.hasPrefix("#") ? Int(Double(sub.chars) * 0.3) : sub.chars
                } else {
                    c.linkChars += sub.linkChars
                }
            }
        }
        memo[node] = c
        return c
    }

    func chars(_ node: HTMLNode) -> Int { counts(node).chars }

    func linkDensity(_ node: HTMLNode) -> Double {
        let c = counts(node)
        return c.chars == 0 ? 0 : Double(c.linkChars) / Double(c.chars)
    }

    /// Characters with whitespace runs counted once and ends trimmed, and commas (Latin, Arabic, CJK).
    static func measure(_ s: String) -> (chars: Int, commas: Int) {
        var n = 0, commas = 0
        var inSpace = true
        for scalar in s.unicodeScalars {
            let v = scalar.value
            // The spaces TextCollector.collapse folds; property look-ups per scalar cost too much here.
            if v <= 0x20 || v == 0xA0 || v == 0x85 || (0x2000...0x200B).contains(v) || v == 0x2028 || v == 0x2029 || v == 0x202F || v == 0x3000 {
                if !inSpace { n += 1; inSpace = true }
                continue
            }
            inSpace = false
            n += 1
            switch v {
            case 0x2C, 0x60C, 0xFE50, 0xFE10, 0xFE11, 0x2E41, 0x2E34, 0x2E32, 0xFF0C, 0x3001: commas += 1
            default: break
            }
        }
        return (n, commas)
    }

    /// `div.comments#c12`: how `--explain` names an element.
    static func selector(_ node: HTMLNode) -> String {
        var s = node.name
        if let c = node.attribute("class")?.split(separator: " ").prefix(3), !c.isEmpty { s += "." + c.joined(separator: ".") }
        if let id = node.attribute("id"), !id.isEmpty { s += "#" + id }
        return s
    }

    /// The first words of an element's text, for `--explain`.
    static func preview(_ node: HTMLNode) -> String {
        let text = TextCollector.collapse(node.allText)
        return text.count <= 80 ? text : String(text.prefix(77)) + "…"
    }
}
