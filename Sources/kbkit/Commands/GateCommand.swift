import ArgumentParser
import Evaluation
import Foundation
import Workspace

struct GateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gate",
        abstract: "Fail (exit 1) when a report misses its thresholds or regresses against a baseline.",
        discussion: """
        Checks the overall and per-market thresholds of the gate config (default: gate.yaml in the \
        workspace, see its comments) and, with --baseline, the allowed regressions: cases that passed in \
        the baseline and fail now, and overall metrics that dropped. Prints one line per failure. Exit 0 \
        when the release may go, 1 when it may not, 2 for bad input.

        Examples:
          kbkit gate reports/latest
          kbkit gate reports/latest --baseline reports/baseline --config gate.yaml
        """
    )

    @Argument(help: ArgumentHelp("The report (report.json or its folder).", valueName: "report")) var report: String
    @Option(help: ArgumentHelp("The baseline report to compare with.", valueName: "report")) var baseline: String?
    @Option(help: ArgumentHelp("The gate config (default: the workspace's gate.yaml).", valueName: "file")) var config: String?
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var output: JSONOption

    func run() throws {
        let current = try ReportFiles.read(userPath(report))
        let base = try baseline.map { try ReportFiles.read(userPath($0)) }
        let gateConfig: GateConfig
        var configName = "built-in defaults"
        let configURL: URL? = config.map(userPath) ?? (try? workspace.load()).map { $0.root.appendingPathComponent("gate.yaml") }
        if let url = configURL, FileManager.default.fileExists(atPath: url.path) {
            gateConfig = try GateConfig.load(try YAMLNode.load(url, displayPath: config ?? "gate.yaml"))
            configName = config ?? "gate.yaml"
        } else if let config {
            throw CLIError(description: "\(config): no such gate config")
        } else {
            gateConfig = .defaults
        }
        let failures = Gate.check(current, config: gateConfig, baseline: base)
        if output.json {
            struct Result: Encodable { var passed: Bool; var failures: [String]; var config: String; var report: String; var baseline: String? }
            try Output.json(Result(passed: failures.isEmpty, failures: failures, config: configName, report: report, baseline: baseline))
        } else if failures.isEmpty {
            Output.line(Output.styled("gate passed", .green) + " (\(configName); \(current.overall.cases) cases, pass rate \(RenderNumber.percent(current.overall.passRate ?? 0))\(baseline.map { "; baseline \($0)" } ?? ""))")
        } else {
            Output.line(Output.styled("gate failed", .red) + " (\(configName)): \(failures.count) problem\(failures.count == 1 ? "" : "s")")
            for f in failures { Output.line("  ✗ \(f)") }
        }
        if !failures.isEmpty { throw CheckFailed() }
    }
}
