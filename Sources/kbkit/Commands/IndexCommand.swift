import ArgumentParser
import Foundation
import KnowledgeStore

struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Build or update the retrieval index from the store.",
        discussion: """
        Cuts every live document into chunks (by section, within a token budget of the document's \
        language, never splitting a sentence, list item or table row; one FAQ pair per chunk), analyzes \
        them with the language's analyzer, and writes them to the SQLite FTS5 index. Incremental: only \
        documents whose current version is not indexed yet are processed; --full rebuilds everything.

        Examples:
          kbkit import && kbkit index
          kbkit index --full --json
        """
    )

    @Flag(help: "Re-index every document, not only the changed ones.") var full = false
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var output: JSONOption

    func run() throws {
        let ws = try workspace.load()
        let store = try workspace.store(ws)
        if try store.counts().documents == 0 {
            throw CLIError(description: "the store has no documents: run `kbkit import` first")
        }
        let bar = ProgressBar("indexing")
        let started = Date()
        let report = try Indexer(store: store).run(full: full) { done, total in bar.update(done: done, total: total) }
        bar.finish()
        let seconds = Date().timeIntervalSince(started)
        if output.json {
            struct JSONReport: Encodable { var indexed: [String]; var unchanged: Int; var dropped: [String]; var chunks: Int; var seconds: Double }
            try Output.json(JSONReport(indexed: report.indexed, unchanged: report.unchanged, dropped: report.dropped, chunks: report.chunks,
                                       seconds: (seconds * 1000).rounded() / 1000))
            return
        }
        Output.line("Indexed \(report.indexed.count) documents (\(report.chunks) chunks) in \(String(format: "%.2f", seconds)) s; \(report.unchanged) unchanged, \(report.dropped.count) dropped")
        if !report.dropped.isEmpty { Output.line("  dropped (removed from the source): \(report.dropped.joined(separator: ", "))") }
    }
}
