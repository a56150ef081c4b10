import Support
import Workspace

/// Endings of one grammatical kind, per language, from a resource table (`language <TAB> ending`).
/// Two kinds shape how a row is told as a sentence:
/// - `closing` (`Resources/reading/closed-endings.tsv`): after one of them a row's frame adds only its
///   final mark, not its copula (Japanese "です" after "確定しません" would double the verb);
/// - `predicate` (`Resources/reading/predicate-endings.tsv`): a clause so ending is a predicate
///   ("動かない", "表示される"), which a condition's frame follows as written ("…場合は"); any other
///   subject is a noun ("赤色ランプの点滅") and takes the frame's `after_noun=` form ("…の場合は").
struct SentenceEndings: Sendable {
    let endings: [String: [String]]

    static let closing = builtin(PackageResources.closed_endings_tsv, file: "reading/closed-endings.tsv")
    static let predicate = builtin(PackageResources.predicate_endings_tsv, file: "reading/predicate-endings.tsv")

    private static func builtin(_ bytes: [UInt8], file: String) -> SentenceEndings {
        BuiltInResource.read { try SentenceEndings(bytes, file: file) }
    }

    init(_ bytes: [UInt8], file: String) throws(ResourceTable.Malformed) {
        let table = try ResourceTable(bytes, file: file, columns: 2)
        var endings: [String: [String]] = [:]
        for line in table.lines { endings[line.fields[0], default: []].append(line.fields[1]) }
        self.endings = endings
    }

    /// Whether the language lists endings of this kind at all (a language without them is not
    /// told apart by them: its every clause is "not ending so").
    func knows(_ language: String) -> Bool { endings[language] != nil }

    /// Whether `clause` ends with one of the language's endings (a final full stop aside).
    func ends(_ clause: String, language: String) -> Bool {
        guard let list = endings[language] else { return false }
        var text = Substring(clause)
        while let last = text.last, last == "。" || last == "." { text = text.dropLast() }
        return list.contains { text.hasSuffix($0) }
    }
}
