/// The HTML report's tables: metric tables per group, the intent precision/recall/F1 table and the
/// tone rules that fail most per market.
enum HTMLTables {
    /// One row per group key (sorted), after an "All" row when `overall` is given; every figure
    /// coloured by its band. Keys in `linked` link to the anchor `HTML.anchor(anchorPrefix, key)`.
    static func metrics(keyTitle: String, groups: [String: Metrics], overall: Metrics?,
                        linked: Set<String> = [], anchorPrefix: String = "failing") -> String {
        let columns = MetricColumn.scorecard
        var out = "<div class=\"scroll\"><table><thead><tr><th>\(HTML.text(keyTitle))</th><th class=\"num\">Cases</th>"
        out += columns.map { "<th class=\"num\" title=\"\(HTML.attr(MetricColumn.title(of: $0.metric)))\">\(HTML.text($0.title))</th>" }.joined()
        out += "<th class=\"num\">p50</th><th class=\"num\">p95</th></tr></thead><tbody>\n"
        func row(_ name: String, _ m: Metrics, rowClass: String = "") -> String {
            var r = "<tr\(rowClass)><th>\(name)</th><td class=\"num\">\(m.cases)</td>"
            r += columns.map { HTML.metricCell($0.metric, m.value(of: $0.metric)) }.joined()
            r += HTML.metricCell("latency_p50_ms", m.latencyP50Ms) + HTML.metricCell("latency_p95_ms", m.latencyP95Ms)
            return r + "</tr>\n"
        }
        if let overall { out += row("All", overall, rowClass: " class=\"all\"") }
        for key in groups.keys.sorted() {
            let code = "<code>\(HTML.text(key))</code>"
            let name = linked.contains(key) ? "<a href=\"#\(HTML.anchor(anchorPrefix, key))\">\(code)</a>" : code
            out += row(name, groups[key]!)
        }
        return out + "</tbody></table></div>\n"
    }

    static func legend() -> String {
        let good = RenderNumber.fixed(ScoreBand.goodAtLeast * 100, decimals: 0)
        let fair = RenderNumber.fixed(ScoreBand.fairAtLeast * 100, decimals: 0)
        return "<p class=\"legend\"><span class=\"chip good\">≥ \(good)%</span><span class=\"chip fair\">≥ \(fair)%</span>"
            + "<span class=\"chip poor\">below \(fair)%</span> rates and scores (MRR as 0.\(good)/0.\(fair)); forbidden facts: "
            + "green ≤ \(RenderNumber.fixed(ScoreBand.forbiddenGoodAtMost * 100, decimals: 0))%, amber ≤ "
            + "\(RenderNumber.fixed(ScoreBand.forbiddenFairAtMost * 100, decimals: 0))%; latencies are not coloured. "
            + "— means no case of the group measures the metric.</p>\n"
    }

    static func intentPRF(_ rows: [IntentMetrics]) -> String {
        guard !rows.isEmpty else { return "<p>No intent was expected.</p>\n" }
        var out = "<div class=\"scroll\"><table><thead><tr><th>Intent</th><th class=\"num\">Support</th><th class=\"num\">Precision</th>"
        out += "<th class=\"num\">Recall</th><th class=\"num\">F1</th></tr></thead><tbody>\n"
        for r in rows {
            out += "<tr><th><code>\(HTML.text(r.intent))</code></th><td class=\"num\">\(r.support)</td>"
            out += HTML.rateCell(r.precision) + HTML.rateCell(r.recall) + HTML.rateCell(r.f1) + "</tr>\n"
        }
        return out + "</tbody></table></div>\n"
    }

    /// Per market, its failing tone rules with a bar proportional to the market's worst rule.
    static func toneFailures(_ failures: [String: [ToneFailureCount]], shown: Int) -> String {
        let markets = failures.keys.sorted().filter { !(failures[$0]!.isEmpty) }
        guard !markets.isEmpty else { return "<p>No tone rule failed.</p>\n" }
        var out = "<div class=\"scroll\"><table><thead><tr><th>Market</th><th>Rule</th><th class=\"num\">Failures</th><th>Message</th></tr></thead><tbody>\n"
        for market in markets {
            let rules = Array(failures[market]!.prefix(shown))
            let most = max(1, rules.map(\.count).max() ?? 1)
            for (i, rule) in rules.enumerated() {
                out += "<tr>"
                if i == 0 { out += "<th rowspan=\"\(rules.count)\"><code>\(HTML.text(market))</code></th>" }
                let width = RenderNumber.fixed(Double(rule.count) / Double(most) * 60, decimals: 1)
                out += "<td class=\"nowrap\"><code>\(HTML.text(rule.rule))</code></td><td class=\"num\">\(rule.count) "
                out += "<svg width=\"60\" height=\"8\" viewBox=\"0 0 60 8\" style=\"display:inline-block\" aria-hidden=\"true\">"
                out += "<rect width=\"\(width)\" height=\"8\" rx=\"2\" fill=\"#cf222e\"/></svg></td>"
                out += "<td class=\"msg\">\(HTML.text(rule.message))</td></tr>\n"
            }
        }
        return out + "</tbody></table></div>\n"
    }
}
