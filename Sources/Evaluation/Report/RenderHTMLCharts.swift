/// The HTML report's charts, as inline SVG (no script, no external resource). Coordinates are
/// written with `RenderNumber.fixed`, so the SVG is as deterministic as the rest of the page.
/// Every chart scales down with the window (`viewBox`, `max-width:100%`) except the heat map,
/// which keeps its size inside a scrolling box so its labels stay readable.
enum HTMLCharts {
    static let colours: [ScoreBand: String] = [.good: "#2da44e", .fair: "#d4a72c", .poor: "#cf222e"]
    static let neutral = "#8c959f"

    static func n(_ v: Double) -> String { RenderNumber.fixed(v, decimals: 1) }

    /// Horizontal bars: pass rate of every market (sorted by id), after the overall rate; dashed
    /// lines at the colour thresholds.
    static func passRateBars(overall: Metrics, markets: [String: Metrics]) -> String {
        let rows = [("All", overall)] + markets.keys.sorted().map { ($0, markets[$0]!) }
        let label = 56.0, barWidth = 440.0, value = 96.0, rowHeight = 24.0, top = 22.0
        let width = label + barWidth + value, height = top + rowHeight * Double(rows.count) + 6
        var out = "<svg class=\"chart\" role=\"img\" aria-label=\"Pass rate by market\" viewBox=\"0 0 \(n(width)) \(n(height))\""
        out += " width=\"\(n(width))\" height=\"\(n(height))\">\n"
        for tick in [0.0, 0.25, 0.5, 0.75, 0.9, 1.0] {
            let x = label + barWidth * tick
            let threshold = tick == ScoreBand.fairAtLeast || tick == ScoreBand.goodAtLeast
            out += "<line x1=\"\(n(x))\" y1=\"\(n(top - 4))\" x2=\"\(n(x))\" y2=\"\(n(height - 4))\" stroke=\"\(threshold ? "#59636e" : "#d1d9e0")\""
            out += threshold ? " stroke-dasharray=\"3 3\"/>\n" : "/>\n"
            out += "<text x=\"\(n(x))\" y=\"12\" text-anchor=\"middle\" style=\"font-size:10px;fill:#59636e\">\(RenderNumber.fixed(tick * 100, decimals: 0))%</text>\n"
        }
        for (i, (name, m)) in rows.enumerated() {
            let y = top + rowHeight * Double(i)
            let rate = min(1, max(0, m.passRate ?? 0))
            let fill = ScoreBand.of(higherIsBetter: m.passRate).flatMap { colours[$0] } ?? neutral
            let weight = i == 0 ? " style=\"font-weight:600\"" : ""
            out += "<g><title>\(HTML.text(name)): \(HTML.text(RenderNumber.percent(m.passRate))) of \(m.cases) cases</title>"
            out += "<text x=\"\(n(label - 8))\" y=\"\(n(y + 16))\" text-anchor=\"end\"\(weight)>\(HTML.text(name))</text>"
            out += "<rect x=\"\(n(label))\" y=\"\(n(y + 4))\" width=\"\(n(barWidth * rate))\" height=\"\(n(rowHeight - 8))\" rx=\"2\" fill=\"\(fill)\"/>"
            out += "<text x=\"\(n(label + barWidth + 6))\" y=\"\(n(y + 16))\"\(weight)>\(HTML.text(RenderNumber.percent(m.passRate)))"
            out += " <tspan style=\"fill:#59636e;font-size:10px\">n=\(m.cases)</tspan></text></g>\n"
        }
        return out + "</svg>\n"
    }

    /// Baseline (grey) against current (green when better, red when worse, blue when equal) for
    /// every 0…1 metric both reports measure. Latencies are left out: another scale, and noisy.
    static func comparisonBars(_ changes: [BaselineComparison.MetricChange]) -> String {
        let rows = changes.filter { MetricKind($0.metric) != .milliseconds && $0.baseline != nil && $0.current != nil }
        guard !rows.isEmpty else { return "" }
        let label = 150.0, barWidth = 360.0, value = 150.0, rowHeight = 30.0, top = 24.0
        let width = label + barWidth + value, height = top + rowHeight * Double(rows.count) + 4
        var out = "<svg class=\"chart\" role=\"img\" aria-label=\"Metrics against the baseline\" viewBox=\"0 0 \(n(width)) \(n(height))\""
        out += " width=\"\(n(width))\" height=\"\(n(height))\">\n"
        out += "<rect x=\"\(n(label))\" y=\"4\" width=\"10\" height=\"8\" fill=\"#afb8c1\"/><text x=\"\(n(label + 14))\" y=\"12\" style=\"font-size:10px\">baseline</text>"
        out += "<rect x=\"\(n(label + 70))\" y=\"4\" width=\"10\" height=\"8\" fill=\"#0969da\"/><text x=\"\(n(label + 84))\" y=\"12\" style=\"font-size:10px\">current</text>\n"
        for (i, change) in rows.enumerated() {
            let y = top + rowHeight * Double(i)
            let before = change.baseline!, now = change.current!
            let better = Metrics.lowerIsBetter.contains(change.metric) ? now < before : now > before
            let colour = now == before ? "#0969da" : better ? "#2da44e" : "#cf222e"
            let delta = RenderNumber.delta(change.metric, baseline: before, current: now) ?? ""
            out += "<g><title>\(HTML.text(MetricColumn.title(of: change.metric))): \(HTML.text(RenderNumber.metric(change.metric, before)))"
            out += " → \(HTML.text(RenderNumber.metric(change.metric, now)))</title>"
            out += "<text x=\"\(n(label - 8))\" y=\"\(n(y + 15))\" text-anchor=\"end\">\(HTML.text(MetricColumn.title(of: change.metric)))</text>"
            out += "<rect x=\"\(n(label))\" y=\"\(n(y + 3))\" width=\"\(n(barWidth * clamp(before)))\" height=\"9\" fill=\"#afb8c1\"/>"
            out += "<rect x=\"\(n(label))\" y=\"\(n(y + 13))\" width=\"\(n(barWidth * clamp(now)))\" height=\"11\" fill=\"\(colour)\"/>"
            out += "<text x=\"\(n(label + barWidth + 6))\" y=\"\(n(y + 22))\">\(HTML.text(RenderNumber.metric(change.metric, now)))"
            out += " <tspan style=\"fill:\(colour);font-weight:600\">\(HTML.text(delta))</tspan></text></g>\n"
        }
        return out + "</svg>\n"
    }

    /// The intent confusion matrix as a heat map: rows the expected intent, columns the predicted
    /// one; each cell shaded by its share of the row (green on the diagonal, red off it), with
    /// the count written in it and a tooltip.
    static func confusionHeatMap(_ matrix: [String: [String: Int]]) -> String {
        let labels = IntentConfusion.labels(matrix)
        guard !labels.isEmpty else { return "<p>No intent was expected.</p>\n" }
        let cell = 26.0
        let longest = Double(labels.map(\.count).max() ?? 1)
        // Column labels are rotated by 60°: they rise by sin 60° and lean right by cos 60° of their length.
        let labelLength = longest * 6.6
        let left = 12 + labelLength, top = 16 + labelLength * 0.87
        let width = left + cell * Double(labels.count) + labelLength * 0.5 + 8, height = top + cell * Double(labels.count) + 8
        var out = "<svg class=\"heat\" role=\"img\" aria-label=\"Intent confusion matrix\" viewBox=\"0 0 \(n(width)) \(n(height))\""
        out += " width=\"\(n(width))\" height=\"\(n(height))\" style=\"max-width:none\">\n"
        for (j, predicted) in labels.enumerated() {
            let x = left + cell * (Double(j) + 0.5)
            out += "<text transform=\"translate(\(n(x + 4)),\(n(top - 6))) rotate(-60)\" style=\"font-size:11px\">\(HTML.text(predicted))</text>\n"
        }
        for (i, expected) in labels.enumerated() {
            let y = top + cell * Double(i)
            let row = matrix[expected] ?? [:]
            let total = max(1, row.values.reduce(0, +))
            out += "<text x=\"\(n(left - 6))\" y=\"\(n(y + cell / 2 + 4))\" text-anchor=\"end\" style=\"font-size:11px\">\(HTML.text(expected))</text>\n"
            for (j, predicted) in labels.enumerated() {
                let x = left + cell * Double(j)
                let count = row[predicted] ?? 0
                guard count > 0 else {
                    out += "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(cell - 1))\" height=\"\(n(cell - 1))\" fill=\"#f6f8fa\"/>\n"
                    continue
                }
                let share = Double(count) / Double(total)
                let diagonal = predicted == expected
                let fill = diagonal ? "#2da44e" : "#cf222e"
                let opacity = RenderNumber.fixed(0.15 + 0.85 * share, decimals: 2)
                let ink = share > 0.55 ? "#ffffff" : "#1f2328"
                out += "<g><title>expected \(HTML.text(expected)) → predicted \(HTML.text(predicted)): \(count) (\(HTML.text(RenderNumber.percent(share))) of the row)</title>"
                out += "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(cell - 1))\" height=\"\(n(cell - 1))\" fill=\"\(fill)\" fill-opacity=\"\(opacity)\"/>"
                out += "<text x=\"\(n(x + cell / 2 - 0.5))\" y=\"\(n(y + cell / 2 + 3.5))\" text-anchor=\"middle\" style=\"font-size:10px;fill:\(ink)\">\(count)</text></g>\n"
            }
        }
        return out + "</svg>\n"
    }

    static func clamp(_ v: Double) -> Double { min(1, max(0, v)) }
}
