import Foundation

/// Walks the main content and turns it into sections of blocks: the heading hierarchy gives each section
/// its heading path; paragraphs, list items (with their depth), table rows (read with their header cells),
/// definitions, code and quotes become blocks. FAQ pairs found in the markup (accordions, definition
/// lists) are collected on the way.
struct StructureBuilder {
    private(set) var sections: [Section] = [Section(headingPath: [])]
    private(set) var faq: [FAQPair] = []
    private(set) var links: [Link] = []
    private var headingStack: [(level: Int, text: String)] = []

    static func build(from root: HTMLNode) -> StructureBuilder {
        var builder = StructureBuilder()
        builder.walk(root, depth: 0)
        builder.collectLinks(root)
        builder.sections.removeAll { $0.blocks.isEmpty && $0.headingPath.isEmpty }
        return builder
    }

    private static let blockTags: Set<String> = [
        "p", "div", "section", "article", "main", "header", "footer", "aside", "ul", "ol", "li", "table", "dl",
        "dt", "dd", "details", "summary", "pre", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "figure",
        "figcaption", "hr", "address", "tr", "td", "th", "tbody", "thead", "tfoot", "caption", "body", "center",
    ]

    private var currentPath: [String] { headingStack.map(\.text) }

    private mutating func emit(_ block: Block) {
        guard !block.text.isEmpty else { return }
        sections[sections.count - 1].blocks.append(block)
    }

    private mutating func startSection(level: Int, title: String) {
        while let last = headingStack.last, last.level >= level { headingStack.removeLast() }
        headingStack.append((level, title))
        sections.append(Section(headingPath: currentPath))
    }

    /// Walks a container: consecutive inline children form one paragraph; block children are handled
    /// by their kind.
    private mutating func walk(_ node: HTMLNode, depth: Int) {
        var inline = ""
        func flushInline(_ builder: inout StructureBuilder) {
            let text = TextCollector.collapse(inline)
            if !text.isEmpty { builder.emit(Block(.paragraph, text)) }
            inline = ""
        }
        for child in node.children {
            if let t = child.textContent { inline += t; continue }
            guard child.isElement else { continue }
            let name = child.name
            if !Self.blockTags.contains(name) {
                if name == "br" { inline += "\n"; continue }
                // Broken markup (an unclosed <b>) can leave lists and tables inside an inline element:
                // walk into it rather than flattening them into one line.
                if !containsBlockDescendant(child) {
                    inline += " " + TextCollector.inlineText(child) + " "
                    continue
                }
                flushInline(&self)
                walk(child, depth: depth)
                continue
            }
            flushInline(&self)
            handleBlock(child, name: name, depth: depth)
        }
        flushInline(&self)
    }

    private mutating func handleBlock(_ node: HTMLNode, name: String, depth: Int) {
        switch name {
        case "h1", "h2", "h3", "h4", "h5", "h6":
            let title = TextCollector.inlineText(node)
            if !title.isEmpty { startSection(level: Int(name.dropFirst())!, title: title) }
        case "p", "figcaption", "address", "caption", "dt", "dd", "summary", "td", "th":
            if containsBlockChildren(node) { walk(node, depth: depth) } else { emit(Block(.paragraph, TextCollector.inlineText(node))) }
        case "ul", "ol":
            list(node, depth: depth)
        case "li":
            listItem(node, depth: depth)
        case "table":
            table(node)
        case "dl":
            definitionList(node)
        case "details":
            details(node, depth: depth)
        case "pre":
            let code = node.allText.trimmingLineBreaks()
            if !code.isEmpty { emit(Block(.code, code)) }
        case "blockquote":
            if containsBlockChildren(node) {
                walk(node, depth: depth)
            } else {
                emit(Block(.quote, TextCollector.inlineText(node)))
            }
        case "hr":
            break
        default:
            walk(node, depth: depth)
        }
    }

    private func containsBlockChildren(_ node: HTMLNode) -> Bool {
        containsBlockDescendant(node)
    }

    private func containsBlockDescendant(_ node: HTMLNode) -> Bool {
        for child in node.children where child.isElement {
            if Self.blockTags.contains(child.name) || containsBlockDescendant(child) { return true }
        }
        return false
    }

    /// A list's items; those of an ordered list of several items are numbered (from its `start`), so
    /// that a procedure stays one: its steps are told in order and none is left out.
    private mutating func list(_ node: HTMLNode, depth: Int) {
        let items = node.children.filter { $0.isElement && $0.isNamed("li") }.count
        var next = node.isNamed("ol") && items > 1 ? node.attribute("start").flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }.map { max(0, $0) } ?? 1 : nil
        for child in node.children where child.isElement {
            if child.isNamed("li") {
                listItem(child, depth: depth, ordinal: next)
                next = next.map { $0 + 1 }
            } else { handleBlock(child, name: child.name, depth: depth) }
        }
    }

    /// One list item is one block; its nested lists become items one level deeper.
    private mutating func listItem(_ node: HTMLNode, depth: Int, ordinal: Int? = nil) {
        var own = ""
        var nested: [HTMLNode] = []
        var blocks: [HTMLNode] = []
        for child in node.children {
            if let t = child.textContent { own += t; continue }
            guard child.isElement else { continue }
            if child.isNamed("ul") || child.isNamed("ol") { nested.append(child) }
            else if child.isNamed("p") || child.isNamed("div") {
                own += " " + TextCollector.inlineText(child) + " "
            } else if !Self.blockTags.contains(child.name) {
                // Inline markup runs on with its neighbours: "elegir <strong>Cancelar pedido</strong>." is
                // "elegir Cancelar pedido.", not "… pedido ." (the space used to come from here).
                own += TextCollector.rawInlineText(child)
            } else { blocks.append(child) }
        }
        let text = TextCollector.collapse(own)
        if !text.isEmpty { emit(Block(.listItem, text, depth: depth, ordinal: ordinal)) }
        for b in blocks { handleBlock(b, name: b.name, depth: depth + 1) }
        for n in nested { list(n, depth: depth + 1) }
    }

    /// Tables are kept row by row, each cell labelled with its column header ("Market: DE · Return
    /// window: 30 days"); a row header (a <th> in the row) leads the row.
    private mutating func table(_ node: HTMLNode) {
        let rows = node.descendants { $0.isNamed("tr") }.filter { nearestTable($0).map { $0 == node } ?? false }
        if let caption = node.firstDescendant(where: { $0.isNamed("caption") }) {
            emit(Block(.paragraph, TextCollector.inlineText(caption)))
        }
        var headers: [String] = []
        for row in rows {
            let cells = row.children.filter { $0.isNamed("td") || $0.isNamed("th") }
            let texts = cells.map { TextCollector.inlineText($0) }
            let allHeader = !cells.isEmpty && cells.allSatisfy { $0.isNamed("th") }
            let inHead = row.parent?.isNamed("thead") ?? false
            if (allHeader || inHead) && headers.isEmpty {
                headers = texts
                continue
            }
            var parts: [String] = []
            for (i, text) in texts.enumerated() where !text.isEmpty {
                if i < headers.count, !headers[i].isEmpty, headers[i] != text {
                    parts.append("\(headers[i]): \(text)")
                } else {
                    parts.append(text)
                }
            }
            if !parts.isEmpty { emit(Block(.tableRow, parts.joined(separator: " · "))) }
        }
    }

    private func nearestTable(_ node: HTMLNode) -> HTMLNode? {
        var cur = node.parent
        while let c = cur, !c.isNamed("table") { cur = c.parent }
        return cur
    }

    /// <dt>/<dd> pairs are definitions; when the term is a question, they are also a FAQ pair.
    private mutating func definitionList(_ node: HTMLNode) {
        var term: String?
        var descriptions: [String] = []
        func flush(_ b: inout StructureBuilder) {
            guard let t = term else { return }
            let answer = descriptions.joined(separator: " ")
            b.emit(Block(.definition, answer.isEmpty ? t : "\(t): \(answer)"))
            if Questions.isQuestion(t), !answer.isEmpty {
                b.faq.append(FAQPair(question: t, answer: answer, origin: .definitionList, headingPath: b.currentPath))
            }
            term = nil
            descriptions = []
        }
        for child in node.descendants(where: { $0.isNamed("dt") || $0.isNamed("dd") }) {
            if child.isNamed("dt") {
                flush(&self)
                term = TextCollector.inlineText(child)
            } else {
                descriptions.append(TextCollector.inlineText(child))
            }
        }
        flush(&self)
    }

    /// An accordion: the summary is the question, the rest the answer.
    private mutating func details(_ node: HTMLNode, depth: Int) {
        let summary = node.children.first { $0.isNamed("summary") }.map { TextCollector.inlineText($0) } ?? ""
        let startSection = sections.count - 1
        if !summary.isEmpty { emit(Block(.paragraph, summary)) }
        let answerStart = sections[startSection].blocks.count
        for child in node.children where !(child.isNamed("summary")) {
            if let t = child.textContent {
                let text = TextCollector.collapse(t)
                if !text.isEmpty { emit(Block(.paragraph, text)) }
            } else if child.isElement {
                if Self.blockTags.contains(child.name) { handleBlock(child, name: child.name, depth: depth) }
                else { emit(Block(.paragraph, TextCollector.inlineText(child))) }
            }
        }
        if !summary.isEmpty, sections.count - 1 == startSection {
            let answer = sections[startSection].blocks[answerStart...].map(\.text).joined(separator: " ")
            if !answer.isEmpty {
                faq.append(FAQPair(question: summary, answer: answer, origin: .details, headingPath: currentPath))
            }
        }
    }

    private mutating func collectLinks(_ root: HTMLNode) {
        for a in root.descendants(where: { $0.isNamed("a") }) {
            guard let href = a.attribute("href"), !href.isEmpty, !href.hasPrefix("#"), !href.lowercased().hasPrefix("javascript:") else { continue }
            links.append(Link(href: href, text: TextCollector.inlineText(a)))
        }
    }
}
