import AnswerEngine
import ArgumentParser
import Foundation
import Workspace

struct ChatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chat",
        abstract: "An interactive conversation with the engine.",
        discussion: """
        Type as a customer would; the engine answers in the market's voice and remembers the \
        conversation (order numbers, failed answers, contacts). Commands: /reset starts over, /trace \
        toggles the per-step trace, /market XX switches market, /quit (or Ctrl-D) ends.

        Example:
          kbkit chat --market JP
        """
    )

    @Option(help: ArgumentHelp("The market the customer is on.", valueName: "market")) var market: String?
    @Flag(help: "Show the engine's trace after every answer.") var trace = false
    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
        let ws = try workspace.load()
        let content = try WorkspaceContent.load(ws, evalsets: false)
        guard let marketID = market ?? ws.settings.defaultMarket else { throw CLIError(description: "--market is required (the workspace has no default_market)") }
        var m = try content.market(marketID)!
        let engine = try EngineSetup.load(ws, content: content).engine
        var conversation = Conversation(market: m.id)
        var showTrace = trace
        let interactive = isatty(STDIN_FILENO) == 1
        if interactive { Output.line(Output.styled("kbkit chat · market \(m.id) (\(m.name)) · /reset /trace /market XX /quit", .dim)) }
        while true {
            if interactive { FileHandle.standardOutput.write(Data(Output.styled("you> ", .bold).utf8)) }
            guard let line = readLine() else { break }
            let input = line.trimmingCharacters(in: .whitespaces)
            if input.isEmpty { continue }
            switch input.split(separator: " ").first.map(String.init) {
            case "/quit", "/exit": return
            case "/reset":
                conversation = Conversation(market: m.id)
                Output.line(Output.styled("(new conversation)", .dim))
                continue
            case "/trace":
                showTrace.toggle()
                Output.line(Output.styled("(trace \(showTrace ? "on" : "off"))", .dim))
                continue
            case "/market":
                let id = input.split(separator: " ").dropFirst().first.map(String.init) ?? ""
                do { m = try content.market(id)! } catch { Output.line("\(error)"); continue }
                conversation = Conversation(market: m.id)
                Output.line(Output.styled("(market \(m.id), new conversation)", .dim))
                continue
            default: break
            }
            let a: EngineAnswer
            do { a = try engine.answer(input, in: &conversation) } catch let error as EngineError {
                // A message the engine refuses (too long) ends no conversation.
                Output.line(Output.styled("(\(error))", .yellow))
                continue
            }
            if interactive { Output.line(Output.styled("assistant>", .bold)) }
            AnswerPrinter.print(a, trace: showTrace)
        }
    }
}
