import ArgumentParser
import Foundation
import KnowledgeStore
import Workspace

struct WorkspaceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The workspace folder (default: the nearest folder with kbkit.yaml, from the current one upwards).", valueName: "dir"))
    var workspace: String?

    func load() throws -> Workspace {
        if let workspace {
            let url = URL(fileURLWithPath: workspace, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
            return try Workspace.open(url)
        }
        return try Workspace.locate(from: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    }

    func store(_ ws: Workspace) throws -> KnowledgeStore {
        try KnowledgeStore(path: ws.storePath)
    }
}

struct JSONOption: ParsableArguments {
    @Flag(name: .long, help: "Print one JSON document on stdout instead of text.")
    var json = false
}

/// Resolves a path the user typed against the current directory.
func userPath(_ p: String) -> URL {
    URL(fileURLWithPath: p, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
}
