import ArgumentParser

struct Kbkit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kbkit",
        abstract: "The knowledge-base toolkit of a multilingual customer-service assistant.",
        discussion: """
        A workspace is a folder with kbkit.yaml (see docs/WORKSPACE.md). kbkit finds it by walking up from \
        the current folder; --workspace DIR overrides.

        Typical flow:
          kbkit import              import kb/docs into the store (.kbkit/kb.sqlite)
          kbkit docs                list what is in the store
          kbkit index               chunk and index it for retrieval
          kbkit show de/returns     one document with its structure
          kbkit search "Rücksendung" --market DE

        Every command takes --json (one JSON document on stdout). Exit codes: 0 success, 1 a check \
        failed, 2 usage or input error, 3 internal error.
        """,
        version: "0.1.0",
        subcommands: [InitCommand.self, ImportCommand.self, IndexCommand.self, ExtractCommand.self, DocsCommand.self, ShowCommand.self,
                      SearchCommand.self, ExplainCommand.self, LangIDCommand.self, AskCommand.self, ChatCommand.self,
                      ToneCommand.self, EvalCommand.self, GateCommand.self, LintCommand.self]
    )
}
