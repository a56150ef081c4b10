import Foundation
import Ingest

/// The files an import looks at: the given files, and below the given folders every file that is not
/// hidden, in a stable (sorted) order so that reports and ids are deterministic.
struct FileDiscovery {
    struct Candidate: Sendable {
        var url: URL
        /// Relative to the workspace root: how the store names the file.
        var relativePath: String
        /// Relative to the folder that was imported: what a derived id is made of.
        var rootRelativePath: String
    }

    let workspaceRoot: URL

    func files(under roots: [URL]) -> (candidates: [Candidate], unsupported: [SkippedFile]) {
        var candidates: [Candidate] = []
        var unsupported: [SkippedFile] = []
        let workspace = Self.resolved(workspaceRoot)
        for root in roots {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDir) else { continue }
            // Paths are resolved once per root and then built by string concatenation: resolving every
            // file's URL took longer than parsing small pages.
            let rootPath = Self.resolved(root)
            var files: [(full: String, belowRoot: String)] = []
            if isDir.boolValue {
                for rel in DirectoryWalk.regularFiles(under: rootPath) { files.append((rootPath + "/" + rel, rel)) }
            } else {
                files.append((rootPath, (rootPath as NSString).lastPathComponent))
            }
            for (full, belowRoot) in files {
                let rel = full.hasPrefix(workspace + "/") ? String(full.dropFirst(workspace.count + 1)) : full
                let ext = (full as NSString).pathExtension
                // A .json file may be a help-centre export: the importer reads it to tell.
                if Extractor.format(ofExtension: ext) != nil || ext.lowercased() == HelpCentreExport.fileExtension {
                    candidates.append(Candidate(url: URL(fileURLWithPath: full), relativePath: rel, rootRelativePath: belowRoot))
                } else {
                    unsupported.append(SkippedFile(path: rel, reason: IngestFailure.unsupportedType(ext).description))
                }
            }
        }
        candidates.sort { $0.relativePath < $1.relativePath }
        // The same file named twice (a folder and a file in it) is imported once.
        var seen = Set<String>()
        candidates = candidates.filter { seen.insert($0.relativePath).inserted }
        return (candidates, unsupported.sorted { $0.path < $1.path })
    }

    static func resolved(_ url: URL) -> String { url.standardizedFileURL.resolvingSymlinksInPath().path }

    static func relative(_ url: URL, to base: URL) -> String {
        let b = base.standardizedFileURL.resolvingSymlinksInPath().path
        let full = url.standardizedFileURL.resolvingSymlinksInPath().path
        return full.hasPrefix(b + "/") ? String(full.dropFirst(b.count + 1)) : url.lastPathComponent
    }

    /// Paths in the store are relative to the workspace root (portable across clones); files outside
    /// the workspace keep their absolute path.
    func relativePath(_ url: URL) -> String {
        let base = workspaceRoot.standardizedFileURL.resolvingSymlinksInPath().path
        let full = url.standardizedFileURL.resolvingSymlinksInPath().path
        if full.hasPrefix(base + "/") { return String(full.dropFirst(base.count + 1)) }
        return full
    }
}
