import Foundation
import Workspace

/// Findings a document or the workspace excuses, always with a reason:
/// - in the document, an HTML comment (Markdown or HTML): `<!-- kbkit-lint: ignore stale, facts — reason -->`;
///   or a metadata field `lint_ignore: "stale: reason"` (front matter) / `<meta name="kb:lint-ignore" content="stale: reason">`;
/// - in kbkit.yaml, `lint.exceptions` (`doc`: "it/warranty", or an id for every language or for the
///   `langs` listed, `rules`, `reason`).
/// A suppression without a reason is not one: the finding stays. A coverage cell without a document
/// is excused when every document that could serve it is excused from coverage in the cell's language.
struct Suppressions {
    private var byDocument: [String: Set<LintRule>] = [:]
    private var byID: [String: Set<LintRule>] = [:]
    private(set) var count = 0

    init(_ documents: [LintDocument], exceptions: [LintSettings.Exception]) {
        for doc in documents {
            var rules = Set<LintRule>()
            // Few files have a suppression: look for its marker byte by byte before Foundation reads the text.
            if let file = doc.file, file.contains(Self.marker) { rules.formUnion(Self.comments(in: file.text)) }
            for key in ["lint_ignore", "lint-ignore"] {
                if let value = doc.stored.metadata[key] { rules.formUnion(Self.parse(value, separator: ":")) }
            }
            if !rules.isEmpty { byDocument[doc.key] = rules }
        }
        for e in exceptions {
            let rules = Set(e.rules.compactMap(LintRule.init))
            if e.document.contains("/") {
                byDocument[e.document, default: []].formUnion(rules)
            } else if !e.languages.isEmpty {
                for lang in e.languages { byDocument["\(lang)/\(e.document)", default: []].formUnion(rules) }
            } else {
                byID[e.document, default: []].formUnion(rules)
            }
        }
    }

    mutating func suppresses(_ f: LintFinding) -> Bool {
        let hit: Bool
        if let doc = f.doc {
            let id = doc.split(separator: "/", maxSplits: 1).last.map(String.init) ?? doc
            hit = excuses(key: doc, id: id, from: f.rule)
        } else if let lang = f.lang, !f.absentDocuments.isEmpty {
            hit = f.absentDocuments.allSatisfy { excuses(key: "\(lang)/\($0)", id: $0, from: f.rule) }
        } else {
            hit = false
        }
        if hit { count += 1 }
        return hit
    }

    private func excuses(key: String, id: String, from rule: LintRule) -> Bool {
        byDocument[key]?.contains(rule) == true || byID[id]?.contains(rule) == true
    }

    static let marker = Array("kbkit-lint:".utf8)

    /// Every `<!-- kbkit-lint: ignore RULES — reason -->` of a file.
    static func comments(in text: String) -> Set<LintRule> {
        var rules = Set<LintRule>()
        var rest = text[...]
        while let r = rest.range(of: "kbkit-lint:") {
            let tail = rest[r.upperBound...]
            let end = tail.range(of: "-->")?.lowerBound ?? tail.endIndex
            var body = tail[..<end].trimmingCharacters(in: .whitespaces)
            if body.hasPrefix("ignore") {
                body.removeFirst("ignore".count)
                rules.formUnion(parse(body, separator: "—"))
            }
            rest = tail[end...]
        }
        return rules
    }

    /// "stale, facts — reason" (or "stale: reason"): the rules, when a reason follows.
    static func parse(_ text: String, separator: String) -> Set<LintRule> {
        let parts = text.components(separatedBy: separator)
        let alternative = parts.count < 2 ? text.components(separatedBy: " -- ") : parts
        guard alternative.count >= 2, !alternative.dropFirst().joined().trimmingCharacters(in: .whitespaces).isEmpty else { return [] }
        return Set(alternative[0].split(whereSeparator: { $0 == "," || $0 == " " }).compactMap { LintRule(rawValue: String($0)) })
    }
}
