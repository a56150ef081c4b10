import ArgumentParser
import Foundation
import KnowledgeStore
import Workspace

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import documents into the store (default: the workspace's kb/docs).",
        discussion: """
        Idempotent by content hash: an unchanged file is not rewritten; a changed file becomes a new \
        version (the previous one is kept: `kbkit show DOC --diff`); a file gone from an imported folder \
        is reported as removed. A file read by an older kbkit, whose extraction has changed since, is \
        read again as a new version (listed as "read again"). A bad file is skipped with a reason naming the file and, where known, the \
        line; the others are imported. The import is one transaction: interrupted, it leaves the store \
        as it was.

        Help-centre exports are sources too: a Zendesk Guide articles export (*.zendesk.json) or an \
        Intercom articles export (*.intercom.json; another .json file is recognised by its shape) gives \
        one document per article and language (id zendesk-<id> / intercom-<id>); drafts, articles without \
        body and unknown locales are skipped with the article id and reason.

        Exit code 0 when the import ran (skipped files listed), 2 when nothing could be imported (no \
        documents found, or every file skipped); then the store is left exactly as it was.

        Examples:
          kbkit import
          kbkit import kb/docs/de kb/docs/fr/returns.html
          kbkit import kb/docs/help/articles.zendesk.json
          kbkit import --json | jq .skipped
        """
    )

    @Argument(help: ArgumentHelp("Files or folders to import (default: the docs folder of kbkit.yaml).", valueName: "path"))
    var paths: [String] = []

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var output: JSONOption

    struct JSONReport: Encodable {
        var added: [String]
        var updated: [String]
        /// Among `updated`: unchanged files read again by this kbkit's extractor.
        var reread: [String]
        var unchanged: [String]
        var removed: [String]
        var skipped: [SkippedFile]
        var warnings: [SkippedFile]
        var files: Int
        var bytes: Int
        var seconds: Double
    }

    /// The markets and languages documents may name: the workspace's (any, when it defines no market).
    static func identityRules(_ ws: Workspace) throws -> IdentityRules {
        let content = try WorkspaceContent.load(ws, evalsets: false)
        guard !content.markets.isEmpty else { return IdentityRules() }
        return IdentityRules(markets: Set(content.markets.keys), languages: Set(content.kbLanguages))
    }

    func run() throws {
        let ws = try workspace.load()
        let store = try workspace.store(ws)
        let roots = paths.isEmpty ? [ws.docsURL] : paths.map(userPath)
        for root in roots where !FileManager.default.fileExists(atPath: root.path) {
            throw CLIError(description: "\(root.path): no such file or folder")
        }
        let identity = try Self.identityRules(ws)
        let bar = ProgressBar("importing")
        let started = Date()
        let report: ImportReport
        do {
            report = try Importer(store: store, workspaceRoot: ws.root, identity: identity)
                .run(roots: roots) { p in bar.update(done: p.done, total: p.total) }
        } catch {
            bar.finish()
            // Every file skipped: the store is unchanged; say why each was (with --json the error document does).
            if case .nothingImported(let skippedAll) = error, !output.json {
                printHuman(skippedAll, seconds: Date().timeIntervalSince(started), roots: roots.map { ws.display($0) })
            }
            throw error
        }
        bar.finish()
        let seconds = Date().timeIntervalSince(started)
        if output.json {
            try Output.json(JSONReport(added: report.added, updated: report.updated, reread: report.reread, unchanged: report.unchanged, removed: report.removed,
                                       skipped: report.skipped, warnings: report.warnings, files: report.files, bytes: report.bytes, seconds: (seconds * 1000).rounded() / 1000))
        } else {
            printHuman(report, seconds: seconds, roots: roots.map { ws.display($0) })
        }
    }

    private func printHuman(_ r: ImportReport, seconds: Double, roots: [String]) {
        let mb = Double(r.bytes) / 1_000_000
        Output.line("Imported \(roots.joined(separator: ", ")): \(r.files) files, \(String(format: "%.2f", mb)) MB in \(String(format: "%.2f", seconds)) s")
        let counts = [("added", r.added.count, Output.Style.green), ("updated", r.updated.count, .cyan), ("unchanged", r.unchanged.count, .dim),
                      ("removed", r.removed.count, .yellow), ("skipped", r.skipped.count, .red)]
        Output.line(counts.map { Output.styled("\($1) \($0)", $1 > 0 ? $2 : .dim) }.joined(separator: " · "))
        func list(_ name: String, _ keys: [String]) {
            guard !keys.isEmpty else { return }
            let shown = keys.prefix(12).joined(separator: ", ")
            Output.line("  \(name): \(shown)\(keys.count > 12 ? " … and \(keys.count - 12) more (--json lists all)" : "")")
        }
        list("added", r.added)
        let reread = Set(r.reread)
        list("updated", r.updated.filter { !reread.contains($0) })
        list("read again (same file, newer extraction)", r.reread)
        list("removed", r.removed)
        for s in r.skipped { Output.line(Output.styled("  skipped ", .red) + s.oneLine) }
        for w in r.warnings.prefix(20) { Output.line(Output.styled("  warning ", .yellow) + w.oneLine) }
        if r.warnings.count > 20 { Output.line(Output.styled("  … and \(r.warnings.count - 20) more warnings (--json lists all)", .yellow)) }
    }
}
