import Foundation
import Testing
import Lint

/// parity's headings count the sections that carry content: a source section that is only a list of
/// links, or a list with one item per market, is no section a translation must have; a section of
/// text is. Planted in the English sources of a copy of the sample workspace.
@Suite struct SectionParityTests {
    func headingFindings(_ report: LintReport) -> Set<String> {
        Set(report.findings.filter { $0.check == "parity.heading" }.map(\.key))
    }

    @Test func linkListsAndPerMarketListsAreNoSectionsATranslationMustHave() throws {
        let fixture = try LintFixture()
        defer { fixture.remove() }
        #expect(headingFindings(try fixture.lint()) == [])

        try fixture.append("kb/docs/en/returns.md", "## See also\n\n- [Warranty](/en/warranty)\n- [Invoices and receipts](/en/invoices)")
        try fixture.append("kb/docs/en/invoices.md", """
            ## Invoices by post

            - **Germany:** on request, for orders over €250.
            - **Japan (JP):** never; the qualified invoice is in your account.
            """)
        #expect(headingFindings(try fixture.lint()) == [])

        // A section of text in the same place is one every translation must have.
        try fixture.append("kb/docs/en/returns.md", "## Returning a gift\n\nA gift can be returned by the person who received it.")
        let found = headingFindings(try fixture.lint())
        #expect(found.contains("parity.heading de/returns"))
        #expect(found.contains("parity.heading ja/returns"))
        #expect(found.contains("parity.heading zh/returns"))
        #expect(found.allSatisfy { $0.hasSuffix("/returns") })
    }

    @Test func aStoreThatPublishesADocumentInSomeLanguagesOnlySaysSoOnce() throws {
        let fixture = try LintFixture()
        defer { fixture.remove() }
        let excused = try fixture.lint()
        #expect(!excused.findings.contains { $0.check == "coverage.fallback" })
        #expect(excused.suppressed >= 7)

        // Without kbkit.yaml's exceptions for the manuals, each language that reads the English manual is a finding.
        let settings = try String(contentsOf: fixture.root.appendingPathComponent("kbkit.yaml"), encoding: .utf8)
        let start = try #require(settings.range(of: "\nlint:"))
        try fixture.write("kbkit.yaml", String(settings[..<start.lowerBound]) + "\n")
        let cells = Set(try fixture.lint().findings.filter { $0.check == "coverage.fallback" }.map(\.key))
        #expect(cells == ["coverage.fallback IT/it product.usage", "coverage.fallback NL/nl product.usage", "coverage.fallback PL/pl product.usage",
                          "coverage.fallback VN/vi product.usage", "coverage.fallback ID/id product.usage", "coverage.fallback MY/ms product.usage",
                          "coverage.fallback PH/fil product.usage"])

        // Excusing only two of the three manuals excuses no cell: the third could still serve it.
        try fixture.write("kbkit.yaml", String(settings[..<start.lowerBound]) + """

            lint:
              exceptions:
                - {doc: manual-trailglow-400, langs: [it], rules: [coverage], reason: "English only"}
                - {doc: manual-blendgo-350, langs: [it], rules: [coverage], reason: "English only"}
            """)
        #expect(try fixture.lint().findings.contains { $0.key == "coverage.fallback IT/it product.usage" })
    }
}
