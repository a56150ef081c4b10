import Foundation
import Testing
@testable import Ingest

/// Help-centre exports read as sources: the sample exports in Fixtures/exports are invented for these
/// tests (two made-up shops), in the shapes of the Zendesk Help Center API and the Intercom REST API.
@Suite struct HelpCentreExportTests {
    /// kbkit's tags for the tests: a workspace that knows these languages.
    let languages: Set<String> = ["en", "de", "pt", "zh", "fr", "ja"]

    func read(_ name: String, _ kind: HelpCentreExport.Kind) throws -> ExportReading {
        HelpCentreExport.read(try Data(contentsOf: Fixture.url("exports/\(name)")), kind: kind, languages: languages)
    }

    func problem(_ reading: ExportReading, _ id: String, _ locale: String) -> ExportProblem? {
        reading.problems.first { $0.articleID == id && $0.locale == locale }
    }

    @Test func zendeskArticlesBecomeOneDocumentPerLanguageWithStableIDs() throws {
        let r = try read("help-centre.zendesk.json", .zendesk)
        #expect(r.articles.map(\.documentID) == ["zendesk-4410001", "zendesk-4410001", "zendesk-4410002", "zendesk-4410002"])
        #expect(r.articles.map(\.language) == ["en", "de", "pt", "zh"])
        #expect(r.articles.map(\.locale) == ["en-us", "de", "pt-br", "zh-cn"])
        #expect(r.articles.map(\.anchor) == ["4410001/en-us", "4410001/de", "4410002/pt-br", "4410002/zh-cn"])
    }

    @Test func zendeskMetadataIsKept() throws {
        let tent = try #require(try read("help-centre.zendesk.json", .zendesk).articles.first)
        let m = tent.metadata
        #expect(m.id == "zendesk-4410001")
        #expect(m.title == "Returning a tent")
        #expect(m.language == "en")
        #expect(m.tags == ["returns", "tents"])
        #expect(m.updated == "2026-10-02")
        #expect(m.published == "2026-03-14")
        #expect(m.canonicalURL == "https://help.example-outfitters.test/hc/en-us/articles/4410001-Returning-a-tent")
        #expect(m.extra == ["source": "zendesk", "article_id": "4410001", "locale": "en-us", "section_id": "3300012",
                            "updated_at": "2026-10-02T09:15:00Z"])
    }

    @Test func zendeskDraftsAreSkippedWithAReason() throws {
        let draft = try #require(problem(try read("help-centre.zendesk.json", .zendesk), "4410003", "en-us"))
        #expect(draft.isDraft)
        #expect(draft.description == "article 4410003 (en-us): a draft, not published: skipped")
    }

    @Test func zendeskArticleWithoutBodyAndUnknownLocaleAreReportedAndTheRestRead() throws {
        let r = try read("help-centre.zendesk.json", .zendesk)
        #expect(problem(r, "4410004", "en-us")?.reason == .missingField("body"))
        #expect(problem(r, "4410005", "tlh-qq")?.reason == .unknownLocale("tlh-qq"))
        #expect(problem(r, "4410005", "tlh-qq")?.description.contains("unknown locale 'tlh-qq'") == true)
        #expect(r.problems.count == 3)
        #expect(r.articles.count == 4)
    }

    @Test func aBareArrayIsAPageOfArticles() throws {
        let r = try read("help-centre-page-2.zendesk.json", .zendesk)
        #expect(r.problems.isEmpty)
        #expect(r.articles.map(\.documentID) == ["zendesk-4410006"])
        #expect(r.articles.first?.metadata.extra["section_id"] == "3300014")
    }

    @Test func invalidJSONIsReportedWithLineAndColumn() throws {
        let r = try read("broken.zendesk.json", .zendesk)
        #expect(r.articles.isEmpty)
        let p = try #require(r.problems.first)
        guard case let .invalidJSON(line, column, _) = p.reason else { Issue.record("expected invalid JSON, got \(p.reason)"); return }
        // Line 3 is `    {"id": 1, "title": "Broken" "body": …`: the second string after "Broken" is where it breaks.
        #expect(line == 3)
        #expect(column == 33)
        #expect(p.articleID == nil)
        #expect(p.description.hasPrefix("invalid JSON at line 3, column 33"))
    }

    @Test func jsonOfAnotherShapeIsNotAnExport() {
        let r = HelpCentreExport.read(Data(#"{"theme": "dark"}"#.utf8), kind: .zendesk, languages: languages)
        #expect(r.problems.map(\.reason) == [.notAnExport(expected: ZendeskArticles.expected)])
    }

    @Test func intercomArticlesWithTranslations() throws {
        let r = try read("help-centre.intercom.json", .intercom)
        #expect(r.articles.map(\.documentID) == ["intercom-9120001", "intercom-9120001", "intercom-9120002", "intercom-9120003"])
        #expect(r.articles.map(\.language) == ["en", "fr", "en", "en"])
        let fr = r.articles[1]
        #expect(fr.title == "Réinitialiser votre compteur")
        #expect(fr.metadata.updated == "2026-09-22")             // 1790100000 s
        #expect(fr.metadata.published == "2026-01-01")           // 1767225600 s
        #expect(fr.metadata.canonicalURL == "https://help.example-cycles.test/fr/articles/9120001")
        #expect(fr.metadata.extra["collection_id"] == "55501")
        #expect(fr.metadata.extra["updated_at"] == "2026-09-22T18:00:00Z")
        #expect(r.articles[0].metadata.extra["description"] == "Two buttons, ten seconds")
        #expect(r.articles[2].metadata.extra["collection_id"] == nil)
    }

    @Test func intercomDraftTranslationsAndTranslationsWithoutBodyAreReported() throws {
        let r = try read("help-centre.intercom.json", .intercom)
        #expect(problem(r, "9120001", "ja")?.isDraft == true)
        #expect(problem(r, "9120003", "de")?.reason == .missingField("body"))
        #expect(r.problems.count == 2)
    }

    @Test func exportsAreRecognisedByNameOrByShape() throws {
        #expect(HelpCentreExport.Kind(fileName: "help-centre.zendesk.json") == .zendesk)
        #expect(HelpCentreExport.Kind(fileName: "Articles-2.INTERCOM.json") == .intercom)
        #expect(HelpCentreExport.Kind(fileName: "articles.json") == nil)
        let data = { (name: String) in try Data(contentsOf: Fixture.url("exports/\(name)")) }
        #expect(HelpCentreExport.detect(try data("articles.json")) == .zendesk)
        #expect(HelpCentreExport.detect(try data("help-centre.intercom.json")) == .intercom)
        #expect(HelpCentreExport.detect(try data("settings.json")) == nil)
        #expect(HelpCentreExport.detect(try data("broken.zendesk.json")) == nil)
    }

    @Test func anArticleBodyIsExtractedWithTheExportsTitleAndLanguage() throws {
        let tent = try #require(try read("help-centre.zendesk.json", .zendesk).articles.first)
        let doc = try Extractor().extract(article: tent)
        #expect(doc.title == "Returning a tent")
        #expect(doc.language == "en")
        #expect(doc.metadata.id == "zendesk-4410001")
        #expect(doc.sections.map(\.headingPath) == [[], ["Can I return a tent I have pitched?"]])
        #expect(doc.faq.map(\.question) == ["Can I return a tent I have pitched?"])
        #expect(doc.text.contains("within 45 days of delivery"))
    }

    @Test func fieldsOfTheWrongKindCostTheirArticleOnly() {
        let json = #"""
            [{"id": 1, "title": "Tents", "body": "<p>Dry.</p>", "locale": "en", "draft": "no"},
             {"id": 2, "title": "Bags", "body": 42, "locale": "en"},
             {"title": "No id", "body": "<p>x</p>", "locale": "en"},
             {"id": "3", "title": "Stoves", "body": "<p>Gas only.</p>", "locale": "en"}]
            """#
        let r = HelpCentreExport.read(Data(json.utf8), kind: .zendesk, languages: languages)
        #expect(r.articles.map(\.documentID) == ["zendesk-3"])
        #expect(r.problems.map(\.reason) == [.invalidField("draft", expected: "true or false"),
                                             .invalidField("body", expected: "a string of HTML"), .missingField("id")])
        #expect(r.problems.map(\.anchor) == ["1/en", "2/en", "#3"])
    }

    @Test func oneIntercomArticleOnItsOwnIsAnExportToo() {
        let json = #"{"id": "77", "type": "article", "title": "Lights", "body": "<p>USB-C, two hours.</p>", "state": "published", "default_locale": "de"}"#
        let r = HelpCentreExport.read(Data(json.utf8), kind: .intercom, languages: languages)
        #expect(r.articles.map(\.anchor) == ["77/de"])
        #expect(r.articles.first?.language == "de")
        #expect(HelpCentreExport.detect(Data(json.utf8)) == .intercom)
    }

    @Test func aLocaleMapsToTheLanguageOnlyWhenTheWorkspaceKnowsIt() {
        let locales = ExportLocales(known: ["en", "pt", "zh", "nb"])
        #expect(locales.language(of: "en-US") == "en")
        #expect(locales.language(of: "pt_BR") == "pt")
        #expect(locales.language(of: "zh-cn") == "zh")
        #expect(locales.language(of: "no") == "nb")
        #expect(locales.language(of: "de") == nil)
        #expect(locales.language(of: "english") == nil)
    }
}
