/// The reading checks (ReadingCheck) in the reports: per market, how many answers repeat a fact,
/// carry another market's rule, navigation text or table syntax, or run over their length budget;
/// and in the HTML report the worst-reading answers of each market, quoted with what is wrong.
enum ReadingRender {
    /// How many answers per market the HTML report quotes.
    static let worstShown = 3

    static let columns: [(title: String, value: @Sendable (ReadingMetrics) -> String)] = [
        ("Answers", { String($0.answers) }), ("Repeated facts", { String($0.repeatedFacts) }),
        ("Other market", { String($0.otherMarkets) }), ("Navigation", { String($0.navigation) }),
        ("Table syntax", { String($0.tableSyntax) }), ("Over budget", { String($0.overBudget) }),
        ("Reads clean", { RenderNumber.percent($0.cleanRate) }),
    ]

    /// Rows: "All", then each market that has reading metrics.
    static func rows(_ report: EvaluationReport) -> [(key: String, metrics: ReadingMetrics)] {
        var out: [(String, ReadingMetrics)] = []
        if let all = report.overall.reading { out.append(("All", all)) }
        for key in report.markets.keys.sorted() { if let m = report.markets[key]?.reading { out.append((key, m)) } }
        return out
    }

    static func markdown(_ report: EvaluationReport) -> String {
        let rows = rows(report)
        guard !rows.isEmpty else { return "" }
        var table = MarkdownTable(header: ["Market"] + columns.map(\.title), rightAligned: Set(1...columns.count))
        for (key, m) in rows {
            table.rows.append([key == "All" ? "**All**" : RenderEscape.markdownCode(key)] + columns.map { $0.value(m) })
        }
        return "\n### How answers read\n\nAnswers with each problem (a repeated fact, another market's rule, navigation text, "
            + "table syntax, more sentences than the budget).\n\n" + table.render()
    }

    static func html(_ report: EvaluationReport) -> String {
        let rows = rows(report)
        guard !rows.isEmpty else { return "<p>No reading checks in this report.</p>\n" }
        var out = "<p class=\"legend\">Answers with each problem: a fact stated twice, another market's rule, navigation text "
        out += "(\u{201C}See …\u{201D}), table syntax (\u{201C}—\u{201D}, \u{201C}; Key:\u{201D}), more sentences than the budget.</p>\n"
        out += "<table>\n<thead><tr><th>Market</th>" + columns.map { "<th class=\"num\">\(HTML.text($0.title))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for (key, m) in rows {
            out += "<tr><td>\(key == "All" ? "<strong>All</strong>" : "<code>\(HTML.text(key))</code>")</td>"
            out += columns.map { "<td class=\"num\">\(HTML.text($0.value(m)))</td>" }.joined() + "</tr>\n"
        }
        out += "</tbody>\n</table>\n<h3>Worst-reading answers per market</h3>\n"
        let byMarket = Dictionary(grouping: report.cases.filter { ($0.reading?.problems ?? 0) > 0 }, by: \.market)
        if byMarket.isEmpty { return out + "<p>Every answer reads clean.</p>\n" }
        for market in byMarket.keys.sorted() {
            let worst = byMarket[market]!.enumerated()
                .sorted { ($0.element.reading!.problems, -$0.offset) > ($1.element.reading!.problems, -$1.offset) }
                .prefix(worstShown).map(\.element)
            out += "<h4><code>\(HTML.text(market))</code></h4>\n<ul class=\"reading\">\n"
            for c in worst { out += "<li>" + item(c) + "</li>\n" }
            out += "</ul>\n"
        }
        return out
    }

    static func item(_ c: CaseResult) -> String {
        let r = c.reading!
        var problems: [String] = []
        func list(_ name: String, _ sentences: [String]) {
            for s in sentences { problems.append("\(name): \u{201C}\(s)\u{201D}") }
        }
        list("repeated fact", r.repeatedFacts)
        list("another market", r.otherMarkets)
        list("navigation", r.navigation)
        list("table syntax", r.tableSyntax)
        if r.overBudget { problems.append("\(r.sentences) sentences, budget \(r.budget)") }
        var out = "<code>\(HTML.text(c.id))</code> — \(r.problems) problem\(r.problems == 1 ? "" : "s")<ul>"
        out += problems.map { "<li>\(HTML.text($0))</li>" }.joined() + "</ul>"
        out += "<details><summary>answer</summary><pre>\(HTML.text(c.got.answer))</pre></details>"
        return out
    }
}
