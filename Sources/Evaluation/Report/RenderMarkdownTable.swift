/// A GitHub-flavoured Markdown table. Cells arrive already escaped for Markdown
/// (`RenderEscape.markdown` / `markdownCode`), so a `|` or newline in KB text cannot break a row.
struct MarkdownTable: Sendable {
    var header: [String]
    /// Columns aligned right (figures).
    var rightAligned: Set<Int> = []
    var rows: [[String]] = []

    func render() -> String {
        let rule = header.indices.map { rightAligned.contains($0) ? "--:" : "---" }
        return ([header, rule] + rows).map { "| " + $0.joined(separator: " | ") + " |" }.joined(separator: "\n") + "\n"
    }
}

extension MarkdownTable {
    /// The metric table of a group (markets, languages, intents): one row per key, sorted, after an
    /// "All" row with the overall figures when given. The pass-rate cell carries the colour marker.
    static func metrics(keyTitle: String, groups: [String: Metrics], overall: Metrics?) -> MarkdownTable {
        let columns = MetricColumn.scorecard
        var table = MarkdownTable(header: [keyTitle, "Cases"] + columns.map(\.title),
                                  rightAligned: Set(1...(columns.count + 1)))
        func row(_ name: String, _ m: Metrics) -> [String] {
            [name, String(m.cases)] + columns.map { column in
                let value = m.value(of: column.metric)
                let text = RenderNumber.metric(column.metric, value)
                guard column.metric == "pass_rate", let band = ScoreBand.of(column.metric, value) else { return text }
                return band.marker + " " + text
            }
        }
        if let overall { table.rows.append(row("**All**", overall)) }
        for key in groups.keys.sorted() { table.rows.append(row(RenderEscape.markdownCode(key), groups[key]!)) }
        return table
    }
}
