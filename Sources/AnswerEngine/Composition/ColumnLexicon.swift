import Support
import Foundation
import Workspace

/// Which answer facet a table column tells, read from its header's words (`Resources/reading/
/// columns.tsv`): "Lieferzeit ab Versand" is a delivery time, "Express price" an express price. The
/// longest entry a folded header contains wins, so that "Express price" is not merely a price. A
/// header of a language without entries is read with English's.
struct ColumnLexicon: Sendable {
    struct Entry: Sendable {
        var words: String
        var facet: AnswerFacet
    }
    /// Per language, longest entry first.
    let entries: [String: [Entry]]

    /// kbkit's built-in lexicon, parsed once (a malformed line stops the engine: a test parses it).
    static let builtin = BuiltInResource.read { try ColumnLexicon(PackageResources.columns_tsv, file: "reading/columns.tsv") }

    init(_ bytes: [UInt8], file: String) throws(ResourceTable.Malformed) {
        let table = try ResourceTable(bytes, file: file, columns: 3)
        var entries: [String: [Entry]] = [:]
        for line in table.lines {
            guard let facet = AnswerFacet(rawValue: line.fields[1]) else {
                throw table.error(line, "unknown facet '\(line.fields[1])' (one of: \(AnswerFacet.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            entries[line.fields[0], default: []].append(Entry(words: Folding.folded(line.fields[2]), facet: facet))
        }
        self.entries = entries.mapValues { $0.sorted { $0.words.count > $1.words.count } }
    }

    /// The facet a column header names, or nil when no entry fits (the column is then told as
    /// "Header: value").
    /// The facet a whole name is, not only contains: an entry that covers most of it ("Délai de
    /// retour" is the return window; "ระยะเวลาขอคืนสินค้า", the time to ask for a return, merely
    /// contains "ระยะเวลา", a duration). A table's topic cell is read so.
    func facet(naming name: String, language: String) -> AnswerFacet? {
        let folded = Folding.folded(name).trimmedOfWhitespace
        guard !folded.isEmpty else { return nil }
        for lang in language == "en" ? ["en"] : [language, "en"] {
            if let hit = entries[lang]?.first(where: { folded.contains($0.words) }) {
                return 10 * hit.words.count >= 9 * folded.count ? hit.facet : nil
            }
        }
        return nil
    }

    func facet(of header: String, language: String) -> AnswerFacet? {
        let folded = Folding.folded(header)
        for lang in language == "en" ? ["en"] : [language, "en"] {
            if let hit = entries[lang]?.first(where: { folded.containsExactly($0.words) }) { return hit.facet }
        }
        return nil
    }
}
