import Support

/// An e-mail's footer: the confidentiality notice or "Sent from my iPhone" line under the customer's
/// words. It is not what they ask, and read as theirs it makes requests of its own ("…and intended
/// solely for the addressee" is a request to change an address). The words that open one are data
/// (`Resources/mail-footers.tsv`), read in every language on every message: a company's notice is
/// often in its own language, not the one the customer writes in.
struct MailFooters: Sendable {
    /// Folded openings.
    private let openings: [String]

    static let shared = BuiltInResource.read { try MailFooters(tsv: String(decoding: PackageResources.mail_footers_tsv, as: UTF8.self)) }

    init(tsv: String) throws(ResourceTable.Malformed) {
        let table = try ResourceTable(Array(tsv.utf8), file: "mail-footers.tsv", columns: 2, names: ["language", "words"])
        openings = table.lines.map { Folding.folded($0.fields[1]) }
    }

    /// The message without its footer — the lines from the first that opens with a footer's words
    /// (never the message's first line) to the end — and how many of them have words; the message as
    /// it is without one.
    func customerWords(_ message: String) -> (text: String, footerLines: Int) {
        let lines = message.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count > 1,
              let start = lines.indices.dropFirst().first(where: { opensFooter(lines[$0]) }) else { return (message, 0) }
        let own = lines[..<start].joined(separator: "\n").trimmedOfWhitespace
        return own.isEmpty ? (message, 0) : (own, lines[start...].filter { !$0.trimmedOfWhitespace.isEmpty }.count)
    }

    private func opensFooter(_ line: Substring) -> Bool {
        let folded = Folding.folded(String(line).trimmedOfWhitespace)
        return openings.contains { folded.hasPrefix($0) }
    }
}
