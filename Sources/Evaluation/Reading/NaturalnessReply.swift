/// Reads the judge model's reply as a score from 1 to 5, strictly: the reply must name exactly one
/// number, and it must be 1…5. "4", "Score: 4", "4." and "4/5" are 4. A reply with several numbers
/// is unjudged rather than guessed at: the first number of "On a scale of 1 to 5, this is a 4" is the
/// scale, not the score. Only ASCII digits count; "4.5" is two numbers. Pure.
public enum NaturalnessReply {
    public static let scores = 1...5

    public static func score(_ reply: String) throws(NaturalnessJudge.Unjudged) -> Int {
        var numbers = integers(in: reply)
        // "4/5", "4 / 5": the scale's top after a slash is no second opinion.
        if numbers.count == 2, numbers[1].value == scores.upperBound, numbers[1].afterSlash { numbers.removeLast() }
        guard let first = numbers.first else { throw .noScore(reply: reply) }
        guard numbers.count == 1 else { throw .ambiguous(reply: reply) }
        guard let value = first.value, scores.contains(value) else { throw .noScore(reply: reply) }
        return value
    }

    /// The runs of ASCII digits in `text`, with whether a "/" (spaces allowed) comes right before each.
    /// A run too long for an Int has no value (and is no score).
    static func integers(in text: String) -> [(value: Int?, afterSlash: Bool)] {
        var out: [(value: Int?, afterSlash: Bool)] = []
        var digits = ""
        var lastNonSpace: UInt8?
        var slashBeforeRun = false
        for byte in text.utf8 {
            if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                if digits.isEmpty { slashBeforeRun = lastNonSpace == UInt8(ascii: "/") }
                digits.append(Character(UnicodeScalar(byte)))
            } else {
                if !digits.isEmpty { out.append((Int(digits), slashBeforeRun)); digits = "" }
            }
            if byte != UInt8(ascii: " ") { lastNonSpace = byte }
        }
        if !digits.isEmpty { out.append((Int(digits), slashBeforeRun)) }
        return out
    }
}
