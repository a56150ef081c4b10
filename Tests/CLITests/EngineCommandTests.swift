import Foundation
import Testing

/// `kbkit ask`, `chat`, `tone`, `langid` and `search` on a copy of the sample workspace, as a user runs them.
@Suite(.serialized) struct EngineCommandTests {
    static let workspace: URL = {
        let ws = try! CLI.tempDir()
        for item in ["kbkit.yaml", "gate.yaml", "kb"] {
            try! FileManager.default.copyItem(at: RegressionScenarioTests.repo.appendingPathComponent(item), to: ws.appendingPathComponent(item))
        }
        _ = try! CLI.run(["import"], in: ws)
        _ = try! CLI.run(["index"], in: ws)
        return ws
    }()

    /// Runs kbkit with text on standard input.
    func run(_ args: [String], stdin: String, in dir: URL = EngineCommandTests.workspace) throws -> CLI.Result {
        let p = Process()
        p.executableURL = CLI.binary
        p.arguments = args
        p.currentDirectoryURL = dir
        p.environment = ProcessInfo.processInfo.environment.merging(["NO_COLOR": "1"]) { _, b in b }
        let input = Pipe(), out = Pipe(), err = Pipe()
        p.standardInput = input
        p.standardOutput = out
        p.standardError = err
        try p.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return CLI.Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    @Test func askJSONHasTheFieldsOfTheDesign() throws {
        let r = try CLI.run(["ask", "Hallo, wo ist meine Bestellung MG10000005?", "--market", "DE", "--json"], in: Self.workspace)
        #expect(r.status == 0, "\(r.stderr)")
        let j = try #require(r.json)
        for key in ["language", "intent", "emotion", "sources", "actions", "answer", "escalation", "trace"] { #expect(j[key] != nil, "\(key)") }
        #expect((j["emotion"] as? [String: Any])?["label"] as? String == "calm")
        #expect(((j["actions"] as? [[String: Any]])?.first?["args"] as? [String: String])?["order"] == "MG10000005")
        #expect((j["escalation"] as? [String: Any])?["handoff"] as? Bool == false)
        #expect((j["answer"] as? String)?.contains("21.11.2026") == true)
    }

    @Test func askWithAnUnknownMarketIsAUsageError() throws {
        let r = try CLI.run(["ask", "hello", "--market", "XX"], in: Self.workspace)
        #expect(r.status == 2)
        #expect(r.stderr.contains("unknown market 'XX'"))
    }

    @Test func chatRemembersTheOrderAndResets() throws {
        let r = try run(["chat", "--market", "DE"], stdin: "Wo ist MG10000005?\nUnd wann kommt sie an?\n/reset\nUnd wann kommt sie an?\n/quit\n")
        #expect(r.status == 0, "\(r.stderr)")
        let answers = r.stdout.components(separatedBy: "Guten Tag,").dropFirst()
        #expect(answers.count == 3)
        #expect(answers.first?.contains("21.11.2026") == true)
        #expect(Array(answers)[1].contains("21.11.2026"), "the follow-up still knows the order")
        #expect(r.stdout.contains("(new conversation)"))
        #expect(!Array(answers)[2].contains("21.11.2026"), "after /reset the order is forgotten")
    }

    @Test func toneFlagsTheOffendingWordsAndExitsOne() throws {
        let bad = try CLI.run(["tone", "Hallo du, kannst du mir deine Bestellnummer schicken?", "--market", "DE", "--json"], in: Self.workspace)
        #expect(bad.status == 1)
        let results = try #require(bad.json?["results"] as? [[String: Any]])
        let noDu = try #require(results.first { $0["id"] as? String == "de.de.no-du" })
        #expect(noDu["passed"] as? Bool == false)
        #expect(Set(noDu["offending"] as? [String] ?? []).isSuperset(of: ["du", "deine"]))
        let good = try run(["tone", "-", "--market", "DE"], stdin: "Guten Tag,\n\nIhre Bestellung ist unterwegs.\n\nMit freundlichen Grüßen\nIhr Meridian Goods Kundenservice")
        #expect(good.status == 0, "\(good.stdout)")
    }

    @Test func langidAndSearch() throws {
        let id = try CLI.run(["langid", "bila pesanan saya sampai", "--market", "MY", "--json"], in: Self.workspace)
        #expect(id.json?["language"] as? String == "ms")
        #expect((id.json?["candidates"] as? [[String: Any]])?.isEmpty == false)
        let search = try CLI.run(["search", "退款", "--lang", "zh", "--market", "SG", "--json"], in: Self.workspace)
        let hits = try #require(search.json?["hits"] as? [[String: Any]])
        #expect(!hits.isEmpty)
        for key in ["doc", "chunk", "lang", "title", "heading_path", "score", "text"] { #expect(hits[0][key] != nil, "\(key)") }
        #expect(hits.allSatisfy { $0["lang"] as? String == "zh" })
    }
}
