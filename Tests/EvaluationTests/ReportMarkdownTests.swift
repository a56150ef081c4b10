import Testing
@testable import Evaluation

/// `report.md` on the fixture report (real sample-workspace cases, scripted engine answers).
struct ReportMarkdownTests {
    let report: EvaluationReport
    let markdown: String

    init() throws {
        report = try ReportFixture.load()
        markdown = MarkdownReport.render(report)
    }

    var lines: [Substring] { markdown.split(separator: "\n", omittingEmptySubsequences: false) }

    /// The lines of a section: from its heading to the next `###` heading.
    func section(_ heading: String) -> [Substring] {
        guard let start = lines.firstIndex(of: Substring(heading)) else { return [] }
        let rest = lines[(start + 1)...]
        return Array(rest.prefix { !$0.hasPrefix("### ") })
    }

    @Test func headlineLeadsWithRegressionsThenPassRate() throws {
        let regressions = try #require(lines.firstIndex { $0.contains("2 regressions") })
        let passRate = try #require(lines.firstIndex { $0.hasPrefix("**Pass rate ") })
        #expect(regressions < passRate)
        #expect(lines[regressions].hasPrefix("❌ **2 regressions** · 1 improvement · 1 added · 1 removed"))
        #expect(lines[regressions].contains("`reports/baseline`"))
        let passed = report.cases.filter(\.passed).count
        #expect(lines[passRate].hasPrefix("**Pass rate \(RenderNumber.percent(report.overall.passRate))** (\(passed) of \(report.cases.count) cases passed)"))
        #expect(lines[passRate].contains("engine `embedded`"))
        #expect(lines[passRate].contains("evalsets `escalation`, `orders`, `returns`, `shipping`"))
        #expect(lines[0] == "## kbkit evaluation: Meridian Goods")
    }

    @Test func withoutBaselineTheHeadlineStartsWithThePassRate() {
        var plain = report
        plain.comparison = nil
        let md = MarkdownReport.render(plain)
        #expect(!md.contains("regression"))
        #expect(!md.contains("### Regressions"))
        #expect(md.split(separator: "\n")[1].hasPrefix("**Pass rate "))
    }

    @Test func scorecardHasOneRowPerMarketAfterTheOverallRow() throws {
        let rows = section("### Scorecard per market").filter { $0.hasPrefix("| ") }
        // header, alignment, All, then the markets in id order
        #expect(rows.count == 3 + report.markets.count)
        #expect(rows[0].hasPrefix("| Market | Cases | Pass | Language | Intent | Hit@5 | MRR | Facts | Tone | Esc. P | Esc. R | Action |"))
        #expect(rows[2].hasPrefix("| **All** | \(report.cases.count) | "))
        for (row, market) in zip(rows.dropFirst(3), report.markets.keys.sorted()) {
            let m = report.markets[market]!
            let band = try #require(ScoreBand.of("pass_rate", m.passRate))
            #expect(row.hasPrefix("| `\(market)` | \(m.cases) | \(band.marker) \(RenderNumber.percent(m.passRate)) | "))
            #expect(row.contains(" \(RenderNumber.score(m.mrr)) "))
        }
    }

    /// Every row of every table has as many cell separators as its header: a `|` or newline in KB
    /// text would split or end a row.
    @Test func everyTableRowHasItsHeadersColumnCount() {
        func separators(_ line: Substring) -> Int {
            var count = 0, escaped = false
            for ch in line {
                if ch == "|" && !escaped { count += 1 }
                escaped = ch == "\\" && !escaped
            }
            return count
        }
        var tables = 0
        var expected: Int?
        for line in lines {
            guard line.hasPrefix("|") else { expected = nil; continue }
            if let expected {
                #expect(separators(line) == expected, "\(line)")
            } else {
                expected = separators(line)
                tables += 1
            }
        }
        #expect(tables == 7)  // scorecard, regressions, metrics vs baseline, languages, intents, P/R/F1, tone
    }

    @Test func kbAndCustomerTextIsEscaped() {
        #expect(!markdown.contains("<script>"))
        #expect(!markdown.contains("<b>"))
        #expect(markdown.contains("&lt;script&gt;alert(\"x\")&lt;/script&gt;"))
        #expect(markdown.contains(RenderEscape.markdown(ReportFixture.hostileFailure)))
        #expect(markdown.contains("missing: \"14日\" \\| &lt;b&gt;not bold&lt;/b&gt; &amp; \"quoted\""))
        #expect(markdown.contains("🙂"))
    }

    @Test func regressionsListCaseMarketAndFailures() throws {
        let rows = section("### Regressions (2)").prefix { !$0.hasPrefix("**Improved") }.filter { $0.hasPrefix("| `") }
        #expect(rows.count == 2)
        let de = try #require(rows.first { $0.hasPrefix("| `returns-de-de-002` | `DE` | ") })
        #expect(de.contains("intent: expected returns.policy, got shipping.times; sources: expected returns in the top 5, got shipping, faq"))
        #expect(section("### Regressions (2)").contains("**Improved (1):** `shipping-th-th-001`"))
    }

    @Test func failingCasesShowFailuresAndExpectedVersusGot() throws {
        let failing = ReportFixture.failing(report)
        let items = section("### Failing cases (\(failing.count))")
        #expect(items.filter { $0.hasPrefix("- `") }.count == failing.count)
        for result in failing {
            let line = try #require(items.first { $0.hasPrefix("- `\(result.id)` · `\(result.market)` · \(result.evalset): ") })
            for failure in result.failures { #expect(line.contains(RenderEscape.markdown(failure))) }
        }
        let de = try #require(items.firstIndex { $0.hasPrefix("- `returns-de-de-002`") })
        #expect(items[de + 1].hasPrefix("  - expected: language de · intent returns.policy · sources returns · must include “kostenlos”"))
        #expect(items[de + 2].hasPrefix("  - got: language de · intent shipping.times · sources shipping, faq · escalate no · answer “Guten Tag,"))
        #expect(!items.contains { $0.contains("more, see report.html") })
    }

    @Test func failingCasesAreCappedWithAPointerToTheHTMLReport() {
        let many = ReportFixture.withFailingCases(MarkdownReport.failingCasesShown + 13, from: report)
        let md = MarkdownReport.render(many)
        let items = md.split(separator: "\n").drop { !$0.hasPrefix("### Failing cases") }
        #expect(items.first == "### Failing cases (\(MarkdownReport.failingCasesShown + 13))")
        #expect(items.filter { $0.hasPrefix("- `") }.count == MarkdownReport.failingCasesShown)
        #expect(items.last == "… and 13 more, see report.html")
        let exactly = MarkdownReport.render(ReportFixture.withFailingCases(MarkdownReport.failingCasesShown, from: report))
        #expect(!exactly.contains("more, see report.html"))
    }

    @Test func aCaseWithManyFailuresListsTheFirstFew() throws {
        var noisy = report
        let index = try #require(noisy.cases.firstIndex { $0.id == "returns-de-de-002" })
        noisy.cases[index].failures += ["missing: \"kostenlos\"", "forbidden: \"14 Tage\" is in the answer",
                                        "tone: builtin.language (" + String(repeating: "Lorem ipsum dolor. ", count: 30) + ")"]
        let line = try #require(MarkdownReport.render(noisy).split(separator: "\n").first { $0.hasPrefix("- `returns-de-de-002`") })
        #expect(line.hasSuffix("got shipping.times; sources: expected returns in the top 5, got shipping, faq; missing: \"kostenlos\" (+2 more)"))
        #expect(MarkdownReport.failureList([String(repeating: "x", count: 500)]) == String(repeating: "x", count: MarkdownReport.failureLength) + "…")
    }

    @Test func foldedSectionsHoldLanguagesIntentsAndTone() {
        #expect(markdown.contains("<details><summary>Per language (\(report.languages.count))</summary>\n\n| Language | Cases |"))
        #expect(markdown.contains("<details><summary>Per intent (\(report.intents.count))</summary>\n\n| Intent | Cases |"))
        #expect(markdown.contains("| `returns.policy` | 6 | 100.0% | 83.3% | 90.9% |"))
        #expect(markdown.contains("- `returns.policy` → `shipping.times`: 1"))
        #expect(markdown.contains("| `JP` | `jp.ja.no-casual-apology` | 1 | ごめんなさい is too casual for customer service; use 申し訳ございません. |"))
    }
}
