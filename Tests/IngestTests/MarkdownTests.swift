import Foundation
import Testing
@testable import Ingest

@Suite struct MarkdownTests {
    @Test func frontMatterAndGFMGiveTheSameModelAsHTML() throws {
        let doc = try Fixture.extract("gfm-manual.md")
        #expect(doc.format == .markdown)
        #expect(doc.title == "Trailglow 400 camping lantern")
        #expect(doc.language == "en")
        #expect(doc.metadata.id == "manual-trailglow-400")
        #expect(doc.metadata.markets == ["US", "GB"])
        #expect(doc.metadata.type == "manual")
        #expect(doc.metadata.tags == ["manual", "lantern"])
        let rows = doc.sections.flatMap(\.blocks).filter { $0.kind == .tableRow }.map(\.text)
        #expect(rows == ["Feature: Brightness · Value: 400 lumens", "Feature: Charging · Value: USB-C, 3.5 hours",
                         "Feature: Water resistance · Value: IPX4 (splash-proof, not submersible)"])
        let items = doc.sections.flatMap(\.blocks).filter { $0.kind == .listItem }
        #expect(items.map(\.depth) == [0, 0, 1, 1, 0, 0])
        #expect(items[2].text == "Press again to switch modes: white, warm, red.")
        #expect(doc.sections.flatMap(\.blocks).contains { $0.kind == .code && $0.text == "RESET: hold POWER 10 s" })
        #expect(doc.faq.map(\.question) == ["Is the lantern waterproof?"])
        #expect(doc.links.map(\.href) == ["https://example.com/support"])
    }

    /// Inline markup in a list item runs on with its neighbours: no space before the full stop that
    /// follows it, and none inside a Thai phrase, which has no spaces between words.
    @Test func inlineMarkupInAListItemAddsNoSpace() throws {
        let md = "# Steps\n\n1. Open the order and choose **Cancel order**.\n2. ใส่**น้ำอุ่น**และ**น้ำยาล้างจาน 1 หยด**ลงในแก้วปั่น\n3. See [the page](/x), then *wait* a bit.\n"
        let doc = try Extractor().extract(data: Data(md.utf8), format: .markdown, name: "steps.md")
        let items = doc.sections.flatMap(\.blocks).filter { $0.kind == .listItem }.map(\.text)
        #expect(items == ["Open the order and choose Cancel order.", "ใส่น้ำอุ่นและน้ำยาล้างจาน 1 หยดลงในแก้วปั่น",
                          "See the page, then wait a bit."])
    }

    /// Strong emphasis beside Chinese and Japanese punctuation, which CommonMark's flanking rules
    /// leave as "**" text, is emphasis; "**" in code, or without a CJK neighbour, stays as written.
    @Test func strongEmphasisBesideCJKPunctuationIsNoText() throws {
        let md = "# 関税\n\n日本向けのご注文は、すべて**関税込み配送（DDP：Delivered Duty Paid）**でお届けします。\n\n`a**b**c` and 2**3** stay.\n"
        let doc = try Extractor().extract(data: Data(md.utf8), format: .markdown, name: "duties.md")
        let text = doc.sections.flatMap(\.blocks).map(\.text)
        #expect(text.contains("日本向けのご注文は、すべて関税込み配送（DDP：Delivered Duty Paid）でお届けします。"), "\(text)")
        #expect(CJKEmphasis.repaired("<p>すべて**配送（DDP）**で</p>") == "<p>すべて<strong>配送（DDP）</strong>で</p>")
        #expect(CJKEmphasis.repaired("<p><code>a**b**c</code> 2**3**</p>") == "<p><code>a**b**c</code> 2**3**</p>")
        #expect(CJKEmphasis.repaired("<a title=\"**配送**\">x</a>") == "<a title=\"**配送**\">x</a>")
        #expect(!CJKEmphasis.mayNeedRepair("<p>a **b** c, 2**3**</p>") && CJKEmphasis.mayNeedRepair("<p>（x）**で</p>"))
    }

    /// cmark-gfm's extensions share one table of special characters across the process; the
    /// importer converts files on every core at once, and each conversion must still read its own
    /// strikethrough, tables and links (unserialised, this aborted the process or dropped markup).
    @Test func markdownConvertsTheSameOnEveryCoreAtOnce() throws {
        let markdown = try String(contentsOf: Fixture.url("gfm-manual.md"), encoding: .utf8)
            + "\n\nOld price ~~€49~~ now €39, see https://example.com/sale and [the page](/x).\n\n| a | b |\n|---|---|\n| ~~1~~ | 2 |\n"
        let expected = CommonMark.html(fromMarkdown: markdown)
        #expect(expected.contains("<del>€49</del>") && expected.contains("<table>") && expected.contains("<a href=\"https://example.com/sale\">"))
        let runs = 400
        let outputs = ConcurrentResults(count: runs)
        DispatchQueue.concurrentPerform(iterations: runs) { i in outputs.set(i, CommonMark.html(fromMarkdown: markdown)) }
        #expect(outputs.all.filter { $0 != expected }.count == 0)
    }

    @Test func syntaxErrorNamesTheFileLine() {
        guard case .frontMatter(let line, let message)? = Fixture.failure("front-matter-syntax-error.md") else {
            Issue.record("expected a front matter failure"); return
        }
        // The unclosed flow sequence opens on line 4 of the file; YAML notices it on line 5.
        #expect(line == 5 || line == 4)
        #expect(!message.isEmpty)
    }

    @Test func anUnknownTypeIsDroppedWithAWarningNamingFieldAndLine() throws {
        let doc = try Fixture.extract("front-matter-bad-type.md")
        #expect(doc.metadata.type == nil)
        #expect(doc.warnings == [.invalidMetadata(field: "type", line: 5, message: "'brochure' is not one of faq, guide, manual, policy")])
    }

    @Test func unclosedFrontMatter() {
        #expect(Fixture.failure("front-matter-unclosed.md") == .frontMatter(line: 1, message: "the front matter opened with '---' is never closed"))
    }

    @Test func badDateWarnsAndBadMarketRefuses() throws {
        let doc = try Fixture.markdown("---\nid: x\nupdated: yesterday\n---\n# X\nText.")
        #expect(doc.metadata.updated == nil)
        #expect(doc.warnings == [.invalidMetadata(field: "updated", line: 3, message: "'yesterday' is not a date (YYYY-MM-DD)")])
        #expect(throws: IngestFailure.invalidMetadata(field: "markets", line: 2, message: "'Germany' is not a market id (ISO 3166 code such as DE, JP, GB)")) {
            try Fixture.markdown("---\nmarkets: [DE, Germany]\n---\n# X\nText.")
        }
    }

    @Test func frontMatterWithoutBodyHasNoContent() {
        #expect(throws: IngestFailure.noContent) { try Fixture.markdown("---\ntitle: Search\nlayout: search\n---\n") }
    }

    @Test func noFrontMatterIsFine() throws {
        let doc = try Fixture.markdown("# Payment\n\nWe accept **PayPal**.\n")
        #expect(doc.title == "Payment")
        #expect(doc.language == nil)
        #expect(doc.text == "We accept PayPal.")
    }

    @Test func languageTagsAreReducedToPrimary() throws {
        #expect(try Fixture.markdown("---\nlang: zh-Hans\n---\nText").language == "zh")
        #expect(try Fixture.markdown("---\nlang: tl\n---\nText").language == "fil")
    }

    @Test func questionParticlesWithoutMarks() {
        #expect(Questions.isQuestion("返品できますか"))
        #expect(Questions.isQuestion("¿Cuánto tarda el envío"))
        #expect(Questions.isQuestion("Can I return it?"))
        #expect(!Questions.isQuestion("Return policy"))
    }
}

/// Results written by concurrent iterations, each at its own index.
private final class ConcurrentResults: @unchecked Sendable {
    private var values: [String?]
    private let lock = NSLock()
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: String) { lock.withLock { values[i] = value } }
    var all: [String?] { lock.withLock { values } }
}
