import Foundation
import Testing

/// Issue 6's acceptance scenario on a copy of the sample workspace: change a policy in one language,
/// and the next report shows regressions in exactly the affected cases, and the gate fails.
@Suite(.serialized) struct RegressionScenarioTests {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func aChangedGermanPolicyRegressesOnlyGermanCases() throws {
        let ws = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(at: ws) }
        for item in ["kbkit.yaml", "gate.yaml", "kb"] {
            try FileManager.default.copyItem(at: Self.repo.appendingPathComponent(item), to: ws.appendingPathComponent(item))
        }
        try FileManager.default.createDirectory(at: ws.appendingPathComponent("evalsets"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.repo.appendingPathComponent("evalsets/returns.yaml"), to: ws.appendingPathComponent("evalsets/returns.yaml"))

        #expect(try CLI.run(["import"], in: ws).status == 0)
        #expect(try CLI.run(["index"], in: ws).status == 0)
        let first = try CLI.run(["eval", "--report", "reports/before", "--json"], in: ws)
        #expect(first.status == 0, "\(first.stderr)")

        // The German return window changes from 30 to 45 days, in the German documents only.
        for file in ["kb/docs/de/returns.html", "kb/docs/de/faq.html"] {
            let url = ws.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            try text.replacingOccurrences(of: "30 Tage", with: "45 Tage").write(to: url, atomically: true, encoding: .utf8)
        }
        let reimport = try CLI.run(["import", "--json"], in: ws)
        #expect(Set(reimport.json?["updated"] as? [String] ?? []) == ["de/returns", "de/faq"])
        #expect(try CLI.run(["index"], in: ws).status == 0)
        let second = try CLI.run(["eval", "--report", "reports/after", "--baseline", "reports/before", "--json"], in: ws)
        #expect(second.status == 0, "\(second.stderr)")
        let regressed = try #require(second.json?["regressed"] as? [String])
        #expect(!regressed.isEmpty, "changing the German return window must fail the German return cases")
        #expect(regressed.allSatisfy { $0.contains("-de-") || $0.hasPrefix("de-") }, "only German-market cases may regress: \(regressed)")

        // Every regressed case names the missing fact in the new report.
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: ws.appendingPathComponent("reports/after/report.json"))) as! [String: Any]
        let cases = report["cases"] as! [[String: Any]]
        for id in regressed {
            let c = try #require(cases.first { $0["id"] as? String == id })
            #expect((c["market"] as? String) == "DE")
            #expect((c["failures"] as? [String])?.contains { $0.contains("30 Tage") } == true, "\(id): \(c["failures"] ?? "")")
        }
        // The gate sees the regressions and fails (exit 1), naming them.
        let gate = try CLI.run(["gate", "reports/after", "--baseline", "reports/before"], in: ws)
        #expect(gate.status == 1)
        #expect(gate.stdout.contains("regressions:"))
        for file in ["report.json", "report.md", "report.html", "junit.xml"] {
            #expect(FileManager.default.fileExists(atPath: ws.appendingPathComponent("reports/after/\(file)").path))
        }
    }
}
