import Testing
@testable import Evaluation

/// A run with no case at all (an empty evalset folder) still gives three readable, valid reports.
struct ReportEmptyTests {
    let empty = EvaluationReport(kbkitVersion: "0.1.0", workspace: "Empty & <new>", createdAt: "2026-11-20T09:30:00Z", engine: "embedded",
                                 evalsets: [], overall: Metrics(cases: 0), markets: [:], languages: [:], intents: [:], intentTable: [],
                                 confusion: [:], toneFailures: [:], cases: [])

    @Test func markdownSaysSoInsteadOfFailing() {
        let md = MarkdownReport.render(empty)
        #expect(md.hasPrefix("## kbkit evaluation: Empty &amp; &lt;new&gt;\n"))
        #expect(md.contains("**Pass rate —** (0 of 0 cases passed) · engine `embedded` · evalsets none"))
        #expect(md.contains("### Failing cases (0)"))
    }

    @Test func htmlAndJUnitStayWellFormed() throws {
        let page = try XMLNode.parse(HTMLReport.render(empty))
        #expect(page.all("title").first?.text == "kbkit evaluation: Empty & <new>")
        #expect(page.all("details").isEmpty)
        let junit = try XMLNode.parse(JUnitReport.render(empty))
        #expect(junit.attributes["tests"] == "0")
        #expect(junit.all("testsuite").isEmpty)
    }
}
