import Foundation
import Testing

/// Errors read as DESIGN.md promises: one line on stderr, and with --json exactly one JSON document on
/// stdout, `{"error": {"message", "file", "line", "code"}}` (issue 16.7), for every kind of error.
@Suite struct ErrorContractTests {
    /// The error object of a --json run, checking that stdout is exactly that one document.
    func errorDocument(_ r: CLI.Result, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let json = try #require(r.json, "stdout is not one JSON document: \(r.stdout)", sourceLocation: sourceLocation)
        #expect(json.keys.sorted() == ["error"], sourceLocation: sourceLocation)
        let error = try #require(json["error"] as? [String: Any], sourceLocation: sourceLocation)
        #expect(error.keys.sorted() == ["code", "file", "line", "message"], sourceLocation: sourceLocation)
        #expect(error["code"] as? Int == Int(r.status), sourceLocation: sourceLocation)
        #expect(!r.stderr.isEmpty, sourceLocation: sourceLocation)
        return error
    }

    func starter() throws -> URL {
        let dir = try CLI.tempDir()
        _ = try CLI.run(["init"], in: dir)
        return dir
    }

    @Test func everyKindOfErrorGivesOneJSONDocument() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        // No workspace: file and line unknown.
        let noWorkspace = try CLI.run(["docs", "--json"], in: dir)
        #expect(noWorkspace.status == 2)
        let e1 = try errorDocument(noWorkspace)
        #expect(e1["file"] is NSNull && e1["line"] is NSNull)
        #expect((e1["message"] as? String)?.hasPrefix("no kbkit workspace here") == true)
        // A usage error ArgumentParser finds.
        let usage = try CLI.run(["search", "--json", "--limit", "many", "x"], in: dir)
        #expect(usage.status == 2)
        _ = try errorDocument(usage)
        // An unknown subcommand.
        let unknown = try CLI.run(["frobnicate", "--json"], in: dir)
        #expect(unknown.status == 2)
        _ = try errorDocument(unknown)
        // An input error with a file.
        try Data().write(to: dir.appendingPathComponent("empty.html"))
        let empty = try CLI.run(["extract", "empty.html", "--json"], in: dir)
        #expect(empty.status == 2)
        let e2 = try errorDocument(empty)
        #expect(e2["file"] as? String == "empty.html")
        #expect(e2["message"] as? String == "empty.html: the file is empty")
        // Without --json, stdout stays empty.
        let human = try CLI.run(["extract", "empty.html"], in: dir)
        #expect(human.status == 2 && human.stdout.isEmpty)
        #expect(human.stderr == "kbkit: error: empty.html: the file is empty\n")
    }

    @Test func anUnknownDefaultMarketNamesKbkitYamlAndItsLine() throws {
        let dir = try starter()
        defer { try? FileManager.default.removeItem(at: dir) }
        let settings = dir.appendingPathComponent("kbkit.yaml")
        let text = try String(contentsOf: settings, encoding: .utf8)
        try text.replacingOccurrences(of: "default_market: US", with: "default_market: XX").write(to: settings, atomically: true, encoding: .utf8)
        let line = text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("default_market:") }! + 1
        let r = try CLI.run(["ask", "Hello", "--json"], in: dir)
        #expect(r.status == 2)
        let e = try errorDocument(r)
        #expect(e["file"] as? String == "kbkit.yaml")
        #expect(e["line"] as? Int == line)
        #expect((e["message"] as? String)?.contains("field default_market: unknown market 'XX' (known: US") == true)
    }

    @Test func anUnknownMarketInAnEvalsetNamesFileAndLine() throws {
        let dir = try starter()
        defer { try? FileManager.default.removeItem(at: dir) }
        try """
            name: bad
            market: US
            cases:
              - id: bad-001
                message: "Hello"
                expect: {language: en}
              - id: bad-002
                market: ZZ
                message: "Hello"
                expect: {language: en}
            """.write(to: dir.appendingPathComponent("evalsets/bad.yaml"), atomically: true, encoding: .utf8)
        let r = try CLI.run(["eval", "evalsets/bad.yaml", "--json"], in: dir)
        #expect(r.status == 2)
        let e = try errorDocument(r)
        #expect(e["file"] as? String == "evalsets/bad.yaml")
        #expect(e["line"] as? Int == 8)
        #expect((e["message"] as? String)?.contains("case bad-002: unknown market 'ZZ'") == true)
    }

    @Test func anUnwritableFolderIsOneReadableLine() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("not a folder".utf8).write(to: dir.appendingPathComponent("afile"))
        let r = try CLI.run(["init", "afile/ws"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr == "kbkit: error: cannot write \(dir.path)/afile/ws: Not a directory\n")
        #expect(!r.stderr.contains("NSCocoaErrorDomain") && !r.stderr.contains("Error Domain"))
        // The store's folder cannot be created: the same, naming the store.
        let ws = try starter()
        defer { try? FileManager.default.removeItem(at: ws) }
        try Data("in the way".utf8).write(to: ws.appendingPathComponent(".kbkit"))
        let store = try CLI.run(["import", "--json"], in: ws)
        #expect(store.status == 3)
        let e = try errorDocument(store)
        #expect((e["message"] as? String)?.contains("cannot open the store at") == true)
        #expect((e["message"] as? String)?.hasSuffix("already exists.") == true)
        #expect(!store.stderr.contains("Error Domain"))
    }

    @Test func whiteSpaceIsNoMessage() throws {
        let dir = try starter()
        defer { try? FileManager.default.removeItem(at: dir) }
        for message in ["\n\n", "\t \n\t", "\u{3000}\n"] {
            let r = try CLI.run(["ask", message, "--market", "US"], in: dir)
            #expect(r.status == 2, "\(message.debugDescription)")
            #expect(r.stderr.contains("give the customer's message"))
        }
    }

    @Test func jobsIsCapped() throws {
        let dir = try starter()
        defer { try? FileManager.default.removeItem(at: dir) }
        for jobs in ["0", "65", "100000"] {
            let r = try CLI.run(["eval", "--jobs", jobs, "--json"], in: dir)
            #expect(r.status == 2)
            let e = try errorDocument(r)
            #expect((e["message"] as? String)?.contains("--jobs must be between 1 and 64 (got \(jobs))") == true)
        }
    }

    @Test func judgeWithoutAnEndpointNamesKbkitYamlAndTheSetting() throws {
        let dir = try starter()
        defer { try? FileManager.default.removeItem(at: dir) }
        let message = "kbkit.yaml: --judge needs engine.openai.endpoint (and its model), the OpenAI-compatible model that judges "
            + "the answers (docs/WORKSPACE.md, \"engine: the generator\")"
        let human = try CLI.run(["eval", "--judge"], in: dir)
        #expect(human.status == 2 && human.stdout.isEmpty)
        #expect(human.stderr == "kbkit: error: \(message)\n")
        let r = try CLI.run(["eval", "--judge", "--json"], in: dir)
        #expect(r.status == 2)
        let e = try errorDocument(r)
        #expect(e["file"] as? String == "kbkit.yaml" && e["message"] as? String == message)
    }

    @Test func initNameWithQuotesAndLineBreaksWritesValidYAML() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let name = "Bob's \"Best\" Store\nsecond: line # not a comment \\ end"
        let r = try CLI.run(["init", "ws", "--name", name], in: dir)
        #expect(r.status == 0)
        let ws = dir.appendingPathComponent("ws")
        // The workspace loads (valid YAML) and the name round-trips.
        let docs = try CLI.run(["docs", "--json"], in: ws)
        #expect(docs.status == 0, "\(docs.stderr)")
        let settings = try String(contentsOf: ws.appendingPathComponent("kbkit.yaml"), encoding: .utf8)
        #expect(!settings.contains("\nsecond: line"))
        let tone = try CLI.run(["tone", "Hello", "--market", "US"], in: ws)
        #expect(tone.status == 0 || tone.status == 1, "\(tone.stderr)")
    }

    @Test func anEmptyDocsFolderChangesNothing() throws {
        let dir = try starter()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try CLI.run(["import"], in: dir).status == 0)
        let before = try #require(try CLI.run(["docs", "--json"], in: dir).json?["documents"] as? [[String: Any]])
        #expect(!before.isEmpty)
        let docs = dir.appendingPathComponent("kb/docs")
        try FileManager.default.moveItem(at: docs, to: dir.appendingPathComponent("docs-away"))
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        let r = try CLI.run(["import", "--json"], in: dir)
        #expect(r.status == 2)
        let e = try errorDocument(r)
        #expect((e["message"] as? String)?.hasPrefix("no documents found in kb/docs") == true)
        let after = try CLI.run(["docs", "--json"], in: dir)
        #expect((after.json?["documents"] as? [[String: Any]])?.count == before.count)
        let removed = try CLI.run(["docs", "--removed", "--json"], in: dir)
        #expect((removed.json?["documents"] as? [[String: Any]])?.allSatisfy { $0["removed"] as? Bool == false } == true)
    }

    @Test func importAndExtractReportFlattenedMarkupAndGuessedCharsets() throws {
        let dir = try starter()
        defer { try? FileManager.default.removeItem(at: dir) }
        let deep = "<html lang=\"en\"><body><main><h1>Deep</h1>" + String(repeating: "<div>", count: 300) + "<p>Kept at depth 300.</p></main></body></html>"
        try deep.write(to: dir.appendingPathComponent("kb/docs/en/deep.html"), atomically: true, encoding: .utf8)
        var klingon = Data("<html lang=\"fr\"><head><meta charset=\"x-klingon-9\"></head><body><main><p>".utf8)
        klingon += "Crème brûlée à emporter, livrée en 48 heures.".data(using: .windowsCP1252)!
        klingon += Data("</p></main></body></html>".utf8)
        try klingon.write(to: dir.appendingPathComponent("kb/docs/en/klingon.html"))
        let r = try CLI.run(["import", "--json"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let warnings = try #require(r.json?["warnings"] as? [[String: Any]])
        let byPath = Dictionary(uniqueKeysWithValues: warnings.map { ($0["path"] as? String ?? "", $0["reason"] as? String ?? "") })
        #expect(byPath["kb/docs/en/deep.html"]?.hasPrefix("the markup nests deeper than 256 levels; the text below that depth is kept") == true)
        #expect(byPath["kb/docs/en/klingon.html"] == "unknown charset 'x-klingon-9' declared; decoded as WINDOWS-1252, detected from the bytes (declare the real encoding to silence this)")
        let extract = try CLI.run(["extract", "kb/docs/en/klingon.html", "--json"], in: dir)
        #expect(extract.json?["text"] as? String == "Crème brûlée à emporter, livrée en 48 heures.")
        #expect((extract.json?["warnings"] as? [String])?.count == 1)
        let human = try CLI.run(["extract", "kb/docs/en/deep.html"], in: dir)
        #expect(human.stdout.contains("Kept at depth 300."))
        #expect(human.stderr.contains("warning: kb/docs/en/deep.html: the markup nests deeper than 256 levels"))
    }

    @Test func aFullDiskIsOneReadableLine() throws {
        // report.json is a link to /dev/full: writing it fails with ENOSPC, as on a full disk.
        let ws = EngineCommandTests.workspace
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try """
            name: one
            market: US
            cases:
              - id: full-disk-001
                message: "What payment methods do you take?"
                expect: {language: en}
            """.write(to: dir.appendingPathComponent("one.yaml"), atomically: true, encoding: .utf8)
        let reports = dir.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: reports.appendingPathComponent("report.json").path, withDestinationPath: "/dev/full")
        let r = try CLI.run(["eval", dir.appendingPathComponent("one.yaml").path, "--report", reports.path, "--json"], in: ws)
        #expect(r.status == 2)
        #expect(r.stderr == "kbkit: error: cannot write \(reports.path)/report.json: No space left on device\n")
        let e = try errorDocument(r)
        #expect(e["file"] as? String == reports.path + "/report.json")
    }
}
