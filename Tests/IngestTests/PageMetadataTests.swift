import Foundation
import Testing
@testable import Ingest

/// Canonical URL, published and modified dates, and breadcrumbs as the section path, from small pages
/// written for these tests.
@Suite struct PageMetadataTests {
    static let body = "<main><h1>Returning a tent</h1><p>You can return an unused tent within 45 days of delivery, in its bag.</p></main>"

    func page(head: String, body: String = body) throws -> DocumentMetadata {
        try Fixture.html("<html lang=en><head><title>Returning a tent | Help</title>\(head)</head><body>\(body)</body></html>").metadata
    }

    @Test func canonicalLinkWinsOverOpenGraph() throws {
        let m = try page(head: "<meta property='og:url' content='https://example.test/og'><link rel='canonical' href='https://example.test/returns/tent'>")
        #expect(m.canonicalURL == "https://example.test/returns/tent")
        #expect(try page(head: "<meta property='og:url' content='https://example.test/og'>").canonicalURL == "https://example.test/og")
        #expect(try page(head: "<link rel='alternate' href='https://example.test/de'>").canonicalURL == nil)
    }

    @Test func datesFromArticleMetaTags() throws {
        let m = try page(head: """
            <meta property="article:published_time" content="2026-03-14T08:00:00+01:00">
            <meta property="article:modified_time" content="2026-10-02T09:15:00Z">
            """)
        #expect(m.published == "2026-03-14")
        #expect(m.modified == "2026-10-02")
    }

    @Test func datesFromJSONLDInAGraph() throws {
        let m = try page(head: """
            <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "Help"},
              {"@type": "Article", "headline": "Returning a tent", "datePublished": "2025-12-01", "dateModified": "2026-01-05T10:00:00Z"}]}
            </script>
            """)
        #expect(m.published == "2025-12-01")
        #expect(m.modified == "2026-01-05")
    }

    @Test func dateFromATimeElementWhenNothingElseSaysIt() throws {
        let body = """
            <main><h1>Returning a tent</h1><p>Posted <time datetime="2026-02-02">2 February</time>.
            You can return an unused tent within 45 days of delivery.</p>
            <p>Updated <time itemprop="dateModified" datetime="2026-04-04">4 April</time>.</p></main>
            """
        let m = try page(head: "", body: body)
        #expect(m.published == "2026-02-02")
        #expect(m.modified == "2026-04-04")
        // A bad date is left out rather than guessed.
        #expect(try page(head: "<meta property='article:published_time' content='last Tuesday'>").published == nil)
    }

    @Test func breadcrumbsFromJSONLDInPositionOrderWithoutThePageItself() throws {
        let m = try page(head: """
            <script type="application/ld+json">{"@type": "BreadcrumbList", "itemListElement": [
              {"@type": "ListItem", "position": 2, "name": "Returns", "item": "https://example.test/returns"},
              {"@type": "ListItem", "position": 1, "name": "Help Centre", "item": "https://example.test/"},
              {"@type": "ListItem", "position": 3, "item": {"@id": "https://example.test/returns/tent", "name": "Returning a tent"}}]}
            </script>
            """)
        #expect(m.sectionPath == ["Help Centre", "Returns"])
    }

    @Test func breadcrumbsFromANavigationTrailAlthoughTheTrailIsNotImported() throws {
        let body = """
            <nav aria-label="Breadcrumb"><ol><li><a href="/">Help Centre</a> ›</li><li><a href="/returns">Returns &amp; refunds</a> ›</li>
            <li aria-current="page">Returning a tent</li></ol></nav>
            \(Self.body)
            """
        let doc = try Fixture.html("<html lang=en><head><title>Returning a tent</title></head><body>\(body)</body></html>")
        #expect(doc.metadata.sectionPath == ["Help Centre", "Returns & refunds"])
        #expect(!doc.text.contains("Help Centre"), "the trail itself stays out of the text")
        let list = "<ul class='breadcrumbs'><li><a href='/'>Home</a></li><li><a href='/care'>Care</a></li></ul>" + Self.body
        #expect(try page(head: "", body: list).sectionPath == ["Home", "Care"])
    }

    @Test func aPageThatSaysNothingHasNoPageMetadataAndStoresWhatItStoredBefore() throws {
        let m = try page(head: "")
        #expect(m.canonicalURL == nil && m.published == nil && m.modified == nil && m.sectionPath.isEmpty)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(m), as: UTF8.self)
        #expect(!json.contains("canonical_url") && !json.contains("section_path") && !json.contains("published"))
    }

    @Test func frontMatterAndExportsComeFirst() throws {
        var preset = DocumentMetadata()
        preset.canonicalURL = "https://help.example.test/articles/1"
        let article = ExportedArticle(source: .zendesk, articleID: "1", locale: "en-us", language: "en", title: "Tents",
                                      bodyHTML: "<p>Pitch it dry.</p><link rel=canonical href='https://elsewhere.test/'>", metadata: preset)
        #expect(try Extractor().extract(article: article).metadata.canonicalURL == "https://help.example.test/articles/1")
    }
}
