import Support
import ArgumentParser
import Foundation
import KnowledgeStore
import Linguistics
import Workspace

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Why a query does (or does not) match a document.",
        discussion: """
        Shows the query's analyzed tokens, each chunk's terms, which terms match in which field \
        (title, headings, FAQ question, body), each chunk's score, and plain reasons when the document \
        cannot be found at all (another market, another language without a glossary bridge, not indexed).

        Examples:
          kbkit explain "wie lange rücksendung" --doc de/returns
          kbkit explain "refund" --doc returns --lang ja --market JP
        """
    )

    @Argument(help: "The query.") var query: String
    @Option(help: ArgumentHelp("The document: lang/id, or an id with --doc-lang.", valueName: "doc")) var doc: String
    @Option(name: .customLong("doc-lang"), help: ArgumentHelp("The document's language when --doc is an id.", valueName: "lang")) var docLang: String?
    @Option(help: ArgumentHelp("The query's language (default: identified).", valueName: "lang")) var lang: String?
    @Option(help: ArgumentHelp("The market the customer is on (checks the market filter).", valueName: "market")) var market: String?
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var output: JSONOption

    func run() throws {
        let ws = try workspace.load()
        let content = try WorkspaceContent.load(ws, evalsets: false)
        let m = try content.market(market)
        let store = try workspace.store(ws)
        let summary = try store.resolve(doc, language: docLang?.lowercased())
        let language = lang.map { LanguageTag.normalize($0) ?? $0.lowercased() } ?? {
            let id = LanguageIdentifier(languages: content.kbLanguages).identify(query, prior: m?.languagePrior ?? [summary.lang: 0.5])
            return id.language == "und" ? summary.lang : id.language
        }()
        let e = try Searcher(store: store, glossary: content.glossary).explain(query: query, queryLanguage: language, document: summary, market: m?.id)
        if output.json { return try Output.json(e) }
        Output.line(Output.styled("\"\(query)\" (\(language)) against \(e.doc)", .bold))
        Output.line("query tokens: " + e.queryTokens.map { $0.kind == .word ? $0.term : "\($0.term)[\($0.kind.rawValue)]" }.joined(separator: " "))
        for (concept, terms) in e.expansions.sorted(by: { $0.key < $1.key }) {
            Output.line("glossary: \(concept) adds \(terms.joined(separator: ", "))")
        }
        for note in e.notes { Output.line(Output.styled("note: \(note)", .yellow)) }
        for c in e.chunks.sorted(by: { ($0.score ?? -1) > ($1.score ?? -1) }) {
            Output.line()
            let score = c.score.map { Output.styled(String(format: "score %.2f", $0), .green) } ?? Output.styled("no match", .red)
            Output.line(Output.styled(c.chunk, .bold) + "  \(score)  " + Output.styled(c.headingPath.joined(separator: " › "), .cyan))
            for (field, terms) in c.matched.sorted(by: { $0.key < $1.key }) { Output.line("  matched in \(field): \(terms.joined(separator: ", "))") }
            if !c.missing.isEmpty { Output.line(Output.styled("  not in this chunk: \(c.missing.joined(separator: ", "))", .dim)) }
        }
    }
}
