import Support
import ArgumentParser
import Foundation
import KnowledgeStore
import Linguistics
import Workspace

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the knowledge base as the engine retrieves from it.",
        discussion: """
        The query is analyzed like the documents (per language), expanded with the glossary's \
        synonyms and cross-language terms, and ranked by BM25 with FAQ questions and titles weighing \
        more than body text. With --market only that market's documents count. Languages searched, in \
        order: --lang (default: the query's identified language), the market's default language, English.

        Examples:
          kbkit search "Rücksendung Frist" --market DE
          kbkit search 退款 --lang zh --market SG --json
          kbkit search "devolucion" --market MX --limit 3
        """
    )

    @Argument(help: "What a customer would type.") var query: String
    @Option(help: ArgumentHelp("The query's language (default: identified, with the market as a prior).", valueName: "lang")) var lang: String?
    @Option(help: ArgumentHelp("Only documents serving this market.", valueName: "market")) var market: String?
    @Option(help: ArgumentHelp("How many chunks.", valueName: "n")) var limit = 5
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var output: JSONOption

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
        guard !query.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw ValidationError("the query is empty") }
    }

    func run() throws {
        let ws = try workspace.load()
        let content = try WorkspaceContent.load(ws, evalsets: false)
        let m = try content.market(market)
        let store = try workspace.store(ws)
        let language = lang.map { LanguageTag.normalize($0) ?? $0.lowercased() } ?? {
            let id = LanguageIdentifier(languages: content.kbLanguages).identify(query, prior: m?.languagePrior ?? [:])
            return id.language == "und" ? (m?.defaultLanguage ?? "en") : id.language
        }()
        let languages = m?.searchLanguages(customer: language) ?? (language == "en" ? ["en"] : [language, "en"])
        let result = try Searcher(store: store, glossary: content.glossary)
            .search(SearchQuery(text: query, languages: languages, market: m?.id, limit: limit))
        if output.json {
            struct JSONResult: Encodable { var query: String; var language: String; var market: String?; var searched: [SearchResult.LanguageQuery]; var hits: [SearchHit] }
            try Output.json(JSONResult(query: query, language: language, market: m?.id, searched: result.queries, hits: result.hits))
            return
        }
        let searched = result.queries.map { "\($0.language) (\($0.hits))" }.joined(separator: " → ")
        Output.line(Output.styled("\(result.hits.count) results for \"\(query)\" · \(searched)\(m.map { " · market \($0.id)" } ?? "")", .dim))
        if result.hits.isEmpty {
            Output.line("No chunk matches. Try `kbkit explain \"\(query)\" --doc DOC` to see why a document does not match.")
        }
        for (i, hit) in result.hits.enumerated() {
            Output.line()
            Output.line(Output.styled("\(i + 1). \(hit.chunk)", .bold) + "  " + Output.styled(String(format: "%.2f", hit.score), .green) + "  " + Output.styled(hit.kind.rawValue, .dim))
            Output.line(Output.styled(([hit.title] + hit.headingPath.filter { $0 != hit.title }).joined(separator: " › "), .cyan))
            let text = hit.text.replacingOccurrences(of: "\n", with: " ")
            Output.line(text.count > 300 ? String(text.prefix(300)) + "…" : text)
        }
        if store.pathHasNoIndex() { Output.diagnostic("note: the index is empty — run `kbkit index`") }
    }
}

extension KnowledgeStore {
    func pathHasNoIndex() -> Bool { (try? indexedChunkCount()) == 0 }
}
