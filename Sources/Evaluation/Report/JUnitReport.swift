/// `junit.xml`: the evaluation for CI test dashboards (Jenkins, GitLab, GitHub test reporters).
/// One `<testsuite>` per market (sorted by market id; name = market id, time = the summed latency of
/// its cases in seconds), one `<testcase>` per case in the report's order (classname
/// `kbkit.<evalset>`, name = case id); a failing case carries `<failure>` whose message lists the
/// failures and whose body spells out expected vs got, the tone failures and the answer.
/// A pure function of the report.
public enum JUnitReport {
    public static func render(_ report: EvaluationReport) -> String {
        let byMarket = Dictionary(grouping: report.cases, by: \.market)
        let failures = report.cases.filter { !$0.passed }.count
        let totalMs = report.cases.reduce(0) { $0 + $1.latencyMs }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"\(attr("kbkit eval " + report.workspace))\" tests=\"\(report.cases.count)\" failures=\"\(failures)\""
        out += " errors=\"0\" time=\"\(RenderNumber.seconds(fromMilliseconds: totalMs))\">\n"
        for market in byMarket.keys.sorted() {
            out += suite(market, byMarket[market]!, report)
        }
        out += "</testsuites>\n"
        return out
    }

    static func suite(_ market: String, _ cases: [CaseResult], _ report: EvaluationReport) -> String {
        let failures = cases.filter { !$0.passed }.count
        let ms = cases.reduce(0) { $0 + $1.latencyMs }
        var out = "  <testsuite name=\"\(attr(market))\" tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\""
        out += " time=\"\(RenderNumber.seconds(fromMilliseconds: ms))\">\n"
        out += "    <properties>\n"
        out += "      <property name=\"engine\" value=\"\(attr(report.engine))\"/>\n"
        out += "      <property name=\"kbkit_version\" value=\"\(attr(report.kbkitVersion))\"/>\n"
        out += "      <property name=\"created_at\" value=\"\(attr(report.createdAt))\"/>\n"
        // How the market's answers read (ReadingCheck): answers with each problem.
        if let r = report.markets[market]?.reading {
            for (name, value) in [("reading_repeated_facts", r.repeatedFacts), ("reading_other_markets", r.otherMarkets),
                                  ("reading_navigation", r.navigation), ("reading_table_syntax", r.tableSyntax),
                                  ("reading_over_budget", r.overBudget)] {
                out += "      <property name=\"\(name)\" value=\"\(value)\"/>\n"
            }
        }
        out += "    </properties>\n"
        for result in cases { out += testcase(result) }
        out += "  </testsuite>\n"
        return out
    }

    static func testcase(_ result: CaseResult) -> String {
        var out = "    <testcase classname=\"\(attr("kbkit." + result.evalset))\" name=\"\(attr(result.id))\""
        out += " time=\"\(RenderNumber.seconds(fromMilliseconds: result.latencyMs))\""
        guard !result.passed else { return out + "/>\n" }
        let message = result.failures.isEmpty ? "failed" : result.failures.joined(separator: "; ")
        out += ">\n      <failure message=\"\(attr(message))\" type=\"kbkit.eval\">\(RenderEscape.markup(failureBody(result)))</failure>\n"
        out += "    </testcase>\n"
        return out
    }

    /// The failure's text: what CI shows when someone clicks the failed test.
    static func failureBody(_ result: CaseResult) -> String {
        var lines = result.failures.map { "- " + $0 }
        for rule in result.tone.failed {
            lines.append("- tone \(rule.rule): \(rule.message)" + (rule.offending.isEmpty ? "" : " [" + rule.offending.joined(separator: " | ") + "]"))
        }
        lines.append("")
        lines += result.turns.enumerated().map { "customer \($0.offset + 1): \($0.element)" }
        for row in CaseSides(result).rows {
            lines.append("\(row.label): expected \(row.expected ?? "-"), got \(row.got.isEmpty ? "(see answer)" : row.got)")
        }
        lines.append("answer: \(result.got.answer)")
        return lines.joined(separator: "\n")
    }

    static func attr(_ text: String) -> String { RenderEscape.attribute(text) }
}
