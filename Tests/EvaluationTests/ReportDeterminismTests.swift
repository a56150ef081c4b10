import Testing
@testable import Evaluation

/// The renderers are pure: the same report gives the same bytes, however its dictionaries were built.
struct ReportDeterminismTests {
    @Test func sameReportSameBytesWhateverTheDictionaryOrder() throws {
        let report = try ReportFixture.load()
        var shuffled = report
        shuffled.markets = rebuilt(report.markets)
        shuffled.languages = rebuilt(report.languages)
        shuffled.intents = rebuilt(report.intents)
        shuffled.toneFailures = rebuilt(report.toneFailures)
        shuffled.confusion = rebuilt(report.confusion.mapValues(rebuilt))
        #expect(shuffled == report)
        #expect(MarkdownReport.render(shuffled) == MarkdownReport.render(report))
        #expect(HTMLReport.render(shuffled) == HTMLReport.render(report))
        #expect(JUnitReport.render(shuffled) == JUnitReport.render(report))
    }

    /// The same entries inserted in reverse order into a dictionary of another capacity, which
    /// changes its iteration order.
    func rebuilt<V>(_ d: [String: V]) -> [String: V] {
        var copy = [String: V](minimumCapacity: 64)
        for key in d.keys.sorted().reversed() { copy[key] = d[key] }
        return copy
    }
}
