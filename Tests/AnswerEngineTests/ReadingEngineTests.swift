@testable import AnswerEngine
import Testing

/// How answers read, on the sample workspace: what the reading rules of the selector keep out.
@Suite(.serialized) struct ReadingEngineTests {
    func ask(_ market: String, _ message: String) throws -> String {
        var c = Conversation(market: market)
        return try EngineTests.setup.0.answer(message, in: &c).answer
    }

    @Test func aListOfSeveralMarketsFiguresIsToldForTheCustomersMarket() throws {
        let a = try ask("ES", "Hola! cuanto cuesta el express y otra cosa, hay garantia?")
        #expect(a.contains("7,90 €"))
        #expect(!a.contains("MX$249") && !a.contains("$14.99"), "\(a)")
    }

    @Test func aSentenceAboutThePageAndOneReferringBackAreLeftOut() throws {
        let a = try ask("ES", "¿Cuánto dura la garantía?")
        #expect(!a.contains("Aquí se explica") && !a.contains("Eso no es"), "\(a)")
        #expect(a.contains("Se aplica la garantía legal de conformidad de 2 años"), "\(a)")
    }

    @Test func aFAQsReplyToItsOwnQuestionIsNotQuotedForAnother() throws {
        // "Are returns free?" → "Returns are free in the US, the UK (Evri drop-off), …": no answer to who delivers.
        let a = try ask("GB", "Who delivers your parcels in the UK? Is it Royal Mail?")
        #expect(a.contains("Royal Mail"))
        #expect(!a.contains("Returns are free"), "\(a)")
    }
}
