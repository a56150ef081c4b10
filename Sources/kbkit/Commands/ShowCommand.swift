import ArgumentParser
import Foundation
import KnowledgeStore

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one document: metadata, versions, sections, FAQ pairs.",
        discussion: """
        DOC is "lang/id" (de/returns), an id with --lang, or the file's path.

        Examples:
          kbkit show de/returns
          kbkit show returns --lang ja --json
          kbkit show de/returns --diff            what changed in the last import
          kbkit show de/returns --diff --from 1   from version 1 to the current one
        """
    )

    @Argument(help: ArgumentHelp("The document: lang/id, id (with --lang), or path.", valueName: "doc")) var doc: String
    @Option(help: ArgumentHelp("The language, when DOC is an id.", valueName: "lang")) var lang: String?
    @Option(help: ArgumentHelp("Show this version instead of the current one.", valueName: "n")) var version: Int?
    @Flag(help: "Show what changed between two versions (default: the previous and the current).") var diff = false
    @Option(help: ArgumentHelp("With --diff: the older version to compare from.", valueName: "n")) var from: Int?
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var output: JSONOption

    struct JSONSection: Encodable { var heading_path: [String]; var blocks: [StoredBlock] }
    struct JSONDoc: Encodable {
        var id: String, lang: String, title: String, path: String, markets: [String], type: String?, version: Int
        var content_hash: String, format: String, removed: Bool, metadata: [String: String], versions: [VersionInfo]
        var sections: [JSONSection], faq: [StoredFAQ], links: [StoredLink], text: String
    }
    struct JSONDiff: Encodable { var doc: String; var from: Int; var to: Int; var lines: [TextDiff.Line]; var added: Int; var removed: Int }

    func run() throws {
        let ws = try workspace.load()
        let store = try workspace.store(ws)
        let summary = try store.resolve(doc, language: lang?.lowercased())
        if diff { return try showDiff(store, summary) }
        let d = try store.document(summary, version: version)
        if output.json {
            try Output.json(JSONDoc(id: summary.id, lang: summary.lang, title: d.summary.title, path: summary.path, markets: d.summary.markets,
                                    type: d.summary.type, version: d.version, content_hash: d.contentHash, format: d.format, removed: summary.removed,
                                    metadata: d.metadata, versions: d.versions,
                                    sections: d.sections.map { JSONSection(heading_path: $0.headingPath, blocks: $0.blocks) },
                                    faq: d.faq, links: d.links, text: d.text))
            return
        }
        Output.line(Output.styled("\(summary.key) — \(d.summary.title)", .bold))
        var facts = ["\(summary.path)", "version \(d.version) of \(d.versions.count)", d.format]
        if let t = d.summary.type { facts.append(t) }
        if !d.summary.markets.isEmpty { facts.append("markets \(d.summary.markets.joined(separator: ", "))") }
        if let u = d.summary.updated { facts.append("updated \(u)") }
        if summary.removed { facts.append(Output.styled("removed from the source", .yellow)) }
        Output.line(Output.styled(facts.joined(separator: " · "), .dim))
        for (k, v) in d.metadata.sorted(by: { $0.key < $1.key }) where !["title", "id", "lang", "markets", "type", "updated"].contains(k) {
            Output.line(Output.styled("\(k): \(v)", .dim))
        }
        for section in d.sections {
            Output.line()
            if !section.headingPath.isEmpty { Output.line(Output.styled("§ " + section.headingPath.joined(separator: " › "), .cyan)) }
            for b in section.blocks {
                let prefix = b.kind == "list_item" ? String(repeating: "  ", count: b.depth) + (b.step.map { "\($0). " } ?? "• ") : b.kind == "table_row" ? "│ " : ""
                Output.line(prefix + b.text)
            }
        }
        if !d.faq.isEmpty {
            Output.line()
            Output.line(Output.styled("FAQ pairs (\(d.faq.count))", .bold))
            for f in d.faq { Output.line("Q: \(f.question)\nA: \(f.answer)") }
        }
        if d.versions.count > 1 {
            Output.line()
            Output.line(Output.styled("Versions: " + d.versions.map { "v\($0.version) \($0.importedAt.prefix(19))" }.joined(separator: " · "), .dim))
        }
    }

    private func showDiff(_ store: KnowledgeStore, _ summary: DocumentSummary) throws {
        let to = version ?? summary.version
        let fromVersion = from ?? (to - 1)
        guard fromVersion >= 1 else {
            throw CLIError(description: "\(summary.key) has only version \(to): nothing to compare (it changes when a re-import finds the file changed)")
        }
        let old = try store.document(summary, version: fromVersion)
        let new = try store.document(summary, version: to)
        let lines = TextDiff.lines(from: old.text, to: new.text)
        let added = lines.filter { if case .added = $0 { return true }; return false }.count
        let removed = lines.filter { if case .removed = $0 { return true }; return false }.count
        if output.json {
            try Output.json(JSONDiff(doc: summary.key, from: fromVersion, to: to, lines: lines.filter { if case .same = $0 { return false }; return true }, added: added, removed: removed))
            return
        }
        Output.line(Output.styled("\(summary.key): version \(fromVersion) → \(to), \(added) lines added, \(removed) removed", .bold))
        // A version of the same file is a newer extractor's reading of it (`kbkit import`, "read again").
        let hashes = Dictionary(new.versions.map { ($0.version, $0.contentHash) }, uniquingKeysWith: { a, _ in a })
        if added == 0, removed == 0, let a = hashes[fromVersion], a == hashes[to] {
            Output.line(Output.styled("the same file, read again by a newer kbkit: its text is unchanged (its structure, such as an ordered list's numbers, may differ)", .dim))
        }
        let text = TextDiff.unified(lines)
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("+ ") { Output.line(Output.styled(String(line), .green)) }
            else if line.hasPrefix("- ") { Output.line(Output.styled(String(line), .red)) }
            else { Output.line(String(line)) }
        }
    }
}
