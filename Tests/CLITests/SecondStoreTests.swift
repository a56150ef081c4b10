import Foundation
import Testing

/// A store unlike the sample one (Tests/Fixtures/SecondStore, "Taiga Trail": order numbers TT-######,
/// its own intent ids, markets NO, SE, CA, KR, languages nb, sv, en, fr, ko, NOK/SEK/CAD/KRW, other
/// hours and promises) imported, indexed, asked, evaluated and gated with kbkit as it is.
@Suite(.serialized) struct SecondStoreTests {
    static let fixture = RegressionScenarioTests.repo.appendingPathComponent("Tests/Fixtures/SecondStore")

    static let workspace: URL = {
        let ws = try! CLI.tempDir()
        for item in try! FileManager.default.contentsOfDirectory(atPath: fixture.path) where ![".kbkit", "reports"].contains(item) {
            try! FileManager.default.copyItem(at: fixture.appendingPathComponent(item), to: ws.appendingPathComponent(item))
        }
        return ws
    }()

    /// What the sample store would say and this one must never.
    static let sampleStoreWords = ["Meridian", "MG1", "MG followed", "12 hours", "12 timer", "12 timmar", "12시간"]

    @Test func importIndexAskChatEvalAndGate() throws {
        let ws = Self.workspace
        let imported = try CLI.run(["import", "--json"], in: ws)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect((imported.json?["added"] as? [String])?.count == 20)
        #expect((imported.json?["skipped"] as? [Any])?.isEmpty == true)
        #expect(try CLI.run(["index"], in: ws).status == 0)

        // An order number in the store's format, typed loosely, in Norwegian.
        let status = try CLI.run(["ask", "hvor er ordren min tt 410001", "--market", "NO", "--json"], in: ws)
        #expect(status.status == 0, "\(status.stderr)")
        let s = try #require(status.json)
        #expect(s["language"] as? String == "nb")
        #expect(s["intent"] as? String == "where_is_my_parcel")
        let action = try #require((s["actions"] as? [[String: Any]])?.first)
        #expect(action["name"] as? String == "order.status" && action["result"] as? String == "ok")
        #expect((action["args"] as? [String: String])?["order"] == "TT-410001")
        let answer = try #require(s["answer"] as? String)
        #expect(answer.contains("CE473019285NO") && answer.contains("11.03.2027"), "\(answer)")

        // No number: the answer asks for one with the store's own example.
        let ask = try CLI.run(["ask", "Var är min beställning?", "--market", "SE", "--json"], in: ws)
        let asked = try #require(ask.json?["answer"] as? String)
        #expect(asked.contains("TT-410001"), "\(asked)")

        // A follow-up keeps the order; the store's own intent ids throughout.
        let chat = try CLI.run(["ask", "Where is my order TT-410007?", "And when will it arrive?", "--market", "CA", "--json"], in: ws)
        #expect(chat.json?["intent"] as? String == "where_is_my_parcel", "\(chat.stdout)")

        // The whole evaluation of the store's own cases, then its gate.
        let eval = try CLI.run(["eval", "--json", "--report", ws.appendingPathComponent("reports/run").path], in: ws)
        #expect(eval.status == 0, "\(eval.stderr)")
        let overall = try #require(eval.json?["overall"] as? [String: Any])
        #expect(Self.number(overall["pass_rate"]) >= 0.85, "\(overall)")
        #expect(Self.number(overall["action_accuracy"]) >= 0.95, "\(overall)")
        let gate = try CLI.run(["gate", ws.appendingPathComponent("reports/run").path], in: ws)
        #expect(gate.status == 0, "\(gate.stdout)\(gate.stderr)")

        // No answer of the store mentions the sample store, its order format or its promises.
        let report = try String(contentsOf: ws.appendingPathComponent("reports/run/report.json"), encoding: .utf8)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any])
        let answers = (json["cases"] as? [[String: Any]] ?? []).compactMap { ($0["got"] as? [String: Any])?["answer"] as? String }
        #expect(answers.count == 50)
        for a in answers { for w in Self.sampleStoreWords { #expect(!a.contains(w), "\(w) in \(a)") } }
    }

    /// `kbkit chat` with the store: the follow-up keeps the order, answers are in Swedish.
    @Test func chatKeepsTheOrder() throws {
        let ws = Self.workspace
        if !FileManager.default.fileExists(atPath: ws.appendingPathComponent(".kbkit").path) {
            _ = try CLI.run(["import"], in: ws)
            _ = try CLI.run(["index"], in: ws)
        }
        let r = try EngineCommandTests().run(["chat", "--market", "SE"], stdin: "Var är mitt paket? TT-410004\nOch när kommer det?\n/quit\n", in: ws)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.components(separatedBy: "TT-410004").count >= 3, "both answers tell order TT-410004: \(r.stdout)")
    }

    /// `kbkit init` gives a store that runs end to end too: its own order format and intent ids.
    @Test func theStarterStoreRunsEndToEnd() throws {
        let ws = try CLI.tempDir()
        #expect(try CLI.run(["init", ws.path, "--name", "Starter"], in: ws).status == 0)
        #expect(try CLI.run(["import"], in: ws).status == 0)
        #expect(try CLI.run(["index"], in: ws).status == 0)
        let eval = try CLI.run(["eval", "--json"], in: ws)
        #expect(eval.status == 0, "\(eval.stderr)")
        #expect(Self.number((eval.json?["overall"] as? [String: Any])?["pass_rate"]) == 1.0, "\(eval.stdout)")
    }

    static func number(_ any: Any?) -> Double { (any as? NSNumber)?.doubleValue ?? -1 }
}
