import Foundation
import GRDB
@testable import KnowledgeStore
import Testing

/// DESIGN.md's CLI contract: --json prints one document on stdout, exit codes 0/1/2/3, errors on stderr.
@Suite struct CLIContractTests {
    @Test func initImportDocsShowRoundTrip() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try CLI.run(["init", "store"], in: dir).status == 0)
        let ws = dir.appendingPathComponent("store")

        let first = try CLI.run(["import", "--json"], in: ws.appendingPathComponent("kb/docs/en"))  // found by walking up
        #expect(first.status == 0)
        let report = try #require(first.json)
        #expect(report["added"] as? [String] == ["en/returns"])
        for key in ["updated", "unchanged", "removed", "skipped"] { #expect((report[key] as? [Any])?.isEmpty == true, "\(key)") }
        #expect(first.stderr.isEmpty, "no progress bar when stderr is not a terminal")

        let docs = try #require(try CLI.run(["docs", "--json"], in: ws).json?["documents"] as? [[String: Any]])
        #expect(docs.count == 1)
        #expect(docs[0]["id"] as? String == "returns")
        #expect(docs[0]["lang"] as? String == "en")
        #expect(docs[0]["markets"] as? [String] == ["US"])
        #expect(docs[0]["type"] as? String == "policy")
        #expect(docs[0]["version"] as? Int == 1)
        #expect(docs[0]["path"] as? String == "kb/docs/en/returns.md")

        // Change the document: a new version, and --diff shows exactly the change.
        let file = ws.appendingPathComponent("kb/docs/en/returns.md")
        let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "**30 days**", with: "**45 days**")
        try text.write(to: file, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["import", "--json"], in: ws).json?["updated"] as? [String] == ["en/returns"])
        let diff = try CLI.run(["show", "en/returns", "--diff"], in: ws)
        #expect(diff.status == 0)
        #expect(diff.stdout.contains("- You can return any unused item within 30 days of delivery."))
        #expect(diff.stdout.contains("+ You can return any unused item within 45 days of delivery."))
        let shown = try #require(try CLI.run(["show", "returns", "--lang", "en", "--json"], in: ws).json)
        #expect(shown["version"] as? Int == 2)
        #expect((shown["text"] as? String)?.contains("45 days") == true)
        #expect((shown["versions"] as? [Any])?.count == 2)
    }

    /// A store whose documents an older kbkit read is read again on the next import ("read again",
    /// `reread`), and `show --diff` says why a version of the same file has no changed line.
    @Test func aFileReadByAnOlderExtractorIsReadAgain() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try CLI.run(["init", "store"], in: dir).status == 0)
        let ws = dir.appendingPathComponent("store")
        #expect(try CLI.run(["import"], in: ws).status == 0)
        try KnowledgeStore(path: ws.appendingPathComponent(".kbkit/kb.sqlite").path).write { db in
            try db.execute(sql: "UPDATE versions SET extractor = NULL")
        }
        let again = try #require(try CLI.run(["import", "--json"], in: ws).json)
        #expect(again["reread"] as? [String] == ["en/returns"] && again["updated"] as? [String] == ["en/returns"])
        let human = try CLI.run(["import"], in: ws)
        #expect(human.stdout.contains("0 updated") && !human.stdout.contains("read again"), "\(human.stdout)")
        let diff = try CLI.run(["show", "en/returns", "--diff"], in: ws)
        #expect(diff.stdout.contains("0 lines added, 0 removed") && diff.stdout.contains("read again by a newer kbkit"), "\(diff.stdout)")
    }

    @Test func extractJSONHasTheFieldsOfTheDesign() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = dir.appendingPathComponent("page.html")
        try """
        <html lang="de"><head><title>Versand | Hilfe</title>
        <script type="application/ld+json">{"@type":"FAQPage","mainEntity":[{"@type":"Question","name":"Was kostet Express?","acceptedAnswer":{"@type":"Answer","text":"7,90 €"}}]}</script></head>
        <body><nav>Menü</nav><main><h1>Versand</h1><table><tr><th>Art</th><th>Dauer</th></tr><tr><td>Standard</td><td>3–6 Werktage</td></tr></table></main><footer>Impressum</footer></body></html>
        """.write(to: page, atomically: true, encoding: .utf8)
        let result = try CLI.run(["extract", "page.html", "--json"], in: dir)
        #expect(result.status == 0)
        let json = try #require(result.json)
        #expect(json["title"] as? String == "Versand")
        #expect(json["language"] as? String == "de")
        #expect(json["metadata"] is [String: Any])
        let sections = try #require(json["sections"] as? [[String: Any]])
        #expect(sections.first?["heading_path"] as? [String] == ["Versand"])
        #expect(sections.first?["text"] as? String == "Art: Standard · Dauer: 3–6 Werktage")
        #expect((json["faq"] as? [[String: Any]])?.first?["question"] as? String == "Was kostet Express?")
        #expect(json["text"] as? String == "Art: Standard · Dauer: 3–6 Werktage")
    }

    @Test func extractJSONShowsThePagesOwnMetadata() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try """
        <html lang="en"><head><title>Tyre pressure</title><link rel="canonical" href="https://help.example.test/tyres">
        <meta property="article:modified_time" content="2026-05-06T07:00:00Z"></head>
        <body><nav aria-label="breadcrumb"><ol><li><a href="/">Help</a></li><li><a href="/bikes">Bikes</a></li><li>Tyre pressure</li></ol></nav>
        <main><h1>Tyre pressure</h1><p>Road tyres take 80 to 100 psi; <time datetime="2026-01-02">January</time>.</p></main></body></html>
        """.write(to: dir.appendingPathComponent("page.html"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["extract", "page.html", "--json"], in: dir)
        let metadata = try #require(result.json?["metadata"] as? [String: Any])
        #expect(metadata["canonical_url"] as? String == "https://help.example.test/tyres")
        #expect(metadata["modified"] as? String == "2026-05-06")
        #expect(metadata["published"] as? String == "2026-01-02")
        #expect(metadata["section_path"] as? [String] == ["Help", "Bikes"])
        let human = try CLI.run(["extract", "page.html"], in: dir)
        #expect(human.stdout.contains("section: Help › Bikes · published: 2026-01-02 · modified: 2026-05-06 · canonical: https://help.example.test/tyres"))
    }

    @Test func exitCodes() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        // Usage errors: 2, with the usage on stderr.
        let badFlag = try CLI.run(["import", "--bogus"], in: dir)
        #expect(badFlag.status == 2)
        #expect(badFlag.stderr.contains("Unknown option '--bogus'"))
        // No workspace: 2, saying how to make one.
        let noWorkspace = try CLI.run(["docs"], in: dir)
        #expect(noWorkspace.status == 2)
        #expect(noWorkspace.stderr.contains("kbkit init"))
        #expect(noWorkspace.stdout.isEmpty)
        // --help: 0.
        #expect(try CLI.run(["import", "--help"], in: dir).status == 0)
        // Unknown document: 2.
        _ = try CLI.run(["init"], in: dir)
        let unknown = try CLI.run(["show", "de/nothing"], in: dir)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no document 'de/nothing'"))
        // init twice: 2, nothing changed.
        #expect(try CLI.run(["init"], in: dir).status == 2)
        // A missing file to extract: 2, naming it.
        let missing = try CLI.run(["extract", "nope.html"], in: dir)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nope.html: no such file"))
    }

    @Test func nothingImportableExitsTwoAndListsReasons() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try CLI.run(["init"], in: dir)
        try FileManager.default.removeItem(at: dir.appendingPathComponent("kb/docs/en/returns.md"))
        try "---\nid: x\nmarkets: [Germany]\n---\n# X\n".write(to: dir.appendingPathComponent("kb/docs/en/bad.md"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["import"], in: dir)
        #expect(result.status == 2)
        #expect(result.stdout.contains("kb/docs/en/bad.md: metadata field 'markets', line 3: 'Germany' is not a market id (ISO 3166 code such as DE, JP, GB)"))
        #expect(result.stderr.contains("nothing could be imported"))
    }
}
