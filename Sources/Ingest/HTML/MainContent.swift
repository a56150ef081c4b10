/// Finds the element that holds a page's main content: `<main>`, `role="main"`, `<article>`, and failing
/// those the element with the densest paragraph text (a Readability-style score: text in paragraphs and
/// list items counts for its parent fully and its grandparent half; text inside links counts against).
enum MainContent {
    static func root(of body: HTMLNode) -> HTMLNode {
        let mains = body.descendants { $0.isNamed("main") || $0.attribute("role")?.lowercased() == "main" }
        if let first = mains.first {
            // A <main> nested in a role=main wrapper: the outermost one holds everything.
            return first
        }
        let articles = body.descendants { $0.isNamed("article") }
        if articles.count == 1 { return articles[0] }
        if articles.count > 1 {
            // Several articles: their nearest common ancestor keeps them all.
            return commonAncestor(articles) ?? body
        }
        return densest(in: body) ?? body
    }

    private static func commonAncestor(_ nodes: [HTMLNode]) -> HTMLNode? {
        func chain(_ n: HTMLNode) -> [HTMLNode] {
            var out: [HTMLNode] = []
            var cur: HTMLNode? = n
            while let c = cur { out.append(c); cur = c.parent }
            return out.reversed()
        }
        var common = chain(nodes[0])
        for n in nodes.dropFirst() {
            let c = chain(n)
            var i = 0
            while i < common.count, i < c.count, common[i] == c[i] { i += 1 }
            common = Array(common.prefix(i))
        }
        return common.last
    }

    private static let paragraphLike: Set<String> = ["p", "li", "td", "pre", "dd", "blockquote", "h2", "h3", "summary"]

    private static func densest(in body: HTMLNode) -> HTMLNode? {
        var scores: [HTMLNode: Double] = [:]
        func add(_ node: HTMLNode, _ value: Double) { scores[node, default: 0] += value }
        for p in body.descendants(where: { paragraphLike.contains($0.name) }) {
            let text = TextCollector.inlineText(p)
            guard text.count >= 20 else { continue }
            let linkText = p.descendants { $0.isNamed("a") }.reduce(0) { $0 + TextCollector.inlineText($1).count }
            let value = Double(text.count) * (1 - Double(linkText) / Double(max(text.count, 1)))
            guard let parent = p.parent else { continue }
            add(parent, value)
            if let grand = parent.parent { add(grand, value / 2) }
        }
        // Ties broken by document order of discovery would depend on hashing: break them by text length.
        guard let best = scores.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key.allText.count < $1.key.allText.count) }),
              best.value > 0 else { return nil }
        // A list's or table's parent is the real container.
        if best.key.isNamed("ul") || best.key.isNamed("ol") || best.key.isNamed("tr") || best.key.isNamed("tbody") {
            return best.key.parent ?? best.key
        }
        return best.key
    }
}
