internal import CLibXML2
import Foundation

/// A parsed HTML document. Owns the libxml2 tree and frees it; nodes handed out by `root` are valid only
/// while this object lives, so they never leave the Ingest module.
final class HTMLDocument {
    private let doc: htmlDocPtr

    /// How deep the tree may nest before `init` flattens it. Our walkers (structure, boilerplate, main
    /// content) recurse once or twice per level; 256 levels stay well inside a 512 KB thread stack, and
    /// no real page we have seen nests deeper than about 60 (300 unclosed `<div>`s do).
    static let maxDepth = 256

    /// Set when the tree nested deeper than `maxDepth`: the text below was kept, flattened.
    private(set) var flattenedAtDepth: Int?

    /// Parses with libxml2's HTML parser in recovery mode: broken markup still yields a tree. NONET forbids
    /// any network access and the HTML parser never loads external entities. XML_PARSE_HUGE lifts
    /// libxml2's depth limit of 256 (which otherwise drops everything after the deepest element without
    /// an error); libxml2 2.9.14 builds and frees trees of 200,000 levels iteratively. Below
    /// `maxDepth` the tree is then flattened here, so that no recursive walk of ours sees more.
    /// - Parameter encoding: an IANA name to force, or nil to let libxml2 honour the page's own declaration.
    init(data: Data, encoding: String?, url: String) throws(IngestFailure) {
        Self.libxml2Ready
        if data.isEmpty || data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0x0C }) {
            throw IngestFailure.empty
        }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
            | Int32(XML_PARSE_HUGE.rawValue)
        let parsed: htmlDocPtr? = data.withUnsafeBytes { raw -> htmlDocPtr? in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
            if let encoding {
                // The caller sniffed the encoding; the page's own hint must not switch it mid-parse.
                return htmlReadMemory(base, Int32(raw.count), url, encoding, options | Int32(HTML_PARSE_IGNORE_ENC.rawValue))
            }
            return htmlReadMemory(base, Int32(raw.count), url, nil, options)
        }
        guard let parsed else { throw IngestFailure.unparsable("libxml2 could not build a document tree") }
        doc = parsed
        if Self.flatten(below: Self.maxDepth, in: parsed) { flattenedAtDepth = Self.maxDepth }
    }

    deinit { xmlFreeDoc(doc) }

    /// libxml2 sets up its globals on the first parse, which is not safe when the importer's first
    /// parses start on every core at once; its thread-safety notes ask for `xmlInitParser()` once
    /// before threads use the library. A static is initialised exactly once, the other threads wait.
    private static let libxml2Ready: Void = xmlInitParser()

    var root: HTMLNode? {
        guard let node = xmlDocGetRootElement(doc) else { return nil }
        return HTMLNode(node)
    }

    /// Replaces the children of every element at depth `limit` that still has element children with
    /// paragraphs of their text (one per block, in document order). Iterative: it runs on trees too deep
    /// for recursion. Returns whether anything was flattened.
    private static func flatten(below limit: Int, in doc: htmlDocPtr) -> Bool {
        guard let root = xmlDocGetRootElement(doc) else { return false }
        var flattened = false
        var node = root
        var depth = 0
        walk: while true {
            if node.pointee.type == XML_ELEMENT_NODE, let first = node.pointee.children {
                if depth >= limit, hasElementChild(node) {
                    let blocks = textBlocks(of: node)
                    var child: xmlNodePtr? = first
                    while let c = child {
                        child = c.pointee.next
                        xmlUnlinkNode(c)
                        xmlFreeNode(c)  // iterative in libxml2 2.9.14, whatever the depth
                    }
                    for text in blocks {
                        guard let p = xmlNewDocNode(doc, nil, "p", nil) else { continue }
                        xmlAddChild(node, p)
                        if let t = xmlNewDocText(doc, text) { xmlAddChild(p, t) }
                    }
                    flattened = true
                } else {
                    node = first
                    depth += 1
                    continue walk
                }
            }
            // The next node: a sibling, or the sibling of the nearest ancestor that has one.
            var current = node
            while true {
                if current == root { break walk }
                if let next = current.pointee.next { node = next; continue walk }
                guard let parent = current.pointee.parent else { break walk }
                current = parent
                depth -= 1
            }
        }
        return flattened
    }

    private static func hasElementChild(_ node: xmlNodePtr) -> Bool {
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE { return true }
            child = c.pointee.next
        }
        return false
    }

    /// Elements that separate blocks of text when a subtree is flattened.
    private static let blockNames: Set<String> = [
        "p", "div", "section", "article", "main", "li", "ul", "ol", "table", "tr", "td", "th", "dt", "dd", "dl",
        "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "br", "hr", "details", "summary", "figure",
        "figcaption", "header", "footer", "aside", "address", "caption",
    ]
    /// Never text (the same as Boilerplate.alwaysDropped's non-content elements).
    private static let skippedNames: Set<String> = ["script", "style", "noscript", "template", "svg", "head", "title"]

    /// The text below `top`, split at block elements, walked iteratively.
    private static func textBlocks(of top: xmlNodePtr) -> [String] {
        var blocks: [String] = []
        var current = ""
        func flush() {
            let text = TextCollector.collapse(current)
            if !text.isEmpty { blocks.append(text) }
            current = ""
        }
        func name(_ n: xmlNodePtr) -> String { n.pointee.name.map { String(cString: $0) } ?? "" }
        guard var node = top.pointee.children else { return [] }
        walk: while true {
            var descend = false
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let c = node.pointee.content { current += String(cString: c) }
            case XML_ELEMENT_NODE:
                let n = name(node)
                if blockNames.contains(n) { flush() }
                descend = !skippedNames.contains(n) && node.pointee.children != nil
            default:
                break
            }
            if descend, let first = node.pointee.children { node = first; continue walk }
            var cur = node
            while true {
                if let next = cur.pointee.next { node = next; continue walk }
                guard let parent = cur.pointee.parent, parent != top else { break walk }
                if blockNames.contains(name(parent)) { flush() }
                cur = parent
            }
        }
        flush()
        return blocks
    }
}
