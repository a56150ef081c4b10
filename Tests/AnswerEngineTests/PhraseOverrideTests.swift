import Foundation
import Testing
@testable import AnswerEngine
import Workspace

/// A workspace's own wording: `kb/phrases/<lang>.yaml` (with its `markets:` section), the market's
/// voice and `agents.after_hours`, over kbkit's built-in phrases; a language kbkit lacks, supplied by
/// the workspace alone.
@Suite(.serialized) struct PhraseOverrideTests {
    static func market(_ id: String) -> Market { EngineTests.setup.2.markets[id]! }

    /// The sample workspace with overrides in German and English, and a Norwegian market whose
    /// phrases come only from the workspace.
    static let engine: AnswerEngine = {
        let (_, ws, sample, retriever) = EngineTests.setup
        var content = sample
        content.phrases["de"] = PhraseFile(language: "de", file: "kb/phrases/de.yaml",
                                           phrases: [.orderLine: "Bestellung {order}: {status}."])
        content.phrases["en"] = PhraseFile(language: "en", file: "kb/phrases/en.yaml", phrases: [:],
                                           markets: ["GB": [.orderLine: "From the file: {order} {status}."]])
        content.markets["GB"]!.voice["en"]!.phrases[.orderLine] = "From the voice: {order} {status}."
        content.phrases["nb"] = PhraseFile(language: "nb", file: "kb/phrases/nb.yaml",
                                           phrases: [.orderLine: "Bestillingen din {order} {status}.", .statusShipped: "er sendt"])
        var norway = sample.markets["GB"]!
        norway.id = "NO"
        norway.languages = ["nb"]
        norway.agents.language = "nb"
        var voice = norway.voice["en"]!
        voice.greeting = "Hei,"
        voice.closing = "Vennlig hilsen kundeservice"
        voice.phrases = [.greeting: voice.greeting, .closing: voice.closing]
        norway.voice = ["nb": voice]
        content.markets["NO"] = norway
        return AnswerEngine(content: content, retriever: retriever, orders: try! EngineSetup.makeOrders(ws), now: EngineSetup.fixedNow(ws))
    }()

    func ask(_ market: String, _ message: String) throws -> EngineAnswer {
        var c = Conversation(market: market)
        return try Self.engine.answer(message, in: &c)
    }

    @Test func theWorkspacesPhraseChangesTheAnswer() throws {
        let before = try EngineTests().ask("DE", "Wo ist meine Bestellung MG10000005?")
        #expect(before.answer.contains("Ihre Bestellung MG10000005"), "\(before.answer)")
        let after = try ask("DE", "Wo ist meine Bestellung MG10000005?")
        #expect(after.answer.contains("Bestellung MG10000005: wurde versandt."), "\(after.answer)")
        #expect(!after.answer.contains("Ihre Bestellung MG10000005"))
    }

    @Test func theMarketsVoiceWinsOverTheWorkspaceFile() throws {
        let gb = try ask("GB", "Where is my order MG10000005?")
        #expect(gb.answer.contains("From the voice: MG10000005 has been shipped."), "\(gb.answer)")
        #expect(!gb.answer.contains("From the file"))
        // The file's GB section is for GB only: the US still reads kbkit's phrase.
        let us = try ask("US", "Where is my order MG10000005?")
        #expect(us.answer.contains("Your order MG10000005 has been shipped."), "\(us.answer)")
    }

    @Test func aLanguageOnlyTheWorkspaceHasIsUsed() throws {
        let a = try ask("NO", "Hei, hvor er bestillingen min MG10000005?")
        #expect(a.answerLanguage == "nb")
        #expect(a.answer.hasPrefix("Hei,"), "\(a.answer)")
        #expect(a.answer.contains("Bestillingen din MG10000005 er sendt."), "\(a.answer)")
        // Keys the file leaves out are said in English.
        #expect(a.answer.contains("the tracking number is"), "\(a.answer)")
    }

    /// The precedence of docs/WORKSPACE.md, "Phrases", one layer at a time.
    @Test func precedence() {
        let ws = PhraseFile(language: "es", file: "kb/phrases/es.yaml", phrases: [.thanksReply: "file", .greetingReply: "file"],
                            markets: ["ES": [.thanksReply: "file ES", .eta: "file ES {date}"]])
        var spain = Self.market("ES")
        spain.voice["es"]!.phrases[.thanksReply] = "voice"
        let book = PhraseBook(workspace: ["es": ws], markets: [spain, Self.market("MX")])
        #expect(book.phrases("es", market: "ES").thanksReply == "voice")
        #expect(book.phrases("es", market: "ES").eta == "file ES {date}")
        #expect(book.phrases("es", market: "ES").greetingReply == "file")
        #expect(book.phrases("es", market: "MX").thanksReply == "file")
        // Built-in market variant over the built-in language: Spain's tú.
        #expect(book.phrases("es", market: "ES").orderLine == "Tu pedido {order} {status}.")
        #expect(book.phrases("es", market: "MX").orderLine == "Su pedido {order} {status}.")
        // The market's voice keys, and borrowed by a market without a voice in that language.
        #expect(book.phrases("es", market: "ES")[.greeting] == spain.voice["es"]!.greeting)
        let withUS = PhraseBook(markets: [Self.market("DE"), Self.market("US")])
        #expect(withUS.phrases("es", market: "DE")[.greeting] == Self.market("US").voice["es"]!.greeting)
        #expect(PhraseBook().phrases("es", market: "DE")[.greeting] == nil)
    }

    /// The after-hours promise is the market's, in the languages it gives; elsewhere kbkit's phrase,
    /// which promises nothing.
    @Test func afterHoursIsTheMarketsPromise() {
        let book = PhraseBook(markets: [Self.market("GB"), Self.market("US")])
        #expect(book.phrases("en", market: "GB").agentsAfterHours.contains("within 12 hours"))
        #expect(book.phrases("es", market: "US").agentsAfterHours.contains("12 horas"))
        #expect(book.phrases("de", market: "GB").agentsAfterHours == PhraseBook().phrases("de").agentsAfterHours)
        #expect(!PhraseBook().phrases("de").agentsAfterHours.contains("12"))
    }
}
