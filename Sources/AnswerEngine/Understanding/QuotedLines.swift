import Support

/// A reply's quoted lines ("> Thanks for getting in touch …", "＞ ご注文ありがとうございます"): the
/// store's earlier words, which e-mail clients put before the customer's. They are not what the
/// customer asks, and read as theirs they turn the message's language, intent and requests
/// ("> Is there anything else we can help with?" is no question of the customer's).
enum QuotedLines {
    /// The marks that open a quoted line, after any spaces: ASCII and full-width.
    static let marks: Set<Character> = [">", "＞"]

    /// The message without its quoted lines, and how many there were; the message as it is when
    /// it has none, or nothing but them.
    static func customerWords(_ message: String) -> (text: String, quoted: Int) {
        let lines = message.split(separator: "\n", omittingEmptySubsequences: false)
        let own = lines.filter { quotation($0) == nil }
        let quoted = lines.count - own.count
        guard quoted > 0, own.contains(where: { $0.contains { $0.isLetter || $0.isNumber } }) else { return (message, 0) }
        return (own.joined(separator: "\n").trimmedOfWhitespace, quoted)
    }

    /// The quoted lines' words, without their marks: what the customer replies to ("> The Trailglow
    /// 400 is IPX4 splash-proof …" names the product "how many light modes does it have?" asks of).
    static func quotedWords(_ message: String) -> String {
        message.split(separator: "\n").compactMap(quotation).joined(separator: "\n")
    }

    /// A quoted line's words without its marks (after any spaces: "  >> …"); nil for a line of the
    /// customer's own.
    private static func quotation(_ line: Substring) -> Substring? {
        let text = line.drop { $0.isWhitespace }
        guard let mark = text.first, marks.contains(mark) else { return nil }
        return text.dropFirst().drop { $0.isWhitespace || marks.contains($0) }
    }
}
