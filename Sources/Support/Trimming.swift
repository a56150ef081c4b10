/// Whitespace trimmed on Unicode scalars: Foundation's `trimmingCharacters(in:)` goes through
/// NSString and converts its result back from UTF-16, a measurable part of an answer's time when
/// every sentence of every chunk read is trimmed.
extension StringProtocol {
    /// The text without the White_Space characters (spaces, tabs, line breaks, NBSP…) at its ends.
    public var trimmedOfWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(self[first...last])
    }
}
