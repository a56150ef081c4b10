/// `report.html`: the evaluation for people, in ONE self-contained file — inline CSS and SVG, no
/// fonts, images or scripts from anywhere; a few lines of inline script add "expand all" buttons,
/// and the page works without them. Colours follow `ScoreBand` (green ≥ 90%, amber ≥ 75%, red
/// below; documented in the page's legend). Every piece of KB, customer and engine text is escaped.
/// The markup is also well-formed XML (void elements closed, attributes quoted), so the tests can
/// check its structure with an XML parser. A pure function of the report: the same report gives
/// the same bytes.
public enum HTMLReport {
    /// How many tone rules per market the tone section lists.
    static let toneRulesShown = 5

    public static func render(_ report: EvaluationReport) -> String {
        let title = "kbkit evaluation: \(report.workspace)"
        let regressed = Set(report.comparison?.regressed.map(\.id) ?? [])
        let failingCount = report.cases.filter { !$0.passed }.count
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        out += "<title>\(HTML.text(title))</title>\n<style>\n\(HTMLStyle.css)\n</style>\n</head>\n<body>\n<main>\n"
        out += header(report, title: title, failing: failingCount)
        out += navigation(report, failing: failingCount)
        out += section("scorecard", "Scorecard per market",
                       HTMLTables.metrics(keyTitle: "Market", groups: report.markets, overall: report.overall,
                                          linked: Set(report.cases.filter { !$0.passed }.map(\.market)))
                       + HTMLTables.legend()
                       + "<h3>Pass rate by market</h3>\n" + HTMLCharts.passRateBars(overall: report.overall, markets: report.markets))
        if let comparison = report.comparison {
            out += section("comparison", "Against the baseline", HTMLCases.comparison(comparison))
        }
        out += section("languages", "Per language", HTMLTables.metrics(keyTitle: "Language", groups: report.languages, overall: nil))
        out += section("intents", "Per intent", HTMLTables.metrics(keyTitle: "Intent", groups: report.intents, overall: nil)
                       + "<h3>Precision, recall and F1</h3>\n" + HTMLTables.intentPRF(report.intentTable)
                       + "<h3>Confusion matrix</h3>\n<p class=\"legend\">Rows: the expected intent; columns: the predicted one. "
                       + "Shade: share of the row; green on the diagonal (right), red off it (confused).</p>\n"
                       + "<div class=\"scroll\">" + HTMLCharts.confusionHeatMap(report.confusion) + "</div>\n")
        out += section("tone", "Tone rules that fail most", HTMLTables.toneFailures(report.toneFailures, shown: toneRulesShown))
        out += section("reading", "How answers read", ReadingRender.html(report) + JudgedRender.html(report))
        out += section("failing", "Failing cases (\(failingCount))", HTMLCases.failing(report.cases, regressed: regressed))
        out += "</main>\n<script>\n\(HTMLStyle.script)</script>\n</body>\n</html>\n"
        return out
    }

    static func header(_ report: EvaluationReport, title: String, failing: Int) -> String {
        var out = "<header>\n<h1>\(HTML.text(title))</h1>\n<p class=\"meta\">engine <code>\(HTML.text(report.engine))</code> · "
        out += "evalsets " + (report.evalsets.isEmpty ? "none" : report.evalsets.map { "<code>\(HTML.text($0))</code>" }.joined(separator: ", "))
        out += " · kbkit \(HTML.text(report.kbkitVersion)) · \(HTML.text(report.createdAt))</p>\n"
        if let c = report.comparison {
            let bad = !c.regressed.isEmpty
            out += "<div class=\"banner\(bad ? " bad" : "")\"><strong>\(c.regressed.count) regressed</strong>, \(c.improved.count) improved "
            out += "against <code>\(HTML.text(c.baseline))</code>\(bad ? " — <a href=\"#comparison\">see which</a>" : "")</div>\n"
        }
        let o = report.overall
        var tiles = [tile("Pass rate", "pass_rate", o.passRate), "<div class=\"tile\"><span class=\"v\">\(o.cases)</span><span class=\"k\">cases, \(failing) failing</span></div>"]
        for metric in ["language_accuracy", "intent_accuracy", "hit_at_5", "mrr", "fact_recall", "tone_pass_rate",
                       "escalation_precision", "escalation_recall", "action_accuracy", "latency_p50_ms", "latency_p95_ms"] {
            tiles.append(tile(MetricColumn.title(of: metric), metric, o.value(of: metric)))
        }
        out += "<div class=\"tiles\">" + tiles.joined(separator: "\n") + "</div>\n</header>\n"
        return out
    }

    static func tile(_ title: String, _ metric: String, _ value: Double?) -> String {
        let band = ScoreBand.of(metric, value).map { " " + $0.rawValue } ?? ""
        return "<div class=\"tile\(band)\"><span class=\"v\">\(HTML.text(RenderNumber.metric(metric, value)))</span><span class=\"k\">\(HTML.text(title))</span></div>"
    }

    static func navigation(_ report: EvaluationReport, failing: Int) -> String {
        var links: [(String, String)] = []
        links.append(("scorecard", "Scorecard"))
        if report.comparison != nil { links.append(("comparison", "Baseline")) }
        links += [("languages", "Languages"), ("intents", "Intents"), ("tone", "Tone"), ("reading", "Reading"), ("failing", "Failing cases (\(failing))")]
        return "<nav>" + links.map { "<a href=\"#\($0.0)\">\(HTML.text($0.1))</a>" }.joined() + "</nav>\n"
    }

    static func section(_ id: String, _ title: String, _ body: String) -> String {
        "<section id=\"\(id)\">\n<h2>\(HTML.text(title))</h2>\n\(body)</section>\n"
    }
}
