import ArgumentParser
import Foundation
import Linguistics
import Workspace

struct LangIDCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "langid",
        abstract: "Identify the language of a text, with scores.",
        discussion: """
        CLD2 plus kbkit's own evidence (scripts, letters, frequent words) for short texts; with \
        --market, the market's languages are a prior (a message on the MY site is more likely Malay \
        than Indonesian). Below the confidence threshold the answer is "und" rather than a guess. \
        Works outside a workspace unless --market is given.

        Examples:
          kbkit langid "wo ist mein paket"
          kbkit langid "bila pesanan saya sampai" --market MY --json
        """
    )

    @Argument(help: "The text (use - to read standard input).") var text: String
    @Option(help: ArgumentHelp("The market whose languages are the prior.", valueName: "market")) var market: String?
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var output: JSONOption

    func run() throws {
        let input = text == "-" ? String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self) : text
        var prior: [String: Double] = [:]
        // The workspace's languages count in full (outside a workspace: kbkit's core languages).
        let content = market == nil ? try? WorkspaceContent.load(try workspace.load(), evalsets: false)
                                    : try WorkspaceContent.load(try workspace.load(), evalsets: false)
        if let market, let content { prior = try content.market(market)?.languagePrior ?? [:] }
        let result = LanguageIdentifier(languages: content?.kbLanguages ?? []).identify(input, prior: prior)
        if output.json {
            struct JSONResult: Encodable { var language: String; var confidence: Double; var candidates: [LanguageScore] }
            try Output.json(JSONResult(language: result.language, confidence: result.confidence, candidates: result.candidates))
            return
        }
        Output.line("\(Output.styled(result.language, .bold))  confidence \(String(format: "%.2f", result.confidence))")
        for c in result.candidates.prefix(5) { Output.line(String(format: "  %-4@ %.3f", c.language as NSString, c.score)) }
    }
}
