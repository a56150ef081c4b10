import Foundation

/// Sentences that point elsewhere or only announce what follows ("See Returns and refunds.", "Here's
/// how returns work in every market we ship to."): they never reach an answer, and the evaluation
/// counts them. Their words per language are data (`Resources/reading/navigation.tsv`); matching
/// folds case and diacritics. A language without entries is read with English's.
public struct NavigationText: Sendable {
    struct Pattern: Sendable {
        var words: String
        /// The sentence begins with the words (followed by a non-letter), or contains them anywhere.
        var atStart: Bool
    }
    let patterns: [String: [Pattern]]

    /// kbkit's built-in patterns, parsed once (a test parses the file).
    public static let builtin: NavigationText = {
        do { return try NavigationText(PackageResources.navigation_tsv, file: "reading/navigation.tsv") } catch {
            fatalError("kbkit's built-in \(error)")
        }
    }()

    init(_ bytes: [UInt8], file: String) throws(ResourceTable.Malformed) {
        let table = try ResourceTable(bytes, file: file, columns: 3)
        var patterns: [String: [Pattern]] = [:]
        for line in table.lines {
            let place = line.fields[1]
            guard place == "start" || place == "any" else { throw table.error(line, "where is 'start' or 'any', not '\(place)'") }
            patterns[line.fields[0], default: []].append(Pattern(words: Folding.folded(line.fields[2].replacingOccurrences(of: "’", with: "'")), atStart: place == "start"))
        }
        self.patterns = patterns
    }

    /// Whether a sentence of `language` only points to another page or announces what follows.
    public func isNavigation(_ sentence: String, language: String) -> Bool {
        let folded = Folding.folded(sentence.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "’", with: "'"))
        for p in patterns[language] ?? patterns["en"] ?? [] {
            if p.atStart {
                guard folded.hasPrefix(p.words) else { continue }
                let after = folded.dropFirst(p.words.count).first
                if after == nil || !after!.isLetter { return true }
            } else if folded.contains(p.words) {
                return true
            }
        }
        return false
    }
}
