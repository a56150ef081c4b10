internal import CLibXML2
import Foundation

/// A borrowed view of one libxml2 node; valid while its `HTMLDocument` lives. Internal to Ingest.
struct HTMLNode: Hashable {
    fileprivate let ptr: xmlNodePtr

    init(_ ptr: xmlNodePtr) { self.ptr = ptr }

    var isElement: Bool { ptr.pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { ptr.pointee.type == XML_TEXT_NODE || ptr.pointee.type == XML_CDATA_SECTION_NODE }

    /// Lower-case element name ("div"); libxml2's HTML parser already lower-cases tag names.
    var name: String {
        guard let n = ptr.pointee.name else { return "" }
        return String(cString: n)
    }

    /// Compares the element name without allocating a String (hot path of the tree walk).
    func isNamed(_ candidate: StaticString) -> Bool {
        guard let n = ptr.pointee.name else { return false }
        return candidate.withUTF8Buffer { buf in
            var i = 0
            while i < buf.count {
                if n[i] != buf[i] { return false }
                i += 1
            }
            return n[i] == 0
        }
    }

    func attribute(_ name: String) -> String? {
        guard let value = xmlGetProp(ptr, name) else { return nil }
        defer { free(value) } // libxml2 allocates with malloc (we never call xmlMemSetup); its xmlFree is a global var Swift 6 rejects
        return String(cString: value)
    }

    /// The raw text of a text node (nil for elements).
    var textContent: String? {
        guard isText, let c = ptr.pointee.content else { return nil }
        return String(cString: c)
    }

    /// All text below this node, concatenated (libxml2 does the walk in C).
    var allText: String {
        guard let c = xmlNodeGetContent(ptr) else { return "" }
        defer { free(c) }
        return String(cString: c)
    }

    var children: HTMLChildren { HTMLChildren(first: ptr.pointee.children) }

    var parent: HTMLNode? {
        guard let p = ptr.pointee.parent, p.pointee.type == XML_ELEMENT_NODE else { return nil }
        return HTMLNode(p)
    }

    /// The descendant elements in document order.
    func descendants(where match: (HTMLNode) -> Bool) -> [HTMLNode] {
        var found: [HTMLNode] = []
        func walk(_ node: HTMLNode) {
            for child in node.children where child.isElement {
                if match(child) { found.append(child) }
                walk(child)
            }
        }
        walk(self)
        return found
    }

    func firstDescendant(where match: (HTMLNode) -> Bool) -> HTMLNode? {
        for child in children where child.isElement {
            if match(child) { return child }
            if let hit = child.firstDescendant(where: match) { return hit }
        }
        return nil
    }

    /// Detaches and frees this node and its subtree (used to drop boilerplate before extraction).
    func remove() {
        xmlUnlinkNode(ptr)
        xmlFreeNode(ptr)
    }

    static func == (a: HTMLNode, b: HTMLNode) -> Bool { a.ptr == b.ptr }
    func hash(into hasher: inout Hasher) { hasher.combine(ptr) }
}

struct HTMLChildren: Sequence {
    let first: xmlNodePtr?

    struct Iterator: IteratorProtocol {
        var next_: xmlNodePtr?
        mutating func next() -> HTMLNode? {
            guard let current = next_ else { return nil }
            next_ = current.pointee.next
            return HTMLNode(current)
        }
    }

    func makeIterator() -> Iterator { Iterator(next_: first) }
}
