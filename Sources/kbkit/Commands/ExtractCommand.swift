import ArgumentParser
import Foundation
import Ingest

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Show what the importer makes of one file, without storing it.",
        discussion: """
        Prints the title, language, metadata, sections with their heading paths, FAQ pairs and the main \
        text of an HTML or Markdown file, after navigation, footers, cookie banners and scripts are \
        removed, and the page's canonical URL, published and modified dates and breadcrumbs (the \
        document's section path). Use it to check a page before importing it. With --explain it also lists what main-content \
        extraction kept and dropped, element by element, and why (site chrome by tag, role or class word; \
        outside the article; mostly links; a widget), so you can see why a paragraph is missing.

        Examples:
          kbkit extract kb/docs/de/returns.md
          kbkit extract saved-page.html --json | jq .faq
          kbkit extract saved-page.html --explain
          kbkit extract saved-page.html --explain --json | jq '.decisions[] | select(.verdict == "dropped")'
        """
    )

    @Argument(help: ArgumentHelp("An .html, .htm, .md or .markdown file.", valueName: "file"))
    var file: String

    @Flag(help: "List the elements extraction kept and dropped, and why.")
    var explain = false

    @OptionGroup var output: JSONOption

    struct JSONSection: Encodable { var heading_path: [String]; var text: String }
    struct JSONFAQ: Encodable { var question: String; var answer: String; var origin: String }
    struct JSONDecision: Encodable {
        var element: String; var verdict: String; var reason: String; var why: String; var characters: Int; var preview: String
    }
    struct JSONResult: Encodable {
        var file: String
        var format: String
        var title: String
        var language: String?
        var metadata: DocumentMetadata
        var sections: [JSONSection]
        var faq: [JSONFAQ]
        var links: [Link]
        var text: String
        /// What the importer would warn about (a dropped metadata value, a guessed charset, flattened markup).
        var warnings: [String]
        /// Only with --explain (absent otherwise, so the default output is unchanged).
        var decisions: [JSONDecision]?
    }

    func run() throws {
        let url = userPath(file)
        guard FileManager.default.fileExists(atPath: url.path) else { throw CLIError(description: "\(file): no such file") }
        let doc: ExtractedDocument
        do { doc = try Extractor().extract(fileAt: url) } catch { throw CLIError(description: "\(file): \(error)", file: file, line: error.line) }
        if output.json {
            try Output.json(JSONResult(
                file: file, format: doc.format.rawValue, title: doc.title, language: doc.language, metadata: doc.metadata,
                sections: doc.sections.map { JSONSection(heading_path: $0.headingPath, text: $0.text) },
                faq: doc.faq.map { JSONFAQ(question: $0.question, answer: $0.answer, origin: $0.origin.rawValue) },
                links: doc.links, text: doc.text, warnings: doc.warnings.map(\.warningDescription),
                decisions: explain ? doc.decisions.map {
                    JSONDecision(element: $0.element, verdict: $0.verdict.rawValue, reason: $0.reason.code, why: $0.reason.description,
                                 characters: $0.characters, preview: $0.preview)
                } : nil))
            return
        }
        for w in doc.warnings { Output.diagnostic(Output.styled("warning: ", .yellow, stderr: true) + "\(file): \(w.warningDescription)") }
        Output.line(Output.styled(doc.title, .bold))
        var facts = ["format: \(doc.format.rawValue)", "language: \(doc.language ?? "not declared")"]
        let m = doc.metadata
        if let id = m.id { facts.append("id: \(id)") }
        if !m.markets.isEmpty { facts.append("markets: \(m.markets.joined(separator: ", "))") }
        if let t = m.type { facts.append("type: \(t)") }
        if let u = m.updated { facts.append("updated: \(u)") }
        if let t = m.translationOf { facts.append("translation of: \(t)\(m.sourceUpdated.map { " (\($0))" } ?? "")") }
        Output.line(Output.styled(facts.joined(separator: " · "), .dim))
        var page: [String] = []
        if !m.sectionPath.isEmpty { page.append("section: \(m.sectionPath.joined(separator: " › "))") }
        if let p = m.published { page.append("published: \(p)") }
        if let d = m.modified { page.append("modified: \(d)") }
        if let u = m.canonicalURL { page.append("canonical: \(u)") }
        if !page.isEmpty { Output.line(Output.styled(page.joined(separator: " · "), .dim)) }
        for section in doc.sections {
            Output.line()
            if !section.headingPath.isEmpty { Output.line(Output.styled("§ " + section.headingPath.joined(separator: " › "), .cyan)) }
            for block in section.blocks {
                switch block.kind {
                case .listItem: Output.line(String(repeating: "  ", count: block.depth) + (block.ordinal.map { "\($0). " } ?? "• ") + block.text)
                case .tableRow: Output.line("│ " + block.text)
                case .code: Output.line(block.text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n"))
                default: Output.line(block.text)
                }
            }
        }
        if explain { printDecisions(doc) }
        if !doc.faq.isEmpty {
            Output.line()
            Output.line(Output.styled("FAQ pairs (\(doc.faq.count))", .bold))
            for pair in doc.faq {
                Output.line("Q: \(pair.question)  " + Output.styled("[\(pair.origin.rawValue)]", .dim))
                Output.line("A: \(pair.answer)")
            }
        }
    }

    private func printDecisions(_ doc: ExtractedDocument) {
        Output.line()
        guard !doc.decisions.isEmpty else {
            Output.line(Output.styled("Extraction decisions: none (\(doc.format == .markdown ? "Markdown has no site chrome" : "the whole body was kept"))", .bold))
            return
        }
        Output.line(Output.styled("Extraction decisions (\(doc.decisions.count))", .bold))
        for d in doc.decisions {
            let verdict = d.verdict == .kept ? Output.styled("kept   ", .green) : Output.styled("dropped", .red)
            Output.line("\(verdict) \(d.element) · \(d.characters) chars · \(d.reason.description)")
            if !d.preview.isEmpty { Output.line(Output.styled("        “\(d.preview)”", .dim)) }
        }
    }
}
