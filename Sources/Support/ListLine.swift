/// How a chunk's text marks its list items, written by the chunker and read by whatever reads
/// chunks back: "- " for a bullet, "1. " for a step of an ordered list, each indented two spaces
/// per level of nesting. One definition on both sides, so that a step written is a step read.
public struct ListLine: Sendable, Equatable {
    /// Nesting depth (0 = top level).
    public var depth: Int
    /// The step's number; nil for a bullet.
    public var ordinal: Int?
    /// The item's text, without its marker.
    public var text: Substring

    /// The marker a list item's line starts with.
    public static func marker(depth: Int, ordinal: Int?) -> String {
        String(repeating: "  ", count: depth) + (ordinal.map { "\($0). " } ?? "- ")
    }

    /// The list item a line is, or nil for a line that is none. A step's number has at most three
    /// digits and is followed by a space and more text ("2. Twist the lid on"), so that a figure
    /// ending a sentence on its own line is no step.
    public init?(_ line: Substring) {
        var rest = line
        var spaces = 0
        while rest.first == " " { rest.removeFirst(); spaces += 1 }
        if rest.hasPrefix("- ") {
            ordinal = nil
            text = rest.dropFirst(2)
        } else {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            let after = rest[digits.endIndex...]
            guard (1...3).contains(digits.count), after.hasPrefix(". "), let n = Int(digits), after.count > 2 else { return nil }
            ordinal = n
            text = after.dropFirst(2)
        }
        depth = spaces / 2
    }

    public init?(_ line: String) { self.init(line[...]) }
}
