import Foundation
import Support

/// The words that turn a rule, per language (`Resources/reading/rule-words.tsv`): a negation, and
/// the words that bound it in time or scope. The index drops them as stop words, so "se puede
/// cambiar hasta que el pedido se envía" (until), "se puede cambiar después del envío" (after) and
/// "no se puede cambiar" (not) share every term: two sentences say the same thing (SayOnce) only
/// when they hold the same kinds of these words.
struct RuleWords: Sendable {
    enum Kind: String, Sendable {
        case not, until, after, before, only
    }

    struct Entry: Sendable {
        var kind: Kind
        /// Folded, split at spaces.
        var words: [String]
    }

    /// Language → entries.
    let entries: [String: [Entry]]

    static let builtin = BuiltInResource.read { try RuleWords(PackageResources.rule_words_tsv, file: "reading/rule-words.tsv") }

    init(_ bytes: [UInt8], file: String) throws(ResourceTable.Malformed) {
        let table = try ResourceTable(bytes, file: file, columns: 3, names: ["language", "kind", "word"])
        var entries: [String: [Entry]] = [:]
        for line in table.lines {
            guard let kind = Kind(rawValue: line.fields[1]) else {
                throw ResourceTable.Malformed(file: file, line: line.number, reason: "unknown kind '\(line.fields[1])' (not, until, after, before, only)")
            }
            let words = Folding.folded(line.fields[2]).replacingExactly("’", with: "'").split(separator: " ").map(String.init)
            entries[line.fields[0], default: []].append(Entry(kind: kind, words: words))
        }
        self.entries = entries
    }

    /// The kinds of rule words the text holds: whole words where words are spaced (an entry ending
    /// in an apostrophe opens a word, French "n'est"; "n't" ends one, "can't"; a word after an
    /// elision counts, "qu'avant"), anywhere in the text in Thai, Japanese and Chinese.
    func kinds(in text: String, language: String) -> Set<Kind> {
        guard let list = entries[language] else { return [] }
        let folded = Folding.folded(text).replacingExactly("’", with: "'")
        if folded.unicodeScalars.contains(where: IntentFeaturizer.isUnspaced) {
            return Set(list.filter { folded.contains($0.words.joined(separator: " ")) }.map(\.kind))
        }
        let tokens = folded.split(whereSeparator: { $0.isWhitespace }).map { $0.trimmingCharacters(in: Self.edges) }
        func matches(_ token: String, _ word: String) -> Bool {
            if word.hasSuffix("'") { return token.hasPrefix(word) }
            if word.hasPrefix("n'") { return token.hasSuffix(word) }
            // An elided word before it ("qu'avant", "l'après") leaves the word after the apostrophe.
            return token == word || token.split(separator: "'").last.map { String($0) == word } == true
        }
        var found = Set<Kind>()
        for entry in list where !found.contains(entry.kind) && entry.words.count <= tokens.count {
            let last = tokens.count - entry.words.count
            if (0...last).contains(where: { start in zip(entry.words, tokens[start...]).allSatisfy { matches($1, $0) } }) {
                found.insert(entry.kind)
            }
        }
        return found
    }

    /// Punctuation around a word, apostrophes kept (they are part of "n'" and "n't").
    private static let edges = CharacterSet.punctuationCharacters.subtracting(CharacterSet(charactersIn: "'")).union(.symbols)
}
