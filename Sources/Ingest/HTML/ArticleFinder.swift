/// Finds the article in a page whose chrome is already stripped (`Boilerplate`), the way reader modes
/// do (Readability's scoring, with the page's own hints on top):
///
/// 1. Elements whose class or id holds an `unlikely` word (comments, sidebars) are set aside.
/// 2. Every paragraph-like block of 25+ characters scores 1 + its commas + 1 per 100 characters (3 at
///    most) and gives it to its parent fully, its grandparent half, and the next ancestors a third of
///    it per level; an ancestor starts from its tag (div +5, lists −3, headings −5) and its class and
///    id (`positive` +25, `negative` −25). Scores are then cut by each element's link density.
/// 3. The best element moves up to an ancestor that holds several near-best ones, or to a parent that
///    scores higher; its siblings join when they score near it or hold link-free prose.
/// 4. When the page marks its main content (`<main>`, `role=main`, one `<article>`) and the best
///    element lies inside that mark, the mark is the article: it is what the page's author says.
/// 5. When what was found is short (under 500 characters), scoring runs again with the unlikely
///    elements included, and the longer result wins.
struct ArticleFinder {
    struct Found {
        var root: HTMLNode
        var decisions: [ExtractionDecision]
    }

    let evidence: PageEvidence
    let measure = TextMeasure()

    static func find(in body: HTMLNode, evidence: PageEvidence = .builtIn) -> Found {
        ArticleFinder(evidence: evidence).find(body)
    }

    private func find(_ body: HTMLNode) -> Found {
        let unlikely = unlikelyElements(below: body)
        var pick = best(in: body, skipping: Set(unlikely.map(\.node)))
        var skipped = unlikely
        if pick == nil || measure.chars(pick!.node) < 500 {
            if let retry = best(in: body, skipping: []), measure.chars(retry.node) > pick.map({ measure.chars($0.node) }) ?? 0 {
                pick = retry
                skipped = []
            }
        }
        guard let pick else { return Found(root: body, decisions: []) }
        var decisions: [ExtractionDecision] = []
        var root = pick.node
        var reason = ExtractionDecision.Reason.highestScore(pick.score)
        if let hint = pageHint(in: body), contains(hint, pick.node) {
            root = hint.node
            reason = .pageHint(hint.label)
        } else {
            root = joinSiblings(of: pick, decisions: &decisions)
        }
        // Set-aside elements inside the article go now; those outside go with everything outside it.
        for (node, word) in skipped where contains(root, node) && node != root {
            // Listed only with text, like everything else dropped (an empty ad slot explains nothing).
            if measure.chars(node) > 0 { decisions.append(decision(node, .dropped, .unlikelyWord(word))) }
            node.remove()
        }
        decisions.insert(decision(root, .kept, reason), at: 0)
        decisions += outside(root, upTo: body)
        return Found(root: root, decisions: decisions)
    }

    // MARK: - Step 1: unlikely elements

    private func unlikelyElements(below body: HTMLNode) -> [(node: HTMLNode, word: String)] {
        var found: [(HTMLNode, String)] = []
        func walk(_ node: HTMLNode) {
            for child in node.children where child.isElement {
                // Tables and code keep their parts; a link or a marked main content is never set aside.
                if child.isNamed("table") || child.isNamed("pre") || child.isNamed("code") || child.isNamed("a") { continue }
                if !isHint(child) {
                    let words = PageEvidence.classAndID(child)
                    if let word = evidence.substring(.unlikely, in: words), evidence.substring(.maybe, in: words) == nil {
                        found.append((child, word))
                        continue
                    }
                }
                walk(child)
            }
        }
        walk(body)
        return found
    }

    // MARK: - Steps 2 and 3: scoring and the best element

    private struct Pick { var node: HTMLNode; var score: Double; var scores: [HTMLNode: Double] }

    private static let scoredTags: Set<String> = ["p", "pre", "td", "section", "h2", "h3", "h4", "h5", "h6"]
    /// What makes a <div> a container rather than a paragraph.
    private static let divBlockTags: Set<String> = ["blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "figure"]

    private func best(in body: HTMLNode, skipping: Set<HTMLNode>) -> Pick? {
        var scores: [HTMLNode: Double] = [:]
        var order: [HTMLNode] = []
        func credit(_ value: Double, from first: HTMLNode?) {
            var ancestor = first
            var level = 0
            while let a = ancestor, level < 5 {
                if scores[a] == nil {
                    scores[a] = initialScore(a)
                    order.append(a)
                }
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
                scores[a]! += value / divider
                if a == body { break }
                ancestor = a.parent
                level += 1
            }
        }
        func paragraphScore(chars: Int, commas: Int) -> Double {
            1 + Double(commas) + Double(min(chars / 100, 3))
        }
        func walk(_ node: HTMLNode) {
            for child in node.children where child.isElement {
                if skipping.contains(child) { continue }
                let name = child.name
                if Self.scoredTags.contains(name) || (name == "div" && !hasBlockChild(child)) {
                    let c = measure.counts(child)
                    if c.chars >= 25 { credit(paragraphScore(chars: c.chars, commas: c.commas), from: child.parent) }
                } else if name == "div" {
                    // Text directly in a container div is a paragraph of its own.
                    let own = ownInlineText(child)
                    if own.chars >= 25 { credit(paragraphScore(chars: own.chars, commas: own.commas), from: child) }
                }
                walk(child)
            }
        }
        walk(body)
        guard !order.isEmpty else { return nil }
        for node in order { scores[node]! *= 1 - measure.linkDensity(node) }
        let ranked = order.enumerated().sorted { a, b in
            let sa = scores[a.element]!, sb = scores[b.element]!
            return sa > sb || (sa == sb && a.offset < b.offset)
        }.map(\.element)
        var top = ranked[0]
        let topScore = scores[top]!
        guard topScore > 0 else { return nil }

        // Several near-best elements under one ancestor: the ancestor is the article.
        let near = ranked.prefix(5).dropFirst().filter { scores[$0]! / topScore >= 0.75 }
        if near.count >= 3 {
            let chains = near.map { Set(ancestors($0)) }
            var candidate = top.parent
            while let c = candidate, c != body {
                if chains.filter({ $0.contains(c) }).count >= 3 { top = c; break }
                candidate = c.parent
            }
        }
        if scores[top] == nil { scores[top] = initialScore(top) }
        // A parent that scores higher holds more of the article.
        var lastScore = scores[top]!
        let threshold = lastScore / 3
        var parent = top.parent
        while let p = parent, p != body {
            guard let ps = scores[p] else { parent = p.parent; continue }
            if ps < threshold { break }
            if ps > lastScore { top = p; break }
            lastScore = ps
            parent = p.parent
        }
        // An only child says no more than its parent.
        while let p = top.parent, p != body, p.children.filter(\.isElement).count == 1 { top = p }
        return Pick(node: top, score: scores[top] ?? topScore, scores: scores)
    }

    private func initialScore(_ node: HTMLNode) -> Double {
        var score: Double
        switch node.name {
        case "div": score = 5
        case "pre", "td", "blockquote": score = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
        default: score = 0
        }
        return score + Double(evidence.weight(of: node))
    }

    private func hasBlockChild(_ node: HTMLNode) -> Bool {
        for child in node.children where child.isElement {
            if Self.divBlockTags.contains(child.name) || hasBlockChild(child) { return true }
        }
        return false
    }

    private func ownInlineText(_ node: HTMLNode) -> TextMeasure.Counts {
        var c = TextMeasure.Counts()
        for child in node.children {
            if let t = child.textContent {
                let m = TextMeasure.measure(t)
                c.chars += m.chars
                c.commas += m.commas
            } else if child.isElement, !Self.divBlockTags.contains(child.name), !hasBlockChild(child) {
                let m = measure.counts(child)
                c.chars += m.chars
                c.commas += m.commas
            }
        }
        return c
    }

    private func ancestors(_ node: HTMLNode) -> [HTMLNode] {
        var out: [HTMLNode] = []
        var cur = node.parent
        while let c = cur { out.append(c); cur = c.parent }
        return out
    }

    private func contains(_ outer: HTMLNode, _ inner: HTMLNode) -> Bool {
        var cur: HTMLNode? = inner
        while let c = cur { if c == outer { return true }; cur = c.parent }
        return false
    }

    private func contains(_ hint: (node: HTMLNode, label: String), _ inner: HTMLNode) -> Bool { contains(hint.node, inner) }

    /// Siblings of the best element that belong with it; the rest of its parent is removed.
    private func joinSiblings(of pick: Pick, decisions: inout [ExtractionDecision]) -> HTMLNode {
        let top = pick.node
        guard let parent = top.parent else { return top }
        let threshold = max(10, pick.score * 0.2)
        let topClass = top.attribute("class") ?? ""
        var joined: [HTMLNode] = []
        var left: [HTMLNode] = []
        for sibling in parent.children where sibling.isElement && sibling != top {
            var score = pick.scores[sibling] ?? -.infinity
            if !topClass.isEmpty, sibling.attribute("class") == topClass { score += pick.score * 0.2 }
            var belongs = score >= threshold
            if !belongs, sibling.isNamed("p") || (sibling.isNamed("div") && !hasBlockChild(sibling)) {
                let chars = measure.chars(sibling), density = measure.linkDensity(sibling)
                if chars > 80 { belongs = density < 0.25 }
                // A short line joins only as a real paragraph: a short <div> next to the article is a
                // copyright line or a caption far more often than a sentence of it.
                else if chars > 0, density == 0, sibling.isNamed("p") {
                    let text = TextCollector.collapse(sibling.allText)
                    belongs = text.contains(". ") || text.hasSuffix(".")
                }
            }
            if belongs { joined.append(sibling) } else { left.append(sibling) }
        }
        guard !joined.isEmpty else { return top }
        for s in joined { decisions.append(decision(s, .kept, .siblingOfArticle)) }
        for s in left where measure.chars(s) > 0 { decisions.append(decision(s, .dropped, .outsideArticle)) }
        left.forEach { $0.remove() }
        // Text directly in the parent (between the blocks) is not part of any sibling.
        for child in parent.children where child.isText { child.remove() }
        return parent
    }

    // MARK: - Step 4: the page's own hint

    private func isHint(_ node: HTMLNode) -> Bool {
        node.isNamed("main") || node.isNamed("article") || node.attribute("role")?.lowercased() == "main"
    }

    private func pageHint(in body: HTMLNode) -> (node: HTMLNode, label: String)? {
        if let main = body.firstDescendant(where: { $0.isNamed("main") }) { return (main, "<main>") }
        if let main = body.firstDescendant(where: { $0.attribute("role")?.lowercased() == "main" }) { return (main, "role=main") }
        let articles = body.descendants { $0.isNamed("article") }
        if articles.count == 1 { return (articles[0], "<article>") }
        return nil
    }

    // MARK: - Explaining

    private func decision(_ node: HTMLNode, _ verdict: ExtractionDecision.Verdict, _ reason: ExtractionDecision.Reason) -> ExtractionDecision {
        ExtractionDecision(element: TextMeasure.selector(node), verdict: verdict, reason: reason,
                           characters: measure.chars(node), preview: TextMeasure.preview(node))
    }

    /// What lies outside the article: the other children of each of its ancestors, where they hold text.
    private func outside(_ root: HTMLNode, upTo body: HTMLNode) -> [ExtractionDecision] {
        var out: [ExtractionDecision] = []
        var child = root
        while child != body, let parent = child.parent {
            for sibling in parent.children where sibling.isElement && sibling != child && measure.chars(sibling) > 0 {
                out.append(decision(sibling, .dropped, .outsideArticle))
            }
            child = parent
        }
        return out
    }
}
