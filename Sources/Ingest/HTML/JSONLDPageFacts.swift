import Foundation

/// What schema.org JSON-LD says about the page: `datePublished`, `dateModified` (of the first object that
/// has them: the article, usually) and a `BreadcrumbList`'s names in `position` order. Handles a bare
/// object, an array and `@graph`, like `JSONLDFAQ`.
struct JSONLDPageFacts {
    var datePublished: String?
    var dateModified: String?
    var breadcrumbs: [String] = []

    init(scripts: [String]) {
        for script in scripts {
            guard script.contains("date") || script.contains("BreadcrumbList"), let data = script.data(using: .utf8),
                  let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { continue }
            collect(json)
        }
    }

    private mutating func collect(_ json: Any) {
        if let array = json as? [Any] { array.forEach { collect($0) }; return }
        guard let object = json as? [String: Any] else { return }
        if let graph = object["@graph"] { collect(graph) }
        if isType(object["@type"], "BreadcrumbList"), breadcrumbs.isEmpty {
            breadcrumbs = Self.crumbs(object["itemListElement"])
            return
        }
        if datePublished == nil, let d = object["datePublished"] as? String { datePublished = d }
        if dateModified == nil, let d = object["dateModified"] as? String { dateModified = d }
        // An article nested as the page's main entity.
        if let main = object["mainEntity"] ?? object["mainEntityOfPage"], !(main is String) { collect(main) }
    }

    static func crumbs(_ value: Any?) -> [String] {
        let items = (value as? [Any]) ?? []
        let named: [(position: Int, name: String)] = items.enumerated().compactMap { i, element in
            guard let item = element as? [String: Any] else { return nil }
            let nested = item["item"] as? [String: Any]
            guard let name = (item["name"] as? String) ?? (nested?["name"] as? String) else { return nil }
            let position = (item["position"] as? Int) ?? (item["position"] as? String).flatMap { Int($0) } ?? i + 1
            return (position, JSONLDFAQ.plain(name))
        }
        return named.sorted { $0.position < $1.position }.map(\.name).filter { !$0.isEmpty }
    }

    private func isType(_ value: Any?, _ name: String) -> Bool {
        if let s = value as? String { return s == name || s.hasSuffix("/\(name)") }
        if let a = value as? [String] { return a.contains(name) }
        return false
    }
}
