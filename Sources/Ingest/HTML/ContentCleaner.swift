/// Removes what is not content from inside the article (boilerplate sits inside `<main>` too): share
/// bars, tag clouds, "related" lists, author boxes, widgets. Readability's conditional cleaning: every
/// container is weighed by its class and id and by what it holds, in document order (a container is
/// judged before anything inside it), and dropped when
/// - its class/id weight is negative (a `negative` word and no `positive` one),
/// - or, unless it has 10+ commas (prose), when it is mostly links (over 20%, or over 50% with a
///   positive word), holds more images than twice its paragraphs, more inputs than a third of its
///   paragraphs. (Readability also drops blocks of under 25 characters; in a help article those are
///   dates and one-line notes that belong to it, so they stay.)
/// Data tables and code are never cleaned.
struct ContentCleaner {
    let evidence: PageEvidence
    let measure = TextMeasure()

    static let cleanedTags: Set<String> = ["div", "section", "ul", "table", "form", "fieldset", "aside"]

    static func clean(_ root: HTMLNode, evidence: PageEvidence = .builtIn) -> [ExtractionDecision] {
        ContentCleaner(evidence: evidence).clean(root)
    }

    private func clean(_ root: HTMLNode) -> [ExtractionDecision] {
        var decisions: [ExtractionDecision] = []
        func walk(_ node: HTMLNode) {
            for child in node.children where child.isElement {
                if child.isNamed("pre") || child.isNamed("code") || (child.isNamed("table") && isDataTable(child)) { continue }
                if Self.cleanedTags.contains(child.name), let reason = verdict(child) {
                    // An element without text (an ad slot, a share bar's empty shell) goes unlisted:
                    // `--explain` is for finding missing text, and "0 chars" only hid the real entries.
                    if measure.chars(child) > 0 {
                        decisions.append(ExtractionDecision(element: TextMeasure.selector(child), verdict: .dropped, reason: reason,
                                                            characters: measure.chars(child), preview: TextMeasure.preview(child)))
                    }
                    child.remove()
                    continue
                }
                walk(child)
            }
        }
        walk(root)
        return decisions
    }

    private func verdict(_ node: HTMLNode) -> ExtractionDecision.Reason? {
        let weight = evidence.weight(of: node)
        let counts = measure.counts(node)
        if weight < 0 {
            return .negativeWord(evidence.substring(.negative, in: PageEvidence.classAndID(node)) ?? "")
        }
        if counts.commas >= 10 { return nil }
        var paragraphs = 0, images = 0, listItems = 0, inputs = 0, embeds = 0
        var inFigure = false
        var up = node.parent
        while let u = up { if u.isNamed("figure") { inFigure = true; break }; up = u.parent }
        for d in node.descendants(where: { _ in true }) {
            switch d.name {
            case "p": paragraphs += 1
            case "img": images += 1
            case "li": listItems += 1
            case "input", "select", "textarea", "button": inputs += 1
            case "object", "embed", "iframe", "video": embeds += 1
            default: break
            }
        }
        let isList = node.isNamed("ul") || node.isNamed("ol")
        let density = measure.linkDensity(node)
        let chars = counts.chars
        if images > 1, Double(paragraphs) / Double(images) < 0.5, !inFigure { return .widget("\(images) images, \(paragraphs) paragraphs") }
        if !isList, listItems - 100 > paragraphs { return .widget("\(listItems) list items") }
        if inputs > paragraphs / 3 { return .widget("\(inputs) inputs") }
        // Readability drops at 20% links; short answers that point to another article ("see Returns")
        // are content in a help centre, so only a block that is mostly links goes.
        if !isList, weight < 25, density > 0.5 { return .linkDense(density) }
        if weight >= 25, density > 0.5 { return .linkDense(density) }
        if (embeds == 1 && chars < 75) || embeds > 1 { return .widget("\(embeds) embedded players") }
        return nil
    }

    /// A table of data rather than layout: a caption, header cells, or many rows or columns.
    private func isDataTable(_ table: HTMLNode) -> Bool {
        if table.attribute("role")?.lowercased() == "presentation" { return false }
        if table.firstDescendant(where: { $0.isNamed("caption") || $0.isNamed("thead") || $0.isNamed("th") || $0.isNamed("tfoot") }) != nil { return true }
        let rows = table.descendants { $0.isNamed("tr") }
        if rows.count >= 10 { return true }
        return (rows.first?.children.filter { $0.isNamed("td") }.count ?? 0) > 4
    }
}
