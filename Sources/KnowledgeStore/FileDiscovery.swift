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
        for root in roots {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDir) else { continue }
            let urls: [URL]
            let base = isDir.boolValue ? root : root.deletingLastPathComponent()
            if isDir.boolValue {
                let e = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
                urls = (e?.allObjects as? [URL] ?? []).filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
            } else {
                urls = [root]
            }
            for url in urls {
                let rel = relativePath(url)
                if Extractor.format(ofExtension: url.pathExtension) != nil {
                    candidates.append(Candidate(url: url, relativePath: rel, rootRelativePath: Self.relative(url, to: base)))
                } else {
                    unsupported.append(SkippedFile(path: rel, reason: IngestFailure.unsupportedType(url.pathExtension).description))
                }
            }
        }
        candidates.sort { $0.relativePath < $1.relativePath }
        // The same file named twice (a folder and a file in it) is imported once.
        var seen = Set<String>()
        candidates = candidates.filter { seen.insert($0.relativePath).inserted }
        return (candidates, unsupported.sorted { $0.path < $1.path })
    }

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
