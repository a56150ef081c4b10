import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A parsed XML document as a small tree, to check the structure of `junit.xml` and of the HTML
/// report (which is written as well-formed XML). Parsing fails on any markup error, which is the
/// first thing the tests check.
final class XMLNode {
    let name: String
    let attributes: [String: String]
    private enum Piece { case text(String), element(XMLNode) }
    private var pieces: [Piece] = []

    init(name: String, attributes: [String: String]) { self.name = name; self.attributes = attributes }

    var children: [XMLNode] { pieces.compactMap { if case .element(let e) = $0 { e } else { nil } } }

    /// All text inside, children's included, in document order (entities resolved).
    var text: String {
        pieces.map { switch $0 { case .text(let s): s; case .element(let e): e.text } }.joined()
    }

    /// Every descendant element (depth first, document order) with the given name.
    func all(_ name: String) -> [XMLNode] { descendants.filter { $0.name == name } }

    /// Every descendant element, depth first, in document order.
    var descendants: [XMLNode] { children.flatMap { [$0] + $0.descendants } }

    func hasClass(_ cls: String) -> Bool { (attributes["class"] ?? "").split(separator: " ").contains(Substring(cls)) }

    static func parse(_ document: String) throws -> XMLNode {
        let builder = Builder()
        let parser = XMLParser(data: Data(document.utf8))
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            throw XMLParseFailure(line: parser.lineNumber, column: parser.columnNumber,
                                  reason: parser.parserError.map { "\($0)" } ?? "no root element")
        }
        return root
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: XMLNode?
        var stack: [XMLNode] = []

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
                    attributes attributeDict: [String: String] = [:]) {
            let node = XMLNode(name: elementName, attributes: attributeDict)
            if let parent = stack.last { parent.pieces.append(.element(node)) } else { root = node }
            stack.append(node)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { stack.last?.pieces.append(.text(string)) }
    }
}

struct XMLParseFailure: Error, CustomStringConvertible {
    let line: Int, column: Int, reason: String
    var description: String { "not well-formed at \(line):\(column): \(reason)" }
}
