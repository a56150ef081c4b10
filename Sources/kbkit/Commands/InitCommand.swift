import ArgumentParser
import Foundation
import Workspace

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new workspace with an example market, intents, document and evalset.",
        discussion: """
        Writes kbkit.yaml, kb/markets/US.yaml, kb/intents/, kb/glossary.yaml, kb/erp/, a first document \
        in kb/docs/en/ and evalsets/starter.yaml. Refuses to overwrite an existing workspace.

        Example:
          kbkit init my-store && cd my-store && kbkit import
        """
    )

    @Argument(help: ArgumentHelp("The folder (created if missing; default: the current one).", valueName: "dir"))
    var dir: String = "."

    @Option(help: ArgumentHelp("The workspace's name.", valueName: "name")) var name: String?
    @OptionGroup var output: JSONOption

    func run() throws {
        let root = userPath(dir)
        if FileManager.default.fileExists(atPath: root.appendingPathComponent(Workspace.settingsFile).path) {
            throw CLIError(description: "\(root.path) already holds a workspace (kbkit.yaml); nothing was changed")
        }
        let written = try StarterWorkspace.write(to: root, name: name ?? root.lastPathComponent)
        if output.json {
            struct Result: Encodable { var workspace: String; var files: [String] }
            try Output.json(Result(workspace: root.path, files: written))
            return
        }
        Output.line("Created a kbkit workspace in \(root.path):")
        for f in written { Output.line("  \(f)") }
        Output.line()
        Output.line("Next: cd \(dir == "." ? "." : dir) && kbkit import && kbkit docs")
    }
}
