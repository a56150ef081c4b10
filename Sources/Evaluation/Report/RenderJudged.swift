/// The judged "reads naturally" scores (`kbkit eval --judge`, `NaturalnessJudge`) in the reports:
/// per market and per language, the mean score and how many answers were judged; in the HTML report
/// also the lowest-scored answers of each market and why answers went unjudged. Absent from a report
/// run without a judge. Always labelled as a model's opinion outside pass/fail.
enum JudgedRender {
    /// How many answers per market the HTML report quotes.
    static let lowestShown = 3
    /// How many distinct reasons for unjudged answers the HTML report lists.
    static let reasonsShown = 5

    /// "3.75 / 5", or the missing mark when nothing was judged.
    static func mean(_ value: Double?) -> String {
        value.map { RenderNumber.fixed($0, decimals: 2) + " / 5" } ?? RenderNumber.missing
    }

    /// "12 of 14".
    static func judged(_ m: Metrics) -> String { "\(m.judged ?? 0) of \(m.cases)" }

    static func rows(_ groups: [String: Metrics], overall: Metrics?) -> [(key: String, metrics: Metrics)] {
        var out: [(String, Metrics)] = []
        if let overall, overall.judged != nil { out.append(("All", overall)) }
        for key in groups.keys.sorted() where groups[key]!.judged != nil { out.append((key, groups[key]!)) }
        return out
    }

    static func legend(_ model: String) -> String {
        "How naturally the answers read, as the model \(model) rates them from 1 (pasted table cells, broken text) "
            + "to 5 (a native support agent): an opinion, not part of pass/fail, the gate or the baseline comparison."
    }

    static func markdown(_ report: EvaluationReport) -> String {
        guard let model = report.judge else { return "" }
        func table(_ keyTitle: String, _ rows: [(key: String, metrics: Metrics)]) -> String {
            var t = MarkdownTable(header: [keyTitle, "Judged", "Reads naturally"], rightAligned: [1, 2])
            for (key, m) in rows {
                t.rows.append([key == "All" ? "**All**" : RenderEscape.markdownCode(key), judged(m), mean(m.readsNaturally)])
            }
            return t.render()
        }
        var out = "\n### Reads naturally (judged)\n\n" + RenderEscape.markdown(legend(model)) + "\n\n"
        out += table("Market", rows(report.markets, overall: report.overall))
        out += MarkdownReport.folded("Reads naturally per language", table("Language", rows(report.languages, overall: nil)))
        return out
    }

    static func html(_ report: EvaluationReport) -> String {
        guard let model = report.judge else { return "" }
        func table(_ keyTitle: String, _ rows: [(key: String, metrics: Metrics)]) -> String {
            var out = "<table>\n<thead><tr><th>\(HTML.text(keyTitle))</th><th class=\"num\">Judged</th><th class=\"num\">Reads naturally</th></tr></thead>\n<tbody>\n"
            for (key, m) in rows {
                out += "<tr><td>\(key == "All" ? "<strong>All</strong>" : "<code>\(HTML.text(key))</code>")</td>"
                out += "<td class=\"num\">\(HTML.text(judged(m)))</td><td class=\"num\">\(HTML.text(mean(m.readsNaturally)))</td></tr>\n"
            }
            return out + "</tbody>\n</table>\n"
        }
        var out = "<h3>Reads naturally (judged)</h3>\n<p class=\"legend\">\(HTML.text(legend(model)))</p>\n"
        out += table("Market", rows(report.markets, overall: report.overall))
        out += "<details><summary>Per language</summary>\n" + table("Language", rows(report.languages, overall: nil)) + "</details>\n"
        out += lowest(report.cases)
        out += unjudged(report.cases)
        return out
    }

    /// The lowest-scored answers of each market, lowest first (evalset order among equals).
    static func lowest(_ cases: [CaseResult]) -> String {
        let scored = cases.filter { $0.readsNaturally?.score != nil }
        guard !scored.isEmpty else { return "" }
        var out = "<h4>Lowest-scored answers per market</h4>\n"
        let byMarket = Dictionary(grouping: scored, by: \.market)
        for market in byMarket.keys.sorted() {
            let lowest = byMarket[market]!.enumerated()
                .sorted { ($0.element.readsNaturally!.score!, $0.offset) < ($1.element.readsNaturally!.score!, $1.offset) }
                .prefix(lowestShown).map(\.element)
            out += "<h5><code>\(HTML.text(market))</code></h5>\n<ul class=\"reading\">\n"
            for c in lowest {
                out += "<li><code>\(HTML.text(c.id))</code> — \(c.readsNaturally!.score!) / 5"
                out += "<details><summary>answer</summary><pre>\(HTML.text(c.got.answer))</pre></details></li>\n"
            }
            out += "</ul>\n"
        }
        return out
    }

    /// Why answers have no score, most frequent reason first.
    static func unjudged(_ cases: [CaseResult]) -> String {
        let reasons = cases.compactMap { $0.readsNaturally?.reason }
        guard !reasons.isEmpty else { return "" }
        let counted = Dictionary(grouping: reasons, by: { $0 }).map { (reason: $0.key, count: $0.value.count) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.reason < $1.reason }
        var out = "<h4>Unjudged answers (\(reasons.count))</h4>\n<ul>\n"
        for r in counted.prefix(reasonsShown) { out += "<li>\(r.count) × \(HTML.text(r.reason))</li>\n" }
        if counted.count > reasonsShown { out += "<li>… and \(counted.count - reasonsShown) other reasons (report.json, reads_naturally)</li>\n" }
        return out + "</ul>\n"
    }
}
