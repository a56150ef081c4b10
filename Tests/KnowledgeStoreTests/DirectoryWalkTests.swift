import Foundation
import Testing
@testable import KnowledgeStore

/// The import's folder walk (readdir instead of FileManager's enumerator): regular files at any
/// depth; hidden files and everything under a hidden folder left out; symbolic links not followed,
/// to files or to folders (FileManager's enumerator reported them as links, which the import skipped).
@Suite struct DirectoryWalkTests {
    @Test func regularFilesBelowAFolderAsTheEnumeratorGaveThem() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kbkit-walk-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let fm = FileManager.default
        for dir in ["en", "en/deep/deeper", ".git/objects", "de/.drafts", "elsewhere"] {
            try fm.createDirectory(at: root.appendingPathComponent(dir), withIntermediateDirectories: true)
        }
        for file in ["top.md", "en/a.md", "en/deep/deeper/b.html", ".hidden.md", ".git/objects/x.md", "de/.drafts/c.md", "de/.d.md", "de/d.md", "elsewhere/e.md"] {
            try Data("x".utf8).write(to: root.appendingPathComponent(file))
        }
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("en/link.md").path, withDestinationPath: root.appendingPathComponent("top.md").path)
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("linked-folder").path, withDestinationPath: root.appendingPathComponent("elsewhere").path)

        let walked = DirectoryWalk.regularFiles(under: root.path).sorted()
        #expect(walked == ["de/d.md", "elsewhere/e.md", "en/a.md", "en/deep/deeper/b.html", "top.md"])

        // What FileManager's enumerator, as the import used it before, finds in the same folder.
        var enumerated: [String] = []
        let e = fm.enumerator(atPath: root.path)!
        while let rel = e.nextObject() as? String {
            if (rel as NSString).lastPathComponent.hasPrefix(".") {
                if (e.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory { e.skipDescendants() }
                continue
            }
            if (e.fileAttributes?[.type] as? FileAttributeType) == .typeRegular { enumerated.append(rel) }
        }
        #expect(walked == enumerated.sorted())
    }
}
