/// The side-by-side scorecard of `--compare-generators`, as a Markdown table (report.md and the
/// terminal show the same).
public enum RenderGeneratorComparison {
    public static func markdown(_ c: GeneratorComparison) -> String {
        var table = MarkdownTable(header: ["Market", "Cases", "Pass embedded", "Pass \(c.generator)", "Facts embedded", "Facts \(c.generator)",
                                           "Generated", "Failed", "Refused by guardrail", "Tokens in/out", "p50 ms"],
                                  rightAligned: [1, 2, 3, 4, 5, 6, 7, 9, 10])
        for r in c.markets {
            let refused = r.guardrails.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            table.rows.append([r.market, "\(r.cases)", RenderNumber.percent(r.embeddedPassRate), RenderNumber.percent(r.generatorPassRate),
                               RenderNumber.percent(r.embeddedFactRecall), RenderNumber.percent(r.generatorFactRecall),
                               "\(r.generated)", "\(r.failed)", refused.isEmpty ? "0" : refused,
                               "\(r.promptTokens)/\(r.completionTokens)", r.generatorP50Ms.map { RenderNumber.fixed($0, decimals: 0) } ?? RenderNumber.missing])
        }
        return table.render()
    }
}
