import Support
import Foundation

/// Yes and no as a table's cell says them, per language (`Resources/reading/yes-no.tsv`): a matrix
/// of markets ("FPX · Malaysia: supported · Singapore: not supported") tells what a market does not
/// have, and an answer for that market leaves it out.
struct YesNo: Sendable {
    /// Per language: the words, longest first ("not supported" before "no"), with their answer and
    /// whether they say there is none ("aucun", "geen": a no that names no answer to a question).
    let words: [String: [(words: String, yes: Bool, none: Bool)]]

    static let builtin = BuiltInResource.read { try YesNo(PackageResources.yes_no_tsv, file: "reading/yes-no.tsv") }

    init(_ bytes: [UInt8], file: String) throws(ResourceTable.Malformed) {
        let table = try ResourceTable(bytes, file: file, columns: 3)
        var words: [String: [(words: String, yes: Bool, none: Bool)]] = [:]
        for line in table.lines {
            guard ["yes", "no", "none"].contains(line.fields[1]) else {
                throw table.error(line, "the answer is 'yes', 'no' or 'none', not '\(line.fields[1])'")
            }
            words[line.fields[0], default: []].append((Folding.folded(line.fields[2]), line.fields[1] == "yes", line.fields[1] == "none"))
        }
        self.words = words.mapValues { $0.sorted { $0.words.count > $1.words.count } }
    }

    /// Whether the cell says yes (true), no (false) or something else (nil); "none" is a no.
    func answer(_ cell: String, language: String) -> Bool? {
        entry(cell, language: language)?.yes
    }

    /// The cell's answer and how many of its words say it ("Hindi na puwede; …": no, 3 words), so
    /// that what follows them is the rest of the cell; nil when it says neither.
    func said(_ cell: String, language: String) -> (yes: Bool, words: Int)? {
        entry(cell, language: language).map { ($0.yes, $0.words.split(separator: " ").count) }
    }

    /// Whether the cell says there is none ("aucun", "nessuno – …"), not merely no.
    func saysNone(_ cell: String, language: String) -> Bool {
        entry(cell, language: language)?.none ?? false
    }

    private func entry(_ cell: String, language: String) -> (words: String, yes: Bool, none: Bool)? {
        let folded = Folding.folded(cell.trimmedOfWhitespace)
        for entry in words[language] ?? [] where folded.hasPrefix(entry.words) {
            let next = folded.dropFirst(entry.words.count).first
            if next == nil || !next!.isLetter { return entry }
        }
        return nil
    }
}
