import Support
import ArgumentParser
import Evaluation
import Foundation
import Linguistics
import Workspace

struct ToneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tone",
        abstract: "Check a text against a market's tone rules.",
        discussion: """
        Runs the rules of the market profile (kb/markets/<ID>.yaml, `tone.rules`) that apply to the \
        text's language — form of address, required phrases, empathy when the customer is upset \
        (--upset), emoji and exclamation limits — and the checks every market gets: amounts in the \
        market's currency format (builtin.currency), dates in its date format (builtin.date; ISO dates \
        are a warning, builtin.date.iso) and no sentence in another language (builtin.language).

        The language defaults to the one identified from the text, with the market's languages as a \
        prior; a text in a language the market does not serve is checked as the market's default \
        language, so the language check reports it.

        Exit codes: 0 the text passes, 1 an error-severity rule failed (warnings never fail), 2 usage \
        or input error.

        Examples:
          kbkit tone "Guten Tag, kannst du mir deine Bestellnummer schicken?" --market DE
          echo "申し訳ございません！" | kbkit tone - --market JP --upset --json
        """
    )

    @Argument(help: ArgumentHelp("The text to check (use - to read standard input).", valueName: "text")) var text: String
    @Option(help: ArgumentHelp("The market whose rules apply (DE, JP, …).", valueName: "market")) var market: String
    @Option(help: ArgumentHelp("The language the text should be in (default: identified from the text).", valueName: "lang")) var lang: String?
    @Flag(help: "The customer was upset (frustrated, angry, distressed): the empathy rules apply.") var upset = false
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var output: JSONOption

    struct JSONResult: Encodable {
        var market: String
        var language: String
        var upset: Bool
        var passed: Bool
        var results: [ToneRuleResult]
    }

    func run() throws {
        let input = text == "-" ? String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self) : text
        guard !input.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw CLIError(description: "the text is empty") }
        let content = try WorkspaceContent.load(try workspace.load(), evalsets: false)
        guard let m = try content.market(market) else { throw CLIError(description: "--market is required") }
        let language = try resolveLanguage(input, market: m)
        let report = ToneChecker(market: m).check(input, language: language, customerUpset: upset)
        if output.json {
            try Output.json(JSONResult(market: m.id, language: language, upset: upset, passed: report.passed, results: report.results))
        } else {
            printHuman(report, market: m, language: language)
        }
        if !report.passed { throw CheckFailed() }
    }

    private func resolveLanguage(_ input: String, market m: Market) throws -> String {
        if let lang {
            let l = LanguageTag.normalize(lang) ?? lang.lowercased()
            guard m.languages.contains(l) else {
                throw CLIError(description: "market \(m.id) has no language '\(lang)' (its languages: \(m.languages.joined(separator: ", ")))")
            }
            return l
        }
        let identified = LanguageIdentifier(languages: m.languages).identify(input, prior: m.languagePrior).language
        if m.languages.contains(identified) { return identified }
        if identified != "und" {
            Output.diagnostic("note: the text reads as '\(identified)', which market \(m.id) does not serve; checking it as \(m.defaultLanguage)")
        }
        return m.defaultLanguage
    }

    private func printHuman(_ report: ToneReport, market m: Market, language: String) {
        let source = lang == nil ? " (identified)" : ""
        Output.line(Output.styled("Tone check · market \(m.id) · language \(language)\(source) · customer \(upset ? "upset" : "not upset")", .dim))
        let width = report.results.map(\.id.count).max() ?? 0
        for r in report.results {
            let mark = r.passed ? Output.styled("✓", .green) : Output.styled("✗", r.severity == .error ? .red : .yellow)
            let id = r.id.padding(toLength: width, withPad: " ", startingAt: 0)
            let tag = !r.passed && r.severity == .warning ? Output.styled(" (warning)", .yellow) : ""
            Output.line("\(mark) \(id)  \(r.message)\(tag)")
            guard !r.passed, !r.offending.isEmpty else { continue }
            let label = r.id.hasPrefix("builtin.") || !isRequire(r.id, in: m) ? "offending" : "expected one of"
            Output.line("    \(label): " + r.offending.map { "“\($0.replacingOccurrences(of: "\n", with: " "))”" }.joined(separator: ", "))
        }
        let errors = report.failures.filter { $0.severity == .error }.count
        let warnings = report.failures.count - errors
        let summary = report.passed
            ? "passed: \(report.results.count) rules\(warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s")" : "")"
            : "failed: \(errors) error\(errors == 1 ? "" : "s")\(warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s")" : "") of \(report.results.count) rules"
        Output.line()
        Output.line(Output.styled(summary, report.passed ? .green : .red))
    }

    private func isRequire(_ id: String, in m: Market) -> Bool {
        m.tone.rules.first { $0.id == id }?.kind == .require
    }
}
