import Foundation

/// FAQ pairs from schema.org `FAQPage` JSON-LD (`mainEntity` → `Question` with `acceptedAnswer`), as help
/// centres embed it for search engines. Handles a bare object, an array, and `@graph`.
enum JSONLDFAQ {
    static func pairs(fromScripts scripts: [String]) -> [FAQPair] {
        var out: [FAQPair] = []
        for script in scripts {
            guard let data = script.data(using: .utf8),
                  let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { continue }
            collect(json, into: &out)
        }
        return out
    }

    private static func collect(_ json: Any, into out: inout [FAQPair]) {
        if let array = json as? [Any] {
            array.forEach { collect($0, into: &out) }
            return
        }
        guard let object = json as? [String: Any] else { return }
        if let graph = object["@graph"] { collect(graph, into: &out) }
        if isType(object["@type"], "FAQPage") {
            let entities = (object["mainEntity"] as? [Any]) ?? (object["mainEntity"].map { [$0] } ?? [])
            for case let q as [String: Any] in entities where isType(q["@type"], "Question") {
                guard let question = (q["name"] as? String).map(plain), !question.isEmpty else { continue }
                let answerObject = (q["acceptedAnswer"] as? [String: Any]) ?? ((q["acceptedAnswer"] as? [Any])?.first as? [String: Any])
                guard let answer = (answerObject?["text"] as? String).map(plain), !answer.isEmpty else { continue }
                out.append(FAQPair(question: question, answer: answer, origin: .jsonLD))
            }
        }
    }

    private static func isType(_ value: Any?, _ name: String) -> Bool {
        if let s = value as? String { return s == name || s.hasSuffix("/\(name)") }
        if let a = value as? [String] { return a.contains(name) }
        return false
    }

    /// Answers may carry HTML: parse it with the same parser and keep the text.
    static func plain(_ html: String) -> String {
        guard html.contains("<") || html.contains("&") else { return TextCollector.collapse(html) }
        guard let doc = try? HTMLDocument(data: Data("<div>\(html)</div>".utf8), encoding: "UTF-8", url: "jsonld"),
              let root = doc.root else { return TextCollector.collapse(html) }
        return TextCollector.inlineText(root)
    }
}
