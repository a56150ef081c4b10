import Foundation

/// A kbkit workspace: a folder with `kbkit.yaml`, found like git finds a repository.
public struct Workspace: Sendable {
    public let root: URL
    public let settings: WorkspaceSettings

    public static let settingsFile = "kbkit.yaml"

    /// Walks up from `start` to the first folder holding `kbkit.yaml`.
    public static func locate(from start: URL) throws -> Workspace {
        var dir = start.standardizedFileURL
        while true {
            let candidate = dir.appendingPathComponent(settingsFile)
            if FileManager.default.fileExists(atPath: candidate.path) { return try open(dir) }
            let parent = dir.deletingLastPathComponent()
            if parent.path == dir.path { throw WorkspaceNotFound(start: start.path) }
            dir = parent
        }
    }

    /// Opens the workspace rooted at `root` (which must hold `kbkit.yaml`).
    public static func open(_ root: URL) throws -> Workspace {
        let file = root.appendingPathComponent(settingsFile)
        guard FileManager.default.fileExists(atPath: file.path) else { throw WorkspaceNotFound(start: root.path) }
        let node = try YAMLNode.load(file, displayPath: settingsFile)
        return Workspace(root: root, settings: try WorkspaceSettings.load(node))
    }

    public func url(_ relative: String) -> URL {
        relative.hasPrefix("/") ? URL(fileURLWithPath: relative) : root.appendingPathComponent(relative)
    }

    public var docsURL: URL { url(settings.paths.docs) }
    public var storePath: String { root.appendingPathComponent(".kbkit/kb.sqlite").path }

    /// A path relative to the root for messages ("kb/markets/DE.yaml").
    public func display(_ url: URL) -> String {
        let base = root.standardizedFileURL.path
        let full = url.standardizedFileURL.path
        return full.hasPrefix(base + "/") ? String(full.dropFirst(base.count + 1)) : full
    }

    /// The YAML files of a folder, sorted.
    func yamlFiles(in folder: URL) -> [URL] {
        let items = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        return items.filter { ["yaml", "yml"].contains($0.pathExtension.lowercased()) }.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }
}
