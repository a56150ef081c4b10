import Foundation
import Linguistics
import Support

/// Sentences that point elsewhere or only announce what follows ("See Returns and refunds.", "Here's
/// how returns work in every market we ship to."): they never reach an answer, and the evaluation
/// counts them. A pointer inside a sentence ("… within 2 years – see Warranty.", "(xem Đổi trả)")
/// is cut from it. Their words per language are data (`Resources/reading/navigation.tsv`); matching
/// folds case and diacritics. A language without entries is read with English's.
public struct NavigationText: Sendable {
    struct Pattern: Sendable {
        var words: String
        var place: Place
    }
    enum Place: String, Sendable {
        /// The sentence begins with the words (followed by a non-letter).
        case start
        /// The sentence contains the words anywhere.
        case any
        /// A clause of a sentence begins with the words after "; ", " – ", " — ", "(" or ": " and runs to the
        /// sentence's end or the closing parenthesis: the clause is cut, the sentence kept.
        case clause
        /// A label that opens the sentence and only announces it ("In short:", "Kurz gesagt:",
        /// "Important:"): the label is cut, the sentence kept ("In short: you pay no duty." → "You pay
        /// no duty.").
        case lead
        /// Words that open a sentence by referring to the one before it in its source ("In that
        /// case, …", "Dans ce cas, …", "その場合も…"): not navigation, but the sentence stands in an
        /// answer only right after that one (`refersBack`).
        case after
        /// A label that opens an example ("Example:", "Beispiel:", "例："): the sentence after the
        /// example's first goes on with it, about the markets the example names ("Example: you order
        /// from Germany on a Friday at 16:30. Rotterdam dispatches your parcel on Monday, …" is no
        /// American customer's rule) (`opensExample`).
        case example
    }
    let patterns: [String: [Pattern]]
    /// What opens a pointer clause inside a sentence.
    static let clauseOpeners = ["; ", " – ", " — ", " (", "（", ": "]

    /// kbkit's built-in patterns, parsed once (a test parses the file).
    public static let builtin = BuiltInResource.read { try NavigationText(PackageResources.navigation_tsv, file: "reading/navigation.tsv") }

    init(_ bytes: [UInt8], file: String) throws(ResourceTable.Malformed) {
        let table = try ResourceTable(bytes, file: file, columns: 3)
        var patterns: [String: [Pattern]] = [:]
        for line in table.lines {
            guard let place = Place(rawValue: line.fields[1]) else {
                throw table.error(line, "where is 'start', 'any', 'clause', 'lead', 'after' or 'example', not '\(line.fields[1])'")
            }
            patterns[line.fields[0], default: []].append(Pattern(words: Folding.folded(line.fields[2].replacingExactly("’", with: "'")), place: place))
        }
        self.patterns = patterns
    }

    /// Whether a sentence of `language` points to another page or announces what follows (the whole
    /// sentence, or a pointer clause in it).
    public func isNavigation(_ sentence: String, language: String) -> Bool {
        if withoutPointers(sentence, language: language) != sentence { return true }
        let folded = Folding.folded(sentence.trimmedOfWhitespace.replacingExactly("’", with: "'"))
        for p in patterns(language) {
            switch p.place {
            case .start:
                guard folded.hasPrefix(p.words) else { continue }
                let after = folded.dropFirst(p.words.count).first
                if after == nil || !after!.isLetter { return true }
            case .any where folded.containsExactly(p.words): return true
            case .any, .clause, .lead, .after, .example: continue
            }
        }
        return false
    }

    /// Whether a sentence opens an example ("Example: you order from Germany …", "Beispiel: …").
    func opensExample(_ sentence: String, language: String) -> Bool {
        opens(sentence, with: .example, language: language)
    }

    /// Whether a sentence opens by referring to the one before it in its source ("In questo caso non
    /// paghi nulla …"): out of its place it says nothing the customer can tie to anything.
    public func refersBack(_ sentence: String, language: String) -> Bool {
        opens(sentence, with: .after, language: language)
    }

    /// Whether a sentence opens with the words of one of the place's patterns.
    private func opens(_ sentence: String, with place: Place, language: String) -> Bool {
        let folded = Folding.folded(sentence.trimmedOfWhitespace.replacingExactly("’", with: "'"))
        return patterns(language).contains { p in
            guard p.place == place, folded.hasPrefix(p.words) else { return false }
            // Words end at a non-letter, except in scripts written without spaces ("その場合も…").
            guard let next = folded.dropFirst(p.words.count).first, next.isLetter else { return true }
            return p.words.unicodeScalars.last.map(IntentFeaturizer.isUnspaced) ?? false
        }
    }

    /// A piece (a list item, a FAQ answer's line) without its pointers: pointer clauses cut, and of
    /// several sentences the navigation ones left out ("Check the manual first. See the X manuals.").
    /// A piece that is all navigation stays as it is (`isNavigation` tells it). Thai is split at
    /// spaces, into fragments, so its pieces keep their sentences.
    public func withoutNavigation(_ piece: String, language: String) -> String {
        let text = withoutPointers(withoutLead(piece, language: language), language: language)
        guard !Sentences.splitsAtSpaces(language) else { return text }
        let sentences = Sentences.split(text, language: language)
        guard sentences.count > 1 else { return text }
        let kept = sentences.filter { !isNavigation($0, language: language) }
        guard !kept.isEmpty, kept.count < sentences.count else { return text }
        return kept.joined(separator: Sentences.separator(language))
    }

    /// The sentence without its pointer clauses: "… von 2 Jahren – siehe Garantie." → "… von 2 Jahren.",
    /// "Báo qua trợ lý ảo (xem Đổi trả) và …" → "Báo qua trợ lý ảo và …".
    public func withoutPointers(_ sentence: String, language: String) -> String {
        let clauses = patterns(language).filter { $0.place == .clause }
        guard !clauses.isEmpty else { return sentence }
        var text = sentence
        var searchFrom = text.startIndex
        while let opener = nextOpener(in: text, from: searchFrom) {
            let start = opener.lowerBound
            let after = text[opener.upperBound...]
            let folded = Folding.folded(String(after.prefix(40)).replacingExactly("’", with: "'"))
            let isPointer = clauses.contains { p in
                folded.hasPrefix(p.words) && !(folded.dropFirst(p.words.count).first?.isLetter ?? false)
            }
            guard isPointer else { searchFrom = opener.upperBound; continue }
            let parenthesis = text[opener].contains("(") || text[opener].contains("（")
            let end: String.Index
            if parenthesis, let close = after.firstIndex(where: { $0 == ")" || $0 == "）" }) {
                end = text.index(after: close)
            } else {
                // To the sentence's end, keeping its final punctuation.
                var e = text.endIndex
                while e > opener.upperBound, let c = text[..<e].last, ".!?。！？ ".contains(c) { e = text.index(before: e) }
                end = e
            }
            text.removeSubrange(start..<end)
            searchFrom = start
        }
        return text
    }

    /// The sentence without the label that opens it: "Kurz gesagt: Für Bestellungen …" → "Für
    /// Bestellungen …", "En bref : pour une livraison …" → "Pour une livraison …". Only a label
    /// followed by a colon and more text is cut.
    public func withoutLead(_ sentence: String, language: String) -> String {
        let trimmed = sentence.trimmedOfWhitespace
        guard let colon = trimmed.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return sentence }
        let label = Folding.folded(String(trimmed[..<colon]).trimmedOfWhitespace.replacingExactly("’", with: "'"))
        guard patterns(language).contains(where: { $0.place == .lead && $0.words == label }) else { return sentence }
        let rest = trimmed[trimmed.index(after: colon)...].trimmedOfWhitespace
        guard rest.contains(where: \.isLetter) else { return sentence }
        return RowWriter.capitalised(rest)
    }

    /// The first clause opener at or after `from`, found on the UTF-8 bytes: every sentence of every
    /// chunk the engine reads passes here, and Foundation's `range(of:)` was most of its cost.
    private func nextOpener(in text: String, from: String.Index) -> Range<String.Index>? {
        let utf8 = text.utf8
        var i = from
        while i < utf8.endIndex {
            if Self.openerStarts.contains(utf8[i]) {
                for o in Self.openerBytes where utf8[i...].starts(with: o) {
                    return i..<utf8.index(i, offsetBy: o.count)
                }
            }
            i = utf8.index(after: i)
        }
        return nil
    }

    private static let openerBytes = clauseOpeners.map { Array($0.utf8) }
    private static let openerStarts = Set(openerBytes.compactMap(\.first))

    private func patterns(_ language: String) -> [Pattern] { patterns[language] ?? patterns["en"] ?? [] }
}
