import Foundation
import KnowledgeStore
import Lint
import Workspace

/// A copy of the sample workspace (the repository root) in a temporary folder, imported, that a
/// test may change and lint again.
struct LintFixture {
    static let repo = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("kbkit-lint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for item in ["kbkit.yaml", "kb", "evalsets"] {
            try FileManager.default.copyItem(at: Self.repo.appendingPathComponent(item), to: root.appendingPathComponent(item))
        }
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// Imports kb/docs (incrementally: a changed file becomes a new version) and lints everything.
    func lint() throws -> LintReport {
        let ws = try Workspace.open(root)
        let store = try KnowledgeStore(path: ws.storePath)
        _ = try Importer(store: store, workspaceRoot: root).run(roots: [ws.docsURL])
        let content = try WorkspaceContent.load(ws, evalsets: false)
        let context = try LintLoader.load(workspace: ws, content: content, store: store)
        return Linter(settings: ws.settings.lint).run(context)
    }

    func append(_ relative: String, _ text: String) throws {
        let url = root.appendingPathComponent(relative)
        let old = try String(contentsOf: url, encoding: .utf8)
        try (old + "\n" + text + "\n").write(to: url, atomically: true, encoding: .utf8)
    }

    /// Replaces `old` (which must be there) with `new` in a file.
    func replace(_ relative: String, _ old: String, _ new: String) throws {
        let url = root.appendingPathComponent(relative)
        let text = try String(contentsOf: url, encoding: .utf8)
        guard text.contains(old) else { throw FixtureError(message: "\(relative) has no “\(old)”") }
        try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
    }

    func write(_ relative: String, _ text: String) throws {
        try text.write(to: root.appendingPathComponent(relative), atomically: true, encoding: .utf8)
    }

    struct FixtureError: Error { var message: String }
}

extension LintFinding {
    /// What identifies a finding in the tests: the check and the document, or for a coverage cell
    /// the market, language and intent.
    var key: String {
        if let doc { return "\(check) \(doc)" }
        let intent = message.split(separator: ":").first.map { $0.replacingOccurrences(of: "intent ", with: "") } ?? ""
        return "\(check) \(market ?? "?")/\(lang ?? "?") \(intent)"
    }
}
