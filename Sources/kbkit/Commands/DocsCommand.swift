import ArgumentParser
import Foundation
import KnowledgeStore

struct DocsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docs",
        abstract: "List the documents in the store, one line per language version.",
        discussion: """
        A document is named by its language and id, "de/returns"; `kbkit show de/returns` shows one.

        Examples:
          kbkit docs --lang ja
          kbkit docs --market MX --json
        """
    )

    @Option(help: ArgumentHelp("Only this language (e.g. de).", valueName: "lang")) var lang: String?
    @Option(help: ArgumentHelp("Only documents serving this market (e.g. DE).", valueName: "market")) var market: String?
    @Flag(help: "Include documents whose file was removed from the source.") var removed = false
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var output: JSONOption

    struct JSONDoc: Encodable {
        var id: String, lang: String, markets: [String], type: String?, title: String, path: String, version: Int
        var updated: String?, removed: Bool
    }

    func run() throws {
        let ws = try workspace.load()
        let store = try workspace.store(ws)
        let docs = try store.documents(includeRemoved: removed, language: lang?.lowercased(), market: market?.uppercased())
        if output.json {
            struct Wrapper: Encodable { var documents: [JSONDoc] }
            try Output.json(Wrapper(documents: docs.map {
                JSONDoc(id: $0.id, lang: $0.lang, markets: $0.markets, type: $0.type, title: $0.title, path: $0.path,
                        version: $0.version, updated: $0.updated, removed: $0.removed)
            }))
            return
        }
        if docs.isEmpty {
            Output.line("No documents\(lang.map { " in \($0)" } ?? "")\(market.map { " for \($0)" } ?? ""). Import some with `kbkit import`.")
            return
        }
        let rows = docs.map { d in
            [d.key, d.type ?? "-", d.markets.count > 4 ? "\(d.markets.count) markets" : d.markets.joined(separator: ","),
             "v\(d.version)\(d.removed ? " (removed)" : "")", d.title]
        }
        Output.line(Table.render(["DOCUMENT", "TYPE", "MARKETS", "VERSION", "TITLE"], rows, maxWidths: [40, 8, 14, 14, 60]))
        let languages = Set(docs.map(\.lang)).count
        Output.line(Output.styled("\(docs.count) documents in \(languages) languages, \(Set(docs.map(\.id)).count) ids", .dim))
    }
}
