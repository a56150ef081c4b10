import Workspace

/// The endings with which a clause already closes a sentence, per language (`Resources/reading/
/// closed-endings.tsv`): after one of them a row's frame adds only its final mark, not its copula
/// (Japanese "です" after "確定しません" would double the verb).
struct ClosedEndings: Sendable {
    let endings: [String: [String]]

    static let builtin: ClosedEndings = {
        do { return try ClosedEndings(PackageResources.closed_endings_tsv, file: "reading/closed-endings.tsv") } catch {
            fatalError("kbkit's built-in \(error)")
        }
    }()

    init(_ bytes: [UInt8], file: String) throws(ResourceTable.Malformed) {
        let table = try ResourceTable(bytes, file: file, columns: 2)
        var endings: [String: [String]] = [:]
        for line in table.lines { endings[line.fields[0], default: []].append(line.fields[1]) }
        self.endings = endings
    }

    /// Whether `clause` ends with one of the language's closing endings (a final full stop aside).
    func closes(_ clause: String, language: String) -> Bool {
        guard let list = endings[language] else { return false }
        var text = Substring(clause)
        while let last = text.last, last == "。" || last == "." { text = text.dropLast() }
        return list.contains { text.hasSuffix($0) }
    }
}
