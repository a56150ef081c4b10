import Foundation
import Testing
@testable import Ingest

/// Main-content extraction on pages shaped like real news and blog pages (written for these tests):
/// the article is found by its text, boilerplate goes even inside <main>, and every decision is explained.
@Suite struct ArticleExtractionTests {
    static let prose = "The harbour ferry now runs every twenty minutes, from early morning until late at night, and the city says the timetable will hold through the winter."

    @Test func findsTheArticleByItsTextWithoutHints() throws {
        let doc = try Fixture.html("""
            <html><body>
            <div class="top"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></div>
            <div class="story-body"><h1>Ferry timetable</h1><p>\(Self.prose)</p><p>\(Self.prose)</p><p>\(Self.prose)</p></div>
            <div class="more"><ul><li><a href="/a">Another story with a long headline about the port</a></li><li><a href="/b">A second story with a long headline</a></li></ul></div>
            </body></html>
            """)
        #expect(doc.text.contains("runs every twenty minutes"))
        #expect(!doc.text.contains("Another story"))
        #expect(!doc.text.contains("Weather"))
        let kept = try #require(doc.decisions.first)
        #expect(kept.verdict == .kept && kept.element == "div.story-body")
        #expect(doc.decisions.contains { $0.verdict == .dropped && $0.reason == .outsideArticle && $0.preview.contains("Another story") })
    }

    @Test func elementsWithoutTextAreDroppedButNotListed() throws {
        // Empty ad slots and widget shells used to be listed as "0 chars"; they explain no missing text.
        let doc = try Fixture.html("""
            <html><body><main>
            <h1>Ferry timetable</h1><p>\(Self.prose)</p>
            <div class="tag-widget"><img src="a.png"></div>
            <div class="comments-shell"></div>
            <div class="tag-widget">Filed under harbour, ferries and winter travel</div>
            <p>\(Self.prose)</p>
            </main></body></html>
            """)
        #expect(!doc.decisions.contains { $0.characters == 0 })
        #expect(doc.decisions.filter { $0.element == "div.tag-widget" }.map(\.characters) == [46])
        #expect(!doc.text.contains("Filed under"))
    }

    @Test func dropsShareBarsAndLinkListsInsideMain() throws {
        let doc = try Fixture.html("""
            <html><body><main>
            <h1>Ferry timetable</h1><p>\(Self.prose)</p><p>\(Self.prose)</p>
            <div class="share-tools">Share this on Mastodon or by email</div>
            <div class="tag-widget">Filed under harbour, ferries and winter travel</div>
            <div class="more-links"><a href="/x">Harbour news</a> · <a href="/y">City hall</a> · <a href="/z">Transport</a></div>
            <p>\(Self.prose)</p>
            </main></body></html>
            """)
        #expect(doc.text.contains("runs every twenty minutes"))
        #expect(!doc.text.contains("Mastodon"))
        #expect(!doc.text.contains("City hall"))
        #expect(!doc.text.contains("Filed under"))
        #expect(doc.decisions.contains { $0.element == "div.share-tools" && $0.reason == .chromeWord("share") })
        #expect(doc.decisions.contains { $0.element == "div.tag-widget" && $0.reason == .negativeWord("widget") })
        #expect(doc.decisions.contains { $0.element == "div.more-links" && { if case .linkDense = $0.reason { return true } else { return false } }($0) })
        #expect(doc.decisions.first?.reason == .pageHint("<main>"))
    }

    @Test func commentsAreSetAsideBeforeScoring() throws {
        let comment = "I took this ferry yesterday, and honestly, it was late, crowded, and cold, but the crew was friendly."
        let doc = try Fixture.html("""
            <html><body><div class="post"><p>\(Self.prose)</p><p>\(Self.prose)</p></div>
            <div id="comment-list"><p>\(comment)</p><p>\(comment)</p><p>\(comment)</p><p>\(comment)</p></div></body></html>
            """)
        #expect(doc.text.contains("runs every twenty minutes"))
        #expect(!doc.text.contains("crew was friendly"))
    }

    @Test func aWrapperNamedLikeChromeThatHoldsTheArticleIsKept() throws {
        // Some sites wrap the whole page in a "menu-push" or "modal-root" container.
        let paragraphs = String(repeating: "<p>\(Self.prose)</p>", count: 5)
        let doc = try Fixture.html("<html><body><div class=\"menu-push\"><div class=\"text\">\(paragraphs)</div></div></body></html>")
        #expect(doc.text.contains("runs every twenty minutes"))
        #expect(!doc.decisions.contains { $0.element == "div.menu-push" && $0.verdict == .dropped })
    }

    @Test func chromeDropsAreExplainedWithTheirReason() throws {
        let doc = try Fixture.html("""
            <html><body><nav><a href="/">Home</a> Start here</nav><div class="cookie-notice">We use cookies on this site.</div>
            <article><p>\(Self.prose)</p></article></body></html>
            """)
        #expect(doc.decisions.contains { $0.element == "nav" && $0.reason == .neverContent(tag: "nav") })
        #expect(doc.decisions.contains { $0.element == "div.cookie-notice" && $0.reason == .chromeWord("cookie") })
    }

    @Test func markdownHasNoDecisions() throws {
        let doc = try Fixture.markdown("# Returns\n\nReturn items within 30 days.\n")
        #expect(doc.decisions.isEmpty)
    }
}

@Suite struct PageEvidenceFileTests {
    @Test func theBuiltInFileParsesAndHasEveryKind() {
        let evidence = PageEvidence.builtIn
        for kind in PageEvidence.Kind.allCases { #expect(!(evidence.words[kind] ?? []).isEmpty, "no \(kind.rawValue) words") }
        #expect(evidence.substring(.unlikely, in: "commentlist") == "comment")
        #expect(evidence.part(.chrome, in: "site_nav") == "nav")
        #expect(evidence.part(.chrome, in: "navigator-guide") == nil)
    }

    @Test func aBrokenLineNamesItsLine() {
        #expect(throws: PageEvidence.FormatError.self) { try PageEvidence(tsv: "# header\nchrome\tnav\nsidebar-ish\n") }
        do { _ = try PageEvidence(tsv: "chrome\tnav\nweird\tword\n") } catch { #expect(error.line == 2) }
    }
}
