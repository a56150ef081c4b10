import Foundation
import Testing
@testable import Evaluation

/// `junit.xml` on the fixture report, parsed back with Foundation's XMLParser.
struct ReportJUnitTests {
    let report: EvaluationReport
    let root: XMLNode

    init() throws {
        report = try ReportFixture.load()
        root = try XMLNode.parse(JUnitReport.render(report))
    }

    @Test func oneSuitePerMarketWithCountsAndSummedLatency() throws {
        #expect(root.name == "testsuites")
        #expect(root.attributes["tests"] == String(report.cases.count))
        #expect(root.attributes["failures"] == String(ReportFixture.failing(report).count))
        let suites = root.all("testsuite")
        #expect(suites.map { $0.attributes["name"] } == Set(report.cases.map(\.market)).sorted())
        for suite in suites {
            let cases = report.cases.filter { $0.market == suite.attributes["name"] }
            #expect(suite.attributes["tests"] == String(cases.count))
            #expect(suite.attributes["failures"] == String(cases.filter { !$0.passed }.count))
            let seconds = try #require(Double(suite.attributes["time"] ?? ""))
            #expect(abs(seconds - cases.map(\.latencyMs).reduce(0, +) / 1000) < 0.0005)
            #expect(suite.all("testcase").map { $0.attributes["name"] } == cases.map(\.id))
        }
        #expect(root.all("testsuite").first { $0.attributes["name"] == "DE" }?.attributes["time"] == "0.029")  // 8.25 + 9.75 + 11.25 ms
    }

    @Test func failingCasesCarryTheirFailuresVerbatim() throws {
        let testcases = root.all("testcase")
        #expect(testcases.count == report.cases.count)
        for result in report.cases {
            let node = try #require(testcases.first { $0.attributes["name"] == result.id })
            #expect(node.attributes["classname"] == "kbkit.\(result.evalset)")
            let failures = node.all("failure")
            if result.passed {
                #expect(failures.isEmpty)
            } else {
                let failure = try #require(failures.first)
                #expect(failures.count == 1)
                #expect(failure.attributes["message"] == result.failures.joined(separator: "; "))
                for line in result.failures { #expect(failure.text.contains("- " + line)) }
                for turn in result.turns { #expect(failure.text.contains(turn)) }
                #expect(failure.text.contains("answer: " + result.got.answer))
            }
        }
        let hostile = try #require(testcases.first { $0.attributes["name"] == ReportFixture.hostileCase }?.all("failure").first)
        #expect(hostile.attributes["message"]?.hasPrefix(ReportFixture.hostileFailure) == true)
        #expect(hostile.text.contains(ReportFixture.hostileTurn))
        #expect(hostile.text.contains("tone jp.ja.no-casual-apology: ごめんなさい is too casual for customer service; use 申し訳ございません. [ごめん]"))
    }

    @Test func controlCharactersInAnswersDoNotBreakTheXML() throws {
        var broken = report
        let index = try #require(broken.cases.firstIndex { !$0.passed })
        broken.cases[index].got.answer = "bell \u{7} and escape \u{1B}[0m end"
        broken.cases[index].failures.append("answer: contains \u{0}")
        let parsed = try XMLNode.parse(JUnitReport.render(broken))
        #expect(parsed.all("testcase").count == report.cases.count)
        #expect(parsed.all("failure").contains { $0.text.contains("bell \u{FFFD} and escape \u{FFFD}[0m end") })
    }

    @Test func passesPythonsXMLParserToo() throws {
        // A second, independent parser (the one CI tools in Python use).
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kbkit-junit-\(UUID().uuidString).xml")
        try JUnitReport.render(report).write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", "import sys, xml.dom.minidom as m; d = m.parse(sys.argv[1]); print(len(d.getElementsByTagName('testsuite')))", file.path]
        let out = Pipe()
        python.standardOutput = out
        python.standardError = Pipe()
        do { try python.run() } catch { return }  // no python3 on this machine: the XMLParser tests stand
        python.waitUntilExit()
        let printed = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(python.terminationStatus == 0)
        #expect(printed.trimmingCharacters(in: .whitespacesAndNewlines) == String(Set(report.cases.map(\.market)).count))
    }
}
