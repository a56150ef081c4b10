import Foundation

/// The visible text of an HTML fragment, every element apart from inline ones separated by a space:
/// what a reference article (a benchmark's expected output) says, read the same way whatever its markup.
public enum FragmentText {
    public static func of(html data: Data) -> String {
        guard let doc = try? HTMLDocument(data: data, encoding: "UTF-8", url: "fragment"), let root = doc.root else { return "" }
        var out = ""
        func walk(_ node: HTMLNode) {
            for child in node.children {
                if let t = child.textContent { out += t; continue }
                guard child.isElement, !Boilerplate.neverText.contains(child.name) else { continue }
                let spaced = !inline.contains(child.name)
                if spaced { out += " " }
                walk(child)
                if spaced { out += " " }
            }
        }
        walk(root)
        return TextCollector.collapse(out)
    }

    private static let inline: Set<String> = ["a", "b", "i", "em", "strong", "span", "sup", "sub", "code", "small", "abbr", "u", "mark", "q", "cite", "time", "font"]
}
