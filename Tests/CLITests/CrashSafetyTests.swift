import Foundation
import Testing
import KnowledgeStore

/// The import is one transaction: `kill -9` at any moment leaves the store exactly as it was before,
/// and the next import completes it.
@Suite(.serialized) struct CrashSafetyTests {
    static let fileCount = 2500

    static func document(_ i: Int, revision: Int) -> String {
        let para = (0..<12).map { "Paragraph \($0) of document \(i), revision \(revision): returns within \(i % 60) days, refunds in 5 business days, shipped by DHL." }
        return "---\nid: doc-\(i)\nlang: en\nmarkets: [US]\ntype: policy\n---\n# Document \(i)\n\n" + para.joined(separator: "\n\n") + "\n\n## FAQ \(i)?\n\nYes.\n"
    }

    func writeCorpus(_ ws: URL, revision: Int, only: Range<Int>? = nil) throws {
        let folder = ws.appendingPathComponent("kb/docs/en")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for i in only ?? 0..<Self.fileCount {
            try Data(Self.document(i, revision: revision).utf8).write(to: folder.appendingPathComponent("doc-\(i).md"))
        }
    }

    /// Starts an import and kills it with SIGKILL once its write transaction is under way (the WAL grows).
    func killImportMidway(_ ws: URL) throws -> Bool {
        let p = Process()
        p.executableURL = CLI.binary
        p.arguments = ["import"]
        p.currentDirectoryURL = ws
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        let wal = ws.appendingPathComponent(".kbkit/kb.sqlite-wal").path
        let walBefore = (try? FileManager.default.attributesOfItem(atPath: wal)[.size] as? Int) ?? 0
        let deadline = Date().addingTimeInterval(60)
        while p.isRunning, Date() < deadline {
            let size = (try? FileManager.default.attributesOfItem(atPath: wal)[.size] as? Int) ?? 0
            if size > walBefore + 256 * 1024 { break }
            usleep(2_000)
        }
        let killed = p.isRunning
        if killed { kill(p.processIdentifier, SIGKILL) }
        p.waitUntilExit()
        return killed && p.terminationReason == .uncaughtSignal
    }

    func state(_ ws: URL) throws -> (docs: Int, versions: Int, integrity: [String]) {
        let store = try KnowledgeStore(path: ws.appendingPathComponent(".kbkit/kb.sqlite").path)
        let c = try store.counts()
        return (c.documents, c.versions, try store.integrityCheck())
    }

    @Test func killedFirstImportLeavesAnEmptyConsistentStore() throws {
        let ws = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(at: ws) }
        _ = try CLI.run(["init"], in: ws)
        try writeCorpus(ws, revision: 1)
        let killed = try killImportMidway(ws)
        #expect(killed, "the import finished before it could be killed: make the corpus larger")
        let s = try state(ws)
        #expect(s.integrity == ["ok"])
        #expect(s.docs == 0 && s.versions == 0, "a killed import must leave nothing behind, found \(s.docs) documents")
        // The next import completes it.
        let result = try CLI.run(["import", "--json"], in: ws)
        #expect(result.status == 0)
        #expect((result.json?["added"] as? [String])?.count == Self.fileCount + 1)
    }

    @Test func killedReimportKeepsThePreviousStateExactly() throws {
        let ws = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(at: ws) }
        _ = try CLI.run(["init"], in: ws)
        try writeCorpus(ws, revision: 1)
        #expect(try CLI.run(["import"], in: ws).status == 0)
        let before = try state(ws)
        #expect(before.docs == Self.fileCount + 1)

        try writeCorpus(ws, revision: 2)   // every file changes
        let killed = try killImportMidway(ws)
        #expect(killed)
        let after = try state(ws)
        #expect(after.integrity == ["ok"])
        #expect(after.docs == before.docs)
        #expect(after.versions == before.versions, "no version of the interrupted import may survive")

        let result = try CLI.run(["import", "--json"], in: ws)
        #expect((result.json?["updated"] as? [String])?.count == Self.fileCount)
        #expect(try state(ws).versions == before.versions + Self.fileCount)
    }
}
