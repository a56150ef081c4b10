/// `report.md`: the evaluation as a pull-request comment. The headline and the per-market scorecard
/// come first and stay visible; the long tables fold into `<details>` so the comment stays short, and
/// the failing cases are capped (`failingCasesShown`), pointing to `report.html` for the rest.
/// A pure function of the report: the same report gives the same bytes.
public enum MarkdownReport {
    /// How many failing cases the comment lists.
    public static let failingCasesShown = 50
    /// How many tone rules per market the tone table lists.
    static let toneRulesShown = 3
    /// How many intent confusions the intent section lists.
    static let confusionsShown = 10
    /// How much of an answer the compact view of a failing case quotes.
    static let answerShown = 160
    /// How many failures per case, and how much of each, the comment lists.
    static let failuresShown = 3
    static let failureLength = 200

    public static func render(_ report: EvaluationReport) -> String {
        var out = headline(report)
        out += "\n### Scorecard per market\n\n"
        out += MarkdownTable.metrics(keyTitle: "Market", groups: report.markets, overall: report.overall).render()
        out += "\n\(ScoreBand.good.marker) pass rate ≥ \(percentLimit(ScoreBand.goodAtLeast)) · "
        out += "\(ScoreBand.fair.marker) ≥ \(percentLimit(ScoreBand.fairAtLeast)) · \(ScoreBand.poor.marker) below\n"
        out += ReadingRender.markdown(report)
        out += JudgedRender.markdown(report)
        if let comparison = report.comparison { out += comparisonSection(comparison) }
        if let generators = report.generators {
            out += "\n### Embedded vs \(generators.generator), side by side\n\n" + RenderGeneratorComparison.markdown(generators)
        }
        out += folded("Per language (\(report.languages.count))",
                      MarkdownTable.metrics(keyTitle: "Language", groups: report.languages, overall: nil).render())
        out += folded("Per intent (\(report.intents.count))",
                      MarkdownTable.metrics(keyTitle: "Intent", groups: report.intents, overall: nil).render())
        out += folded("Intent precision / recall / F1", intentSection(report))
        out += folded("Top failing tone rules per market", toneSection(report))
        out += failingCases(report)
        return out
    }

    // MARK: - Sections

    static func headline(_ report: EvaluationReport) -> String {
        var out = "## kbkit evaluation: \(RenderEscape.markdown(report.workspace))\n\n"
        if let c = report.comparison {
            // Regressions lead: they are what a reviewer must act on.
            let regressions = c.regressed.count == 1 ? "1 regression" : "\(c.regressed.count) regressions"
            let improvements = c.improved.count == 1 ? "1 improvement" : "\(c.improved.count) improvements"
            let lead = c.regressed.isEmpty ? "✅ \(regressions)" : "❌ **\(regressions)**"
            out += "\(lead) · \(improvements) · \(c.added.count) added · \(c.removed.count) removed "
            out += "against baseline \(RenderEscape.markdownCode(c.baseline))\n\n"
        }
        let passed = report.cases.filter(\.passed).count
        out += "**Pass rate \(RenderNumber.percent(report.overall.passRate))** (\(passed) of \(report.overall.cases) cases passed)"
        out += " · engine \(RenderEscape.markdownCode(report.engine))"
        out += " · evalsets " + (report.evalsets.isEmpty ? "none" : report.evalsets.map(RenderEscape.markdownCode).joined(separator: ", "))
        out += "\n\nLatency p50 \(RenderNumber.milliseconds(report.overall.latencyP50Ms)) · p95 \(RenderNumber.milliseconds(report.overall.latencyP95Ms))"
        out += " · kbkit \(RenderEscape.markdown(report.kbkitVersion)) · \(RenderEscape.markdown(report.createdAt))\n"
        return out
    }

    static func comparisonSection(_ c: BaselineComparison) -> String {
        var out = "\n### Regressions (\(c.regressed.count))\n\n"
        if c.regressed.isEmpty {
            out += "No case that passed in the baseline fails now.\n"
        } else {
            var table = MarkdownTable(header: ["Case", "Market", "Failures"])
            table.rows = c.regressed.map { [RenderEscape.markdownCode($0.id), RenderEscape.markdownCode($0.market), failureList($0.failures)] }
            out += table.render()
        }
        if !c.improved.isEmpty {
            out += "\n**Improved (\(c.improved.count)):** " + c.improved.map { RenderEscape.markdownCode($0.id) }.joined(separator: ", ") + "\n"
        }
        if !c.added.isEmpty { out += "\n**Added:** " + c.added.map(RenderEscape.markdownCode).joined(separator: ", ") + "\n" }
        if !c.removed.isEmpty { out += "\n**Removed:** " + c.removed.map(RenderEscape.markdownCode).joined(separator: ", ") + "\n" }
        if !c.metrics.isEmpty {
            var table = MarkdownTable(header: ["Metric", "Baseline", "Current", "Change"], rightAligned: [1, 2, 3])
            table.rows = c.metrics.map { m in
                [MetricColumn.title(of: m.metric), RenderNumber.metric(m.metric, m.baseline), RenderNumber.metric(m.metric, m.current),
                 RenderNumber.delta(m.metric, baseline: m.baseline, current: m.current) ?? RenderNumber.missing]
            }
            out += folded("Metrics against the baseline", table.render())
        }
        return out
    }

    static func intentSection(_ report: EvaluationReport) -> String {
        var table = MarkdownTable(header: ["Intent", "Support", "Precision", "Recall", "F1"], rightAligned: [1, 2, 3, 4])
        table.rows = report.intentTable.map {
            [RenderEscape.markdownCode($0.intent), String($0.support), RenderNumber.percent($0.precision),
             RenderNumber.percent($0.recall), RenderNumber.percent($0.f1)]
        }
        var out = table.render()
        let confusions = IntentConfusion.offDiagonal(report.confusion).prefix(confusionsShown)
        if !confusions.isEmpty {
            out += "\nMost frequent confusions (expected → predicted):\n\n"
            out += confusions.map { "- \(RenderEscape.markdownCode($0.expected)) → \(RenderEscape.markdownCode($0.predicted)): \($0.count)" }
                .joined(separator: "\n") + "\n"
        }
        return out
    }

    static func toneSection(_ report: EvaluationReport) -> String {
        var table = MarkdownTable(header: ["Market", "Rule", "Failures", "Message"], rightAligned: [2])
        for market in report.toneFailures.keys.sorted() {
            for rule in report.toneFailures[market]!.prefix(toneRulesShown) {
                table.rows.append([RenderEscape.markdownCode(market), RenderEscape.markdownCode(rule.rule), String(rule.count),
                                   RenderEscape.markdown(rule.message)])
            }
        }
        return table.rows.isEmpty ? "No tone rule failed.\n" : table.render()
    }

    static func failingCases(_ report: EvaluationReport) -> String {
        let failing = report.cases.filter { !$0.passed }
        var out = "\n### Failing cases (\(failing.count))\n\n"
        guard !failing.isEmpty else { return out + "Every case passed.\n" }
        for result in failing.prefix(failingCasesShown) {
            out += "- \(RenderEscape.markdownCode(result.id)) · \(RenderEscape.markdownCode(result.market)) · "
            out += "\(RenderEscape.markdown(result.evalset)): \(failureList(result.failures))\n"
            let sides = CaseSides(result).expectedRows
            if !sides.isEmpty {
                out += "  - expected: " + sides.map { "\($0.label) \(RenderEscape.markdown($0.expected ?? ""))" }.joined(separator: " · ") + "\n"
                let got = sides.filter { !$0.got.isEmpty }.map { "\($0.label) \(RenderEscape.markdown($0.got))" }
                out += "  - got: " + (got + ["answer " + RenderEscape.markdown(CaseSides.quoted(CaseSides.shortened(result.got.answer, to: answerShown)))])
                    .joined(separator: " · ") + "\n"
            }
        }
        if failing.count > failingCasesShown {
            out += "\n… and \(failing.count - failingCasesShown) more, see report.html\n"
        }
        return out
    }

    // MARK: - Pieces

    /// A section folded into `<details>`; the blank lines let GitHub render the Markdown inside.
    static func folded(_ summary: String, _ body: String) -> String {
        "\n<details><summary>\(RenderEscape.markdown(summary))</summary>\n\n\(body)\n</details>\n"
    }

    /// A case's failures on one line: the first `failuresShown`, each cut at `failureLength`
    /// characters, so one case with many broken checks cannot push the comment past GitHub's size limit.
    static func failureList(_ failures: [String]) -> String {
        guard !failures.isEmpty else { return "no failure recorded" }
        let shown = failures.prefix(failuresShown).map { RenderEscape.markdown(CaseSides.shortened($0, to: failureLength)) }
        let more = failures.count > failuresShown ? " (+\(failures.count - failuresShown) more)" : ""
        return shown.joined(separator: "; ") + more
    }

    static func percentLimit(_ rate: Double) -> String { RenderNumber.fixed(rate * 100, decimals: 0) + "%" }
}
