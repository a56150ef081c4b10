import AnswerEngine
import ArgumentParser
import Foundation
import Workspace

struct AskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask",
        abstract: "One answer from the full engine, with its trace.",
        discussion: """
        Runs the message through language identification, intent, emotion, entities, retrieval, ERP \
        actions, composition in the market's voice and the escalation rules, and prints the answer with \
        what each step decided. Several messages are the turns of one conversation (the last is answered; \
        order numbers, in the format of `orders.number` in kbkit.yaml, are remembered). Needs `kbkit \
        import` and `kbkit index` first.

        Examples:
          kbkit ask "Wie lange habe ich Zeit für eine Rücksendung?" --market DE
          kbkit ask "Where is my order EX-00001?" --market US --json
          kbkit ask "Hallo, wo ist EX-00001?" "Und wann kommt sie an?" --market DE
        """
    )

    @Argument(help: "The customer's message (several: the turns of one conversation).") var messages: [String]
    @Option(help: ArgumentHelp("The market the customer is on (e.g. DE, JP, US).", valueName: "market")) var market: String?
    @Flag(help: "Print every turn, not only the last.") var all = false
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var output: JSONOption

    func validate() throws {
        // Only white space (newlines and tabs too) is no message.
        guard !messages.isEmpty, messages.allSatisfy({ !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) else {
            throw ValidationError("give the customer's message (it is empty or only white space)")
        }
    }

    func run() throws {
        let ws = try workspace.load()
        let content = try WorkspaceContent.load(ws, evalsets: false)
        guard let marketID = market ?? ws.settings.defaultMarket else { throw CLIError(description: "--market is required (the workspace has no default_market)") }
        let m = try content.market(marketID)!
        let engine = try EngineSetup.load(ws, content: content).engine
        var conversation = Conversation(market: m.id)
        var answers: [EngineAnswer] = []
        for message in messages { answers.append(try engine.answer(message, in: &conversation)) }
        if output.json { return try Output.json(answers.last!) }
        for (i, a) in answers.enumerated() where all || i == answers.count - 1 {
            if answers.count > 1 { Output.line(Output.styled("» \(messages[i])", .dim)) }
            AnswerPrinter.print(a)
        }
    }
}

/// How an answer reads in a terminal: the answer, then one line per engine step.
enum AnswerPrinter {
    static func print(_ a: EngineAnswer, trace: Bool = true) {
        Output.line(a.answer)
        Output.line()
        if a.escalation.handoff {
            Output.line(Output.styled("⇢ handed off to a human: \(a.escalation.reasons.map(\.rawValue).joined(separator: ", "))", .yellow))
            if let s = a.escalation.summary { Output.line(Output.styled(s, .dim)) }
            Output.line()
        }
        guard trace else { return }
        for step in a.trace {
            Output.line(Output.styled("  " + step.step.padding(toLength: 12, withPad: " ", startingAt: 0) + String(format: "%7.2f ms  ", step.ms), .dim) + step.detail)
        }
    }
}
