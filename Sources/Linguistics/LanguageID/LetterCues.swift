/// Letters that only a few languages use, and letter groups typical of one or two
/// (`Resources/langid/langid-letters.tsv`; schema in docs/RESOURCES.md, "Language-ID lexicons").
/// Each letter occurrence (after case folding, before diacritic folding) adds its weights, so a
/// two-word message with "ñ", "ł" or "ư" gets placed even when no word is in a lexicon; a group
/// counts once per word that contains it ("terugstorten" is Dutch by its "terug" no less than by
/// CLD2). Letters and groups share a cap per text (`Evidence`), so a long text is not decided by
/// letters alone.
enum LetterCues {
    static let table: [Character: [(String, Double)]] = parsed.letters
    static let compiledGroups: [(bytes: [UInt8], hits: [(String, Double)])] = parsed.groups

    private static let parsed: (letters: [Character: [(String, Double)]], groups: [(bytes: [UInt8], hits: [(String, Double)])]) = {
        var letters: [Character: [(String, Double)]] = [:]
        var groups: [(bytes: [UInt8], hits: [(String, Double)])] = []
        for row in TabSeparated.rows(PackageResources.langid_letters_tsv) {
            precondition(row.fields.count == 3, "langid-letters.tsv:\(row.line): expected kind<TAB>letters<TAB>language:weight …")
            let hits: [(String, Double)] = row.fields[2].split(separator: " ").map { pair in
                let p = pair.split(separator: ":")
                guard p.count == 2, let w = Double(p[1]) else { preconditionFailure("langid-letters.tsv:\(row.line): '\(pair)' is not language:weight") }
                return (String(p[0]), w)
            }
            switch row.fields[0] {
            case "letters": for c in row.fields[1] { letters[c, default: []].append(contentsOf: hits) }
            case "group": groups.append((Array(row.fields[1].utf8), hits))
            default: preconditionFailure("langid-letters.tsv:\(row.line): unknown kind '\(row.fields[0])'")
            }
        }
        return (letters, groups)
    }()
}
