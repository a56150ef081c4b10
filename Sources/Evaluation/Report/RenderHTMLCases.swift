/// The HTML report's case-level sections: the comparison with the baseline (regressions first, in
/// red) and every failing case as an expandable `<details>` with the conversation, expected vs got
/// side by side, the failures, the tone rules that failed with their offending words, the answer
/// and the engine's trace.
enum HTMLCases {
    static func comparison(_ c: BaselineComparison) -> String {
        var out = "<p class=\"meta\">Baseline <code>\(HTML.text(c.baseline))</code>: \(c.regressed.count) regressed, "
        out += "\(c.improved.count) improved, \(c.added.count) added, \(c.removed.count) removed.</p>\n"
        out += "<h3>Regressed (\(c.regressed.count))</h3>\n"
        out += c.regressed.isEmpty ? "<p>No case that passed in the baseline fails now.</p>\n" : changeTable(c.regressed, rowClass: "regressed", linked: true)
        out += "<h3>Improved (\(c.improved.count))</h3>\n"
        out += c.improved.isEmpty ? "<p>No case that failed in the baseline passes now.</p>\n" : changeTable(c.improved, rowClass: "improved", linked: false)
        if !c.added.isEmpty { out += "<p><strong>Added:</strong> " + c.added.map { "<code>\(HTML.text($0))</code>" }.joined(separator: ", ") + "</p>\n" }
        if !c.removed.isEmpty { out += "<p><strong>Removed:</strong> " + c.removed.map { "<code>\(HTML.text($0))</code>" }.joined(separator: ", ") + "</p>\n" }
        if !c.metrics.isEmpty {
            out += "<h3>Metrics</h3>\n" + HTMLCharts.comparisonBars(c.metrics)
            out += "<details><summary>Every metric as a table</summary>\n"
            out += "<div class=\"scroll\"><table><thead><tr><th>Metric</th><th class=\"num\">Baseline</th><th class=\"num\">Current</th>"
            out += "<th class=\"num\">Change</th></tr></thead><tbody>\n"
            for m in c.metrics {
                out += "<tr><th>\(HTML.text(MetricColumn.title(of: m.metric)))</th>" + HTML.metricCell(m.metric, m.baseline) + HTML.metricCell(m.metric, m.current)
                out += "<td class=\"num\">\(HTML.text(RenderNumber.delta(m.metric, baseline: m.baseline, current: m.current) ?? RenderNumber.missing))</td></tr>\n"
            }
            out += "</tbody></table></div>\n</details>\n"
        }
        return out
    }

    /// `linked`: the case ids link to their details below (regressed cases fail now, so they are there).
    static func changeTable(_ changes: [BaselineComparison.CaseChange], rowClass: String, linked: Bool) -> String {
        var out = "<div class=\"scroll\"><table><thead><tr><th>Case</th><th>Market</th><th>\(linked ? "Failures now" : "Failures in the baseline")</th></tr></thead><tbody>\n"
        for change in changes {
            let id = "<code>\(HTML.text(change.id))</code>"
            out += "<tr class=\"\(rowClass)\"><td class=\"nowrap\">\(linked ? "<a href=\"#\(HTML.anchor("case", change.id))\">\(id)</a>" : id)</td>"
            out += "<td><code>\(HTML.text(change.market))</code></td><td>\(change.failures.map(HTML.text).joined(separator: "<br/>"))</td></tr>\n"
        }
        return out + "</tbody></table></div>\n"
    }

    /// The failing cases grouped by market (sorted), each group in the report's case order.
    static func failing(_ cases: [CaseResult], regressed: Set<String>) -> String {
        let failing = cases.filter { !$0.passed }
        guard !failing.isEmpty else { return "<p>Every case passed.</p>\n" }
        var out = "<div class=\"controls\" hidden=\"hidden\"><button type=\"button\" data-open=\"1\">Expand all</button>"
        out += "<button type=\"button\" data-open=\"0\">Collapse all</button></div>\n"
        let byMarket = Dictionary(grouping: failing, by: \.market)
        for market in byMarket.keys.sorted() {
            let group = byMarket[market]!
            out += "<h3 id=\"\(HTML.anchor("failing", market))\">\(HTML.text(market)) <span class=\"meta\">(\(group.count) failing)</span></h3>\n"
            for result in group { out += details(result, regressed: regressed.contains(result.id)) }
        }
        return out
    }

    static func details(_ r: CaseResult, regressed: Bool) -> String {
        var out = "<details class=\"case\" id=\"\(HTML.anchor("case", r.id))\"><summary><code>\(HTML.text(r.id))</code> "
        if regressed { out += "<span class=\"tag reg\">regressed</span>" }
        out += "<span class=\"tag\">\(HTML.text(r.evalset))</span>"
        let first = r.failures.first.map { CaseSides.shortened($0, to: 120) } ?? "failed"
        let more = r.failures.count > 1 ? " <span class=\"meta\">+\(r.failures.count - 1) more</span>" : ""
        out += "<span class=\"why\">\(HTML.text(first))</span>\(more)</summary>\n<div class=\"body\">\n"
        if !r.tags.isEmpty { out += "<p class=\"meta\">tags: " + r.tags.map { "<span class=\"tag\">\(HTML.text($0))</span>" }.joined() + "</p>\n" }
        let customerLang = r.expected.language ?? r.got.language
        out += "<h4>Conversation</h4>\n<ol class=\"turns\">" + r.turns.map { "<li\(HTML.langAttributes(customerLang))>\(HTML.text($0))</li>" }.joined() + "</ol>\n"
        out += "<h4>Failures</h4>\n<ul class=\"failures\">" + (r.failures.isEmpty ? "<li>no failure recorded</li>" : r.failures.map { "<li>\(HTML.text($0))</li>" }.joined()) + "</ul>\n"
        out += "<h4>Expected vs got</h4>\n" + sides(r)
        out += "<h4>Answer</h4>\n<div class=\"answer\"\(HTML.langAttributes(r.got.answerLanguage))>\(HTML.text(r.got.answer))</div>\n"
        if !r.tone.failed.isEmpty { out += "<h4>Tone rules failed</h4>\n" + tone(r.tone.failed) }
        if !r.trace.isEmpty {
            out += "<h4>Trace</h4>\n<table class=\"trace\"><tbody>"
            out += r.trace.map { "<tr><td>\(HTML.text($0.step))</td><td>\(HTML.text($0.detail))</td></tr>" }.joined()
            out += "</tbody></table>\n"
        }
        out += "<p class=\"meta\">market <code>\(HTML.text(r.market))</code> · latency \(HTML.text(RenderNumber.milliseconds(r.latencyMs)))</p>\n"
        return out + "</div></details>\n"
    }

    /// Expected and got side by side; rows that visibly disagree are red.
    static func sides(_ r: CaseResult) -> String {
        var out = "<table class=\"sides\"><thead><tr><th></th><th>Expected</th><th>Got</th></tr></thead><tbody>"
        for row in CaseSides(r).rows {
            let cls = row.matches.map { $0 ? " class=\"hit\"" : " class=\"miss\"" } ?? ""
            let got = row.got.isEmpty ? "<span class=\"meta\">checked in the answer</span>" : HTML.text(row.got)
            out += "<tr\(cls)><th>\(HTML.text(row.label))</th><td>\(row.expected.map(HTML.text) ?? "<span class=\"meta\">—</span>")</td><td>\(got)</td></tr>"
        }
        return out + "</tbody></table>\n"
    }

    static func tone(_ failed: [CaseResult.ToneOutcome.FailedRule]) -> String {
        "<ul>" + failed.map { rule in
            var li = "<li><code>\(HTML.text(rule.rule))</code> \(HTML.text(rule.message))"
            if !rule.offending.isEmpty { li += "<br/>offending: " + rule.offending.map { "<mark>\(HTML.text($0))</mark>" }.joined(separator: " ") }
            return li + "</li>"
        }.joined() + "</ul>\n"
    }
}
