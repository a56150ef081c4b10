import Support
import Linguistics

/// DESIGN.md: matching of must_include ignores case, Unicode normalization differences and whitespace,
/// nothing else.
enum TextMatch {
    /// The case-folded text without its whitespace (scalars appended to one view: a string per
    /// scalar, joined, cost as much as the folding).
    static func normalized(_ s: String) -> String {
        var kept = String.UnicodeScalarView()
        for u in TextNormalizer.caseFolded(s).unicodeScalars where !u.isWhitespaceQuick { kept.append(u) }
        return String(kept)
    }

    static func contains(_ haystack: String, _ needle: String) -> Bool {
        Haystack(haystack).contains(needle)
    }

    /// A text normalized once, for every needle of a case (an answer has several must-include
    /// and must-not-include items).
    struct Haystack {
        let normalizedText: String
        init(_ text: String) { normalizedText = TextMatch.normalized(text) }
        func contains(_ needle: String) -> Bool { normalizedText.contains(TextMatch.normalized(needle)) }
    }
}
