import Foundation
import Support

/// What the words of an element's class and id say about it, read from `Resources/page-evidence.tsv`
/// (kinds and matching explained in the file's header). Loaded once per process.
struct PageEvidence: Sendable {
    enum Kind: String, CaseIterable, Sendable { case chrome, articlePart = "article-part", unlikely, maybe, negative, positive }

    private(set) var words: [Kind: [String]] = [:]

    static let builtIn = BuiltInResource.read { try PageEvidence(tsv: String(decoding: PackageResources.page_evidence_tsv, as: UTF8.self)) }

    struct FormatError: Error, CustomStringConvertible {
        var line: Int
        var message: String
        var description: String { "line \(line): \(message)" }
    }

    init(tsv: String) throws(FormatError) {
        for (i, raw) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2 else { throw FormatError(line: i + 1, message: "expected kind <TAB> word, found \(fields.count) field(s)") }
            guard let kind = Kind(rawValue: String(fields[0])) else {
                throw FormatError(line: i + 1, message: "unknown kind '\(fields[0])' (\(Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            let word = String(fields[1])
            guard !word.isEmpty, word == word.trimmingCharacters(in: .whitespaces), word == word.lowercased() else {
                throw FormatError(line: i + 1, message: "'\(word)' must be one lower-case word without surrounding spaces")
            }
            words[kind, default: []].append(word)
        }
    }

    /// The class and id of an element, lower-cased, as one string ("" when it has neither).
    static func classAndID(_ node: HTMLNode) -> String {
        let c = node.attribute("class") ?? "", i = node.attribute("id") ?? ""
        if c.isEmpty && i.isEmpty { return "" }
        return (c + " " + i).lowercased()
    }

    /// The first word of `kind` found anywhere in `classAndID`. Byte for byte (`containsExactly`):
    /// Foundation's `contains` goes through NSString and was a twelfth of the import's extraction,
    /// asked for every element of every page; the words are ASCII.
    func substring(_ kind: Kind, in classAndID: String) -> String? {
        guard !classAndID.isEmpty else { return nil }
        return words[kind]?.first { classAndID.containsExactly($0) }
    }

    /// The first word of `kind` equal to a part of the class or id split at '-', '_' and spaces.
    func part(_ kind: Kind, in value: String) -> String? {
        guard let list = words[kind] else { return nil }
        for part in value.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" }) {
            let p = String(part)
            if list.contains(p) { return p }
        }
        return nil
    }

    /// Readability's class weight: +25 for a positive word, −25 for a negative one, in class and id each.
    func weight(of node: HTMLNode) -> Int {
        var weight = 0
        for attr in ["class", "id"] {
            guard let value = node.attribute(attr)?.lowercased(), !value.isEmpty else { continue }
            if substring(.negative, in: value) != nil { weight -= 25 }
            if substring(.positive, in: value) != nil { weight += 25 }
        }
        return weight
    }
}
