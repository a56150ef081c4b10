import Testing
@testable import Evaluation

/// `report.html` on the fixture report. The page is written as well-formed XML, so the tests parse
/// it and check its structure, not just substrings.
struct ReportHTMLTests {
    let report: EvaluationReport
    let html: String
    let page: XMLNode

    init() throws {
        report = try ReportFixture.load()
        html = HTMLReport.render(report)
        page = try XMLNode.parse(html)
    }

    func element(id: String) -> XMLNode? { page.descendants.first { $0.attributes["id"] == id } }

    @Test func isOneSelfContainedPage() throws {
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(page.name == "html")
        let elements = page.descendants
        // Nothing is loaded from anywhere: no external scripts, styles, images, frames or fonts.
        #expect(elements.allSatisfy { !["link", "img", "iframe", "object", "embed", "image", "use", "audio", "video", "source"].contains($0.name) })
        let scripts = page.all("script")
        #expect(scripts.count == 1)
        #expect(scripts.allSatisfy { $0.attributes["src"] == nil })
        #expect(elements.allSatisfy { $0.attributes.values.allSatisfy { !$0.contains("http:") && !$0.contains("https:") && !$0.contains("//") } })
        let style = try #require(page.all("style").first).text
        #expect(!style.contains("url(") && !style.contains("@import") && !style.contains("@font-face"))
        // Every link points inside the page, at an element that exists.
        let ids = Set(elements.compactMap { $0.attributes["id"] })
        let hrefs = elements.compactMap { $0.attributes["href"] }
        #expect(!hrefs.isEmpty)
        for href in hrefs {
            #expect(href.hasPrefix("#"))
            #expect(ids.contains(String(href.dropFirst())), "dangling link \(href)")
        }
        #expect(page.all("meta").contains { $0.attributes["name"] == "viewport" })
    }

    @Test func customerAndKBTextIsEscapedAndComesBackIntact() throws {
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<b>not bold"))
        #expect(html.contains("&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;"))
        // Non-Latin text and emoji are written as they are, not as references.
        #expect(html.contains("返品はできますか？") && html.contains("😡") && html.contains("お客様の返品は"))
        let hostile = try #require(element(id: HTML.anchor("case", ReportFixture.hostileCase)))
        let turns = try #require(hostile.all("ol").first).all("li").map(\.text)
        #expect(turns.last == ReportFixture.hostileTurn)
        let answer = try #require(hostile.all("div").first { $0.hasClass("answer") })
        #expect(answer.text == report.cases.first { $0.id == ReportFixture.hostileCase }?.got.answer)
        #expect(answer.attributes["lang"] == "ja")
        let failures = try #require(hostile.all("ul").first { $0.hasClass("failures") }).all("li").map(\.text)
        #expect(failures.first == ReportFixture.hostileFailure)
    }

    @Test func everyFailingCaseIsExpandableWithItsDetails() throws {
        let failing = ReportFixture.failing(report)
        let details = page.all("details").filter { $0.hasClass("case") }
        #expect(details.map { $0.attributes["id"] } == sortedByMarket(failing).map { HTML.anchor("case", $0.id) })
        for (node, result) in zip(details, sortedByMarket(failing)) {
            let summary = try #require(node.children.first)
            #expect(summary.name == "summary")
            #expect(summary.text.hasPrefix(result.id))
            let shown = try #require(node.all("ul").first { $0.hasClass("failures") }).all("li").map(\.text)
            #expect(shown == result.failures)
            let sides = try #require(node.all("table").first { $0.hasClass("sides") })
            #expect(sides.all("tr").dropFirst().map { $0.all("th").first?.text } == CaseSides(result).rows.map(\.label))
            #expect(node.all("table").first { $0.hasClass("trace") }?.all("tr").count == result.trace.count)
            let regressed = summary.all("span").contains { $0.hasClass("reg") }
            #expect(regressed == (report.comparison?.regressed.contains { $0.id == result.id } ?? false))
        }
        // The wrong intent is marked as a miss, the right language as a hit.
        let de = try #require(element(id: HTML.anchor("case", "returns-de-de-002")))
        let rows = try #require(de.all("table").first { $0.hasClass("sides") }).all("tr")
        #expect(rows.first { $0.all("th").first?.text == "intent" }?.attributes["class"] == "miss")
        #expect(rows.first { $0.all("th").first?.text == "language" }?.attributes["class"] == "hit")
        #expect(rows.first { $0.all("th").first?.text == "sources" }?.all("td").last?.text == "shipping, faq")
        let jp = try #require(element(id: HTML.anchor("case", ReportFixture.hostileCase)))
        let jpSources = try #require(jp.all("table").first { $0.hasClass("sides") }?.all("tr").first { $0.all("th").first?.text == "sources" })
        #expect(jpSources.attributes["class"] == "hit")  // `ja/returns#0` is the document `returns`
        // Tone failures name the rule and show the offending words.
        let hostile = try #require(element(id: HTML.anchor("case", ReportFixture.hostileCase)))
        #expect(hostile.all("mark").map(\.text).contains("ごめん"))
        #expect(hostile.all("code").map(\.text).contains("jp.ja.no-casual-apology"))
    }

    func sortedByMarket(_ cases: [CaseResult]) -> [CaseResult] {
        Dictionary(grouping: cases, by: \.market).sorted { $0.key < $1.key }.flatMap(\.value)
    }

    @Test func scorecardColoursEachFigureByItsBand() throws {
        let table = try #require(element(id: "scorecard")?.all("table").first)
        let rows = table.all("tbody").first?.all("tr") ?? []
        #expect(rows.map { $0.all("th").first?.text } == ["All"] + report.markets.keys.sorted())
        for row in rows.dropFirst() {
            let market = try #require(row.all("th").first?.text)
            let metrics = try #require(report.markets[market])
            let cells = row.all("td")
            #expect(cells.count == 1 + MetricColumn.scorecard.count + 2)
            for (cell, column) in zip(cells.dropFirst(), MetricColumn.scorecard) {
                let value = metrics.value(of: column.metric)
                #expect(cell.text == RenderNumber.metric(column.metric, value))
                let band = ScoreBand.of(column.metric, value)?.rawValue
                #expect(cell.attributes["class"] == "num" + (band.map { " " + $0 } ?? ""), "\(market) \(column.metric)")
            }
        }
        // A market with failing cases links to them.
        #expect(rows.dropFirst().allSatisfy { $0.all("a").first?.attributes["href"] == "#" + HTML.anchor("failing", $0.all("th").first!.text) })
    }

    @Test func chartsAreInlineSVG() throws {
        let bars = try #require(page.all("svg").first { $0.attributes["aria-label"] == "Pass rate by market" })
        let titles = bars.all("title").map(\.text)
        #expect(titles.count == 1 + report.markets.count)
        #expect(titles.first == "All: \(RenderNumber.percent(report.overall.passRate)) of \(report.cases.count) cases")
        #expect(titles.contains("JP: \(RenderNumber.percent(report.markets["JP"]?.passRate)) of 3 cases"))
        let heat = try #require(page.all("svg").first { $0.hasClass("heat") })
        #expect(heat.all("title").map(\.text).contains("expected returns.policy → predicted shipping.times: 1 (16.7% of the row)"))
        let labels = IntentConfusion.labels(report.confusion)
        #expect(heat.all("rect").count == labels.count * labels.count)
        let comparison = try #require(page.all("svg").first { $0.attributes["aria-label"] == "Metrics against the baseline" })
        #expect(comparison.all("title").map(\.text).contains("Pass rate: 67.0% → 54.5%"))
    }

    @Test func comparisonListsRegressionsFirstInRed() throws {
        let section = try #require(element(id: "comparison"))
        let headings = section.all("h3").map(\.text)
        #expect(headings.prefix(2) == ["Regressed (2)", "Improved (1)"])
        let regressed = try #require(section.all("table").first).all("tr").filter { $0.hasClass("regressed") }
        #expect(regressed.map { $0.all("code").first?.text } == ["returns-de-de-002", ReportFixture.hostileCase])
        let banner = try #require(page.all("div").first { $0.hasClass("banner") })
        #expect(banner.hasClass("bad") && banner.text.hasPrefix("2 regressed, 1 improved"))
    }

    @Test func tablesPerLanguageIntentAndTone() throws {
        let languages = try #require(element(id: "languages")?.all("tbody").first).all("tr")
        #expect(languages.map { $0.all("th").first?.text } == report.languages.keys.sorted())
        let intents = try #require(element(id: "intents"))
        let prf = try #require(intents.all("table").dropFirst().first).all("tbody").first?.all("tr") ?? []
        #expect(prf.map { $0.all("th").first?.text } == report.intentTable.map(\.intent))
        let tone = try #require(element(id: "tone")?.all("tbody").first).all("tr")
        #expect(tone.count == report.toneFailures.values.map { min($0.count, HTMLReport.toneRulesShown) }.reduce(0, +))
        #expect(tone.contains { $0.text.contains("jp.ja.no-casual-apology") && $0.text.contains("ごめんなさい is too casual") })
    }

    @Test func pageWithoutComparisonOrFailuresStillReadsWell() throws {
        var clean = report
        clean.comparison = nil
        clean.cases = report.cases.filter(\.passed)
        let page = try XMLNode.parse(HTMLReport.render(clean))
        #expect(!page.descendants.contains { $0.attributes["id"] == "comparison" })
        #expect(page.all("details").isEmpty)
        #expect(page.descendants.first { $0.attributes["id"] == "failing" }?.text.contains("Every case passed.") == true)
    }
}
