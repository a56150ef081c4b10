import ArgumentParser
import Foundation
import KnowledgeStore
import Lint
import Workspace

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check the knowledge base: facts across languages, stale translations, coverage, glossary, tone, parity, duplicates.",
        discussion: """
        Reads the store (run `kbkit import` first) and the workspace, and reports what is wrong in the \
        knowledge base itself, grouped by document. Rules (README, "kbkit lint"):
          facts       figures, dates, carrier and payment names that disagree with the source language
          stale       translations made from an older version of their source
          coverage    intent × market × language cells without a document or evalset cases
          glossary    concepts translated other than the glossary says; terms it avoids
          tone        the market's tone rules on its pages (T-V forms, keigo, emoji, exclamations)
          parity      e-mail addresses, phone numbers, links, headings, FAQ pairs; untranslated passages
          duplicates  a question answered twice in one language; answers that disagree

        Settings: `lint:` in kbkit.yaml (severities, rules off, exceptions; docs/WORKSPACE.md). A \
        document silences a rule with a reason: <!-- kbkit-lint: ignore stale — why -->.

        Exit codes: 0 no error-level finding, 1 an error-level finding remains (for CI), 2 usage or input error.

        Examples:
          kbkit lint
          kbkit lint de/returns it/warranty
          kbkit lint --rule facts --rule stale --lang ja
          kbkit lint --market DE --json
          kbkit lint --sarif lint.sarif --html reports/lint
        """
    )

    @Argument(help: ArgumentHelp("Only these documents (de/returns, or an id for every language).", valueName: "doc")) var documents: [String] = []
    @Option(help: ArgumentHelp("Only findings in this language.", valueName: "lang")) var lang: String?
    @Option(help: ArgumentHelp("Only findings about this market.", valueName: "market")) var market: String?
    @Option(help: ArgumentHelp("Only this rule (repeatable): facts, stale, coverage, glossary, tone, parity, duplicates.", valueName: "rule")) var rule: [String] = []
    @Option(help: ArgumentHelp("Also write a SARIF 2.1.0 file (code-scanning tools).", valueName: "file")) var sarif: String?
    @Option(help: ArgumentHelp("Also write index.html (coverage matrix and every finding) into this folder.", valueName: "dir")) var html: String?
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var output: JSONOption

    func validate() throws {
        for r in rule where LintRule(rawValue: r) == nil {
            throw ValidationError("unknown rule '\(r)' (\(LintRule.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
    }

    func run() throws {
        let started = Date()
        let ws = try workspace.load()
        let content = try WorkspaceContent.load(ws, evalsets: false)  // LintLoader parses them when coverage needs them
        let workspaceLoaded = Date()
        if let market, content.markets[market.uppercased()] == nil {
            throw CLIError(description: "unknown market '\(market)' (known: \(content.marketIDs.joined(separator: ", ")))")
        }
        let store = try workspace.store(ws)
        guard try store.counts().documents > 0 else {
            throw CLIError(description: "the store has no documents — run `kbkit import` first")
        }
        let rules = rule.compactMap(LintRule.init)
        let context = try LintLoader.load(workspace: ws, content: content, store: store, rules: rules.isEmpty ? LintRule.allCases : rules)
        for d in documents where !context.documents.contains(where: { $0.key == d || $0.id == d || $0.path == d }) {
            _ = try store.resolve(d)  // names the document that does not exist, with suggestions
        }
        let filter = Linter.Filter(documents: documents, language: lang.map { $0.lowercased() }, market: market?.uppercased(),
                                   rules: rules)
        let loaded = Date()
        let report = Linter(settings: ws.settings.lint).run(context, filter: filter)
        if ProcessInfo.processInfo.environment["KBKIT_LINT_TIMES"] != nil {
            // Where the time goes (the benchmark prints the same per rule).
            Output.diagnostic(String(format: "workspace %.3f s, store %.3f s, ", workspaceLoaded.timeIntervalSince(started), loaded.timeIntervalSince(workspaceLoaded))
                + report.seconds.map { String(format: "%@ %.3f s", $0.rule, $0.seconds) }.joined(separator: ", "))
        }
        if let sarif {
            try SARIFReport.render(report, version: Kbkit.configuration.version).write(to: userPath(sarif))
        }
        if let html {
            let dir = userPath(html)
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            let page = LintHTML.render(report, workspace: ws.settings.name, generated: ISO8601DateFormatter().string(from: Date()))
            try Data(page.utf8).write(to: dir.appendingPathComponent("index.html"))
        }
        if output.json {
            try Output.json(report)
        } else {
            LintTerminal.print(report, sarif: sarif, html: html)
        }
        if report.failed { throw CheckFailed() }
    }
}

/// The terminal report: findings grouped by document, the coverage gaps as a table, a summary line.
enum LintTerminal {
    static func print(_ report: LintReport, sarif: String?, html: String?) {
        var current: String?
        for f in report.findings where f.doc != nil {
            if f.doc != current {
                current = f.doc
                Output.line()
                Output.line(Output.styled(f.doc! + (f.path.map { "  \($0)" } ?? ""), .bold))
            }
            let level = Output.styled(f.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0),
                                      f.severity == .error ? .red : f.severity == .warning ? .yellow : .dim)
            let line = f.line.map { String($0) } ?? "-"
            Output.line("  \(line.padding(toLength: 5, withPad: " ", startingAt: 0)) \(level) \(Output.styled(f.check, .cyan))  \(f.message)")
        }
        let gaps = report.findings.filter { $0.doc == nil }
        if !gaps.isEmpty {
            Output.line()
            Output.line(Output.styled("Coverage gaps (intent × market × language)", .bold))
            let rows = gaps.map { [$0.severity.rawValue, $0.market ?? "", $0.lang ?? "", $0.message] }
            Output.line(Table.render(["LEVEL", "MARKET", "LANG", "WHAT IS MISSING"], rows, maxWidths: [7, 6, 4, 110]))
        }
        if let m = report.coverage {
            let full = m.cells.filter(\.covered).count
            Output.line()
            Output.line(Output.styled("Coverage: \(full) of \(m.cells.count) cells (\(m.intents.count) intents × \(m.columns.count) market languages) have documents"
                + (m.cells.first?.casesCounted == true ? " and evalset cases" : ""), .dim))
        }
        Output.line()
        let summary = "\(report.errors) errors · \(report.warnings) warnings · \(report.infos) info · \(report.documents) documents"
            + (report.suppressed > 0 ? " · \(report.suppressed) suppressed" : "")
        Output.line(Output.styled(summary, report.failed ? .red : .green))
        if let sarif { Output.diagnostic("SARIF: \(sarif)") }
        if let html { Output.diagnostic("HTML: \(html)/index.html") }
    }
}
