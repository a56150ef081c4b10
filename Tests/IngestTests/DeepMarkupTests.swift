import Foundation
import Testing
@testable import Ingest

/// Markup nested deeper than libxml2's default limit (256) keeps its text, flattened below
/// `HTMLDocument.maxDepth`, with a warning; nothing is dropped silently and no walk overflows the stack.
@Suite struct DeepMarkupTests {
    static func nested(_ levels: Int, closed: Bool) -> String {
        "<html><body><main><h1>Returns</h1>" + String(repeating: "<div>", count: levels)
            + "<p>Deep text: returns within 30 days.</p><ul><li>Keep the receipt.</li></ul>"
            + (closed ? String(repeating: "</div>", count: levels) : "")
            + "<p>After the deep part: refunds in 5 days.</p></main></body></html>"
    }

    @Test(arguments: [300, 1_000, 200_000])
    func deeplyNestedClosedDivsKeepEveryText(levels: Int) throws {
        let doc = try Fixture.html(Self.nested(levels, closed: true))
        #expect(doc.text.contains("Deep text: returns within 30 days."))
        #expect(doc.text.contains("Keep the receipt."))
        #expect(doc.text.contains("After the deep part: refunds in 5 days."))
        #expect(doc.warnings == [.flattened(depth: HTMLDocument.maxDepth)])
    }

    @Test func threeHundredUnclosedDivsKeepEveryText() throws {
        let doc = try Fixture.html(Self.nested(300, closed: false))
        #expect(doc.text.contains("Deep text: returns within 30 days."))
        #expect(doc.text.contains("After the deep part: refunds in 5 days."))
        #expect(doc.warnings == [.flattened(depth: HTMLDocument.maxDepth)])
    }

    @Test func flattenedTextKeepsItsBlocksApart() throws {
        let doc = try Fixture.html(Self.nested(400, closed: true))
        // One paragraph per block, not one run-on line.
        let paragraphs = doc.sections.flatMap(\.blocks).map(\.text)
        #expect(paragraphs.contains("Deep text: returns within 30 days."))
        #expect(paragraphs.contains("Keep the receipt."))
    }

    @Test func ordinaryNestingIsNotFlattened() throws {
        let doc = try Fixture.html(Self.nested(100, closed: true))
        #expect(doc.warnings.isEmpty)
        #expect(doc.sections.flatMap(\.blocks).contains { $0.kind == .listItem && $0.text == "Keep the receipt." })
    }

    @Test func fiftyThousandNestedBlockQuotesKeepTheirText() throws {
        let markdown = "# Quotes\n\n" + String(repeating: ">", count: 50_000) + " The deepest quote: call us on weekdays.\n\nAfter the quotes.\n"
        let doc = try Fixture.markdown(markdown)
        #expect(doc.text.contains("The deepest quote: call us on weekdays."))
        #expect(doc.text.contains("After the quotes."))
        #expect(doc.warnings == [.flattened(depth: HTMLDocument.maxDepth)])
    }

    @Test func deepPagesExtractOnASmallStack() throws {
        // The importer extracts on worker threads; 512 KB is the smallest stack such a thread gets.
        let html = Self.nested(200_000, closed: false)
        nonisolated(unsafe) var text = ""
        let done = DispatchSemaphore(value: 0)
        let thread = Thread { text = (try? Fixture.html(html).text) ?? "failed"; done.signal() }
        thread.stackSize = 512 * 1024
        thread.start()
        done.wait()
        #expect(text.contains("After the deep part: refunds in 5 days."))
    }
}

/// What a file without importable text says.
@Suite struct EmptyFileTests {
    @Test func anEmptyHTMLFileSaysSo() {
        #expect(throws: IngestFailure.empty) { try Fixture.html("") }
        #expect(throws: IngestFailure.empty) { try Fixture.html(" \n\t\n") }
        #expect(IngestFailure.empty.description == "the file is empty")
    }

    @Test func aFileOverTheSizeLimitIsRefusedBeforeParsing() {
        let data = Data(repeating: 0x61, count: Extractor.maxFileBytes + 1)
        #expect(throws: IngestFailure.tooLarge(bytes: Extractor.maxFileBytes + 1, limit: Extractor.maxFileBytes)) {
            try Extractor().extract(data: data, format: .markdown, name: "huge.md")
        }
    }

    @Test func anEmptyMarkdownFileSaysSo() {
        #expect(throws: IngestFailure.empty) { try Fixture.markdown("\n\n") }
    }

    @Test func aPageWithOnlyNavigationSaysWhatWasFound() {
        do {
            _ = try Fixture.html("<html><body><nav>Home · Shop · Help</nav><footer>© Shop</footer></body></html>")
            Issue.record("expected no content")
        } catch {
            #expect(String(describing: error).hasPrefix("no content: the page's only text ("))
            #expect(String(describing: error).hasSuffix("characters) is in navigation and boilerplate, which is not imported: 1 <footer>, 1 <nav>"))
        }
    }

    @Test func aPageWithNoTextAtAllSaysSo() {
        #expect(throws: IngestFailure.noText(found: "the page has no text at all (only 1 <script>)")) {
            try Fixture.html("<html><body><script>track()</script></body></html>")
        }
    }
}
