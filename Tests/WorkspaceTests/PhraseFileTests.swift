import Foundation
import Testing
@testable import Workspace

/// `kb/phrases/<lang>.yaml` and a market's voice: any phrase key, flat or nested, per market; unknown
/// keys and placeholders a key does not take fail with file, line and key.
@Suite struct PhraseFileTests {
    func file(_ yaml: String, language: String = "en") throws(WorkspaceError) -> PhraseFile {
        try PhraseFile.load(try YAMLNode.parse(yaml, file: "kb/phrases/\(language).yaml")!, language: language)
    }

    @Test func flatNestedAndMarketKeys() throws {
        let f = try file("""
            greeting_reply: "Hi there!"
            status.shipped: "is on its way"
            status:
              delivered: "has arrived"
            summary: {title: "Summary"}
            markets:
              gb:
                thanks_reply: "Cheers."
            """)
        #expect(f.phrases == [.greetingReply: "Hi there!", .statusShipped: "is on its way", .statusDelivered: "has arrived", .summaryTitle: "Summary"])
        #expect(f.markets == ["GB": [.thanksReply: "Cheers."]])
    }

    @Test func anUnknownKeyNamesFileLineAndKey() {
        #expect(throws: WorkspaceError(file: "kb/phrases/en.yaml", line: 3, field: "status.shiped",
                                       message: "unknown phrase key 'status.shiped' (did you mean 'status.shipped'?); the keys are listed in docs/RESOURCES.md, \"Phrases\"")) {
            try file("greeting_reply: \"Hi\"\nstatus:\n  shiped: \"is on its way\"\n")
        }
        #expect(throws: WorkspaceError.self) { try file("markets:\n  GB:\n    greting_reply: \"Hi\"\n") }
    }

    @Test func aPlaceholderTheKeyDoesNotTakeFails() {
        #expect(throws: WorkspaceError(file: "kb/phrases/en.yaml", line: 2, field: "eta",
                                       message: "'eta' cannot use the placeholder {tracking} (it takes: {date})")) {
            try file("order_line: \"Order {order}: {status}\"\neta: \"Arrives {date}, tracking {tracking}\"\n")
        }
        // Leaving a placeholder out is allowed; braces that are no placeholder are text.
        #expect((try? file("shipped: \"It left on {date}.\"\ngreeting_reply: \"Hi {:)}\"")) != nil)
    }

    @Test func theMarketsVoiceTakesAnyPhraseKey() throws {
        let yaml = LoaderErrorTests.validMarket.replacingOccurrences(of: "other_language: \"Wir antworten auf Deutsch.\"}",
                                                                    with: "other_language: \"Wir antworten auf Deutsch.\", order_line: \"Bestellung {order}: {status}.\"}")
        let m = try Market.load(try YAMLNode.parse(yaml, file: "kb/markets/DE.yaml")!)
        #expect(m.voice["de"]?.phrases[.orderLine] == "Bestellung {order}: {status}.")
        #expect(m.voice["de"]?.phrases[.greeting] == "Guten Tag,")
        let bad = yaml.replacingOccurrences(of: "order_line:", with: "order_lin:")
        #expect(throws: WorkspaceError.self) { try Market.load(try YAMLNode.parse(bad, file: "kb/markets/DE.yaml")!) }
    }

    @Test func afterHoursIsATextOrAMapOfLanguages() throws {
        let one = LoaderErrorTests.validMarket.replacingOccurrences(of: "      close: \"20:00\"\n",
                                                                   with: "      close: \"20:00\"\n  after_hours: \"Wir antworten binnen 12 Stunden.\"\n")
        #expect(try Market.load(try YAMLNode.parse(one, file: "DE.yaml")!).agents.afterHours == ["de": "Wir antworten binnen 12 Stunden."])
        let map = LoaderErrorTests.validMarket.replacingOccurrences(of: "      close: \"20:00\"\n",
                                                                   with: "      close: \"20:00\"\n  after_hours:\n    de: \"Binnen 12 Stunden.\"\n    EN: \"Within 12 hours.\"\n")
        #expect(try Market.load(try YAMLNode.parse(map, file: "DE.yaml")!).agents.afterHours == ["de": "Binnen 12 Stunden.", "en": "Within 12 hours."])
    }

    /// The workspace loader reads kb/phrases/<lang>.yaml by file name, and its errors name the file.
    @Test func theWorkspaceLoadsItsPhraseFiles() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kbkit-phrases-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("kb/phrases"), withIntermediateDirectories: true)
        try "name: Test store\n".write(to: root.appendingPathComponent("kbkit.yaml"), atomically: true, encoding: .utf8)
        let nb = root.appendingPathComponent("kb/phrases/nb.yaml")
        try "greeting_reply: \"Hei! Hva kan jeg hjelpe deg med?\"\n".write(to: nb, atomically: true, encoding: .utf8)
        let content = try WorkspaceContent.load(try Workspace.open(root), evalsets: false)
        #expect(content.phrases["nb"]?.phrases[.greetingReply] == "Hei! Hva kan jeg hjelpe deg med?")

        try "greeting_reply: \"Hei!\"\ntakk_reply: \"Bare hyggelig.\"\n".write(to: nb, atomically: true, encoding: .utf8)
        do {
            _ = try WorkspaceContent.load(try Workspace.open(root), evalsets: false)
            Issue.record("an unknown key loaded")
        } catch let e as WorkspaceError {
            #expect(e.file == "kb/phrases/nb.yaml" && e.line == 2 && e.field == "takk_reply", "\(e)")
        }
    }
}
