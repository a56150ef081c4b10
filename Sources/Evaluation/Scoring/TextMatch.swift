import Linguistics

/// DESIGN.md: matching of must_include ignores case, Unicode normalization differences and whitespace,
/// nothing else.
enum TextMatch {
    static func normalized(_ s: String) -> String {
        TextNormalizer.caseFolded(s).unicodeScalars.filter { !$0.properties.isWhitespace }.map(String.init).joined()
    }

    static func contains(_ haystack: String, _ needle: String) -> Bool {
        normalized(haystack).contains(normalized(needle))
    }
}
