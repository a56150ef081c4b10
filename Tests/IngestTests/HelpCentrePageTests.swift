import Foundation
import Testing
@testable import Ingest

/// A page saved from a help centre: the article must come out without the site's chrome.
@Suite struct HelpCentrePageTests {
    let doc: ExtractedDocument

    init() throws { doc = try Fixture.extract("helpcentre-returns.html") }

    @Test func dropsNavigationFooterBannerScriptsAndSidebar() {
        let text = doc.text
        for chrome in ["We use cookies", "Shipping menu item", "Sign in", "Search the help centre", "Warranty claims sidebar",
                       "Footer contact line", "dataLayer", "Help Centre ›", "Related articles"] {
            #expect(!text.contains(chrome), "chrome leaked into the content: \(chrome)")
        }
        #expect(text.contains("You can return most items within 30 days of delivery."))
    }

    @Test func readsMetadataTitleAndLanguage() {
        #expect(doc.title == "Returns and refunds")
        #expect(doc.language == "en")
        #expect(doc.metadata.id == "returns")
        #expect(doc.metadata.markets == ["GB", "IE"])
        #expect(doc.metadata.type == "policy")
        #expect(doc.metadata.updated == "2026-10-01")
    }

    @Test func keepsTablesRowByRowWithHeaders() {
        let rows = doc.sections.flatMap(\.blocks).filter { $0.kind == .tableRow }.map(\.text)
        #expect(rows == [
            "Market: GB · Return window: 30 days · Return shipping: Free (Evri drop-off)",
            "Market: IE · Return window: 30 days · Return shipping: Free prepaid label",
        ])
    }

    @Test func buildsHeadingPaths() {
        let paths = doc.sections.map(\.headingPath)
        #expect(paths.contains(["Returns and refunds", "Return windows by market"]))
        #expect(paths.contains(["Returns and refunds", "Common questions", "When will I get my refund?"]))
    }

    @Test func keepsNestedListsWithDepth() {
        let items = doc.sections.flatMap(\.blocks).filter { $0.kind == .listItem }
        #expect(items.map(\.text) == ["Opened hygiene items", "water bottles with mouthpieces", "earplugs", "Personalised items", "Gift cards"])
        #expect(items.map(\.depth) == [0, 1, 1, 0, 0])
    }

    @Test func findsFAQPairsFromEverySource() {
        let byQuestion = Dictionary(doc.faq.map { ($0.question, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byQuestion["How long do I have to return an item?"]?.answer == "You have 30 days from delivery.")
        #expect(byQuestion["How long do I have to return an item?"]?.origin == .jsonLD)
        #expect(byQuestion["Can I exchange an item?"]?.origin == .details)
        #expect(byQuestion["Can I exchange an item?"]?.answer == "There is no direct exchange: return the item and place a new order.")
        #expect(byQuestion["Can I get a refund to a different card?"]?.origin == .definitionList)
        #expect(byQuestion["When will I get my refund?"]?.origin == .heading)
        // A definition that is not a question is not a FAQ pair.
        #expect(byQuestion["Refund method"] == nil)
        #expect(doc.faq.count == 6)
    }

    @Test func collectsContentLinksOnly() {
        #expect(doc.links.map(\.href) == ["/payment"])
    }
}

@Suite struct MainContentTests {
    @Test func textDensityFindsTheArticleWithoutMainOrArticleTags() throws {
        let doc = try Fixture.extract("no-main-density.html")
        #expect(doc.title == "Shipping times")
        #expect(doc.text.contains("Express delivery arrives in one to two business days"))
        #expect(!doc.text.contains("Copyright"))
        #expect(!doc.text.contains("Link one"))
    }

    @Test func pageWithOnlyChromeHasNoContent() {
        // It says what it found: text, but only in navigation and the footer.
        guard case .noText(let found)? = Fixture.failure("empty-page.html") else { Issue.record("expected no content"); return }
        #expect(found.contains("1 <footer>, 1 <nav>"))
    }

    @Test func titleFallsBackToTheCleanedTitleElement() throws {
        let doc = try Fixture.html("<html><head><title>Payment options | Shop Help</title></head><body><p>We accept PayPal and Klarna.</p></body></html>")
        #expect(doc.title == "Payment options")
    }

    @Test func roleMainIsTheRoot() throws {
        let doc = try Fixture.html("""
            <html><body><div class="menu"><p>Menu text that is long enough to look like a paragraph here.</p></div>
            <div role="main"><h1>Invoices</h1><p>Invoices are in your account under Orders.</p></div></body></html>
            """)
        #expect(doc.text == "Invoices are in your account under Orders.")
    }
}

@Suite struct BrokenMarkupTests {
    @Test func recoversListsAndTablesFromUnclosedTags() throws {
        let doc = try Fixture.extract("broken-markup.html")
        #expect(doc.language == "fr")
        let blocks = doc.sections.flatMap(\.blocks)
        #expect(blocks.filter { $0.kind == .listItem }.map(\.text) == ["Colissimo", "Chronopost (express)"])
        #expect(blocks.contains { $0.kind == .tableRow && $0.text == "Option: Standard · Délai: 3–6 jours" })
        #expect(doc.text.contains("Livraison gratuite dès 39 € d'achat."))
    }
}
