import Foundation
import KnowledgeStore
import Testing
@testable import AnswerEngine

/// Bounded work: an empty or oversized message is refused with a clear error, and a long message is
/// answered with a bounded search.
@Suite(.serialized) struct MessageLimitTests {
    func ask(_ message: String) throws -> EngineAnswer {
        var c = Conversation(market: "US")
        return try EngineTests.setup.0.answer(message, in: &c)
    }

    @Test func anEmptyMessageIsRefused() {
        #expect(throws: EngineError.emptyMessage) { try ask(" \n\t \n") }
    }

    @Test func aMessageOverTheLimitIsRefused() {
        let long = String(repeating: "where is my parcel ", count: AnswerEngine.maxMessageCharacters / 19 + 1)
        #expect(throws: EngineError.messageTooLong(long.count, limit: AnswerEngine.maxMessageCharacters)) { try ask(long) }
    }

    @Test func aLongThreadWithinTheLimitIsAnsweredFromABoundedSearch() throws {
        // A pasted thread: the request first, then hundreds of distinct words of quoted mail.
        var thread = "How many days do I have to return an item? "
        var n = 0
        while thread.count < AnswerEngine.maxMessageCharacters - 20 { thread += "word\(n) "; n += 1 }
        let a = try ask(thread)
        #expect(a.answer.contains("30 days"))
        let query = try EngineTests.setup.3.retrieve(SearchQuery(text: thread, languages: ["en"], market: "US", limit: 8))
        #expect(query.queries.first.map { $0.terms.count > Searcher.maxQueryTerms } == true)
        #expect(Searcher.bounded(query.queries.first!.terms).count == Searcher.maxQueryTerms)
    }

    @Test func repeatedTermsStayAsQueryTermFrequency() {
        #expect(Searcher.bounded(["return", "window", "return", "day"]) == ["return", "window", "return", "day"])
        #expect(Searcher.bounded(Array(repeating: "return", count: 1000)).count == Searcher.maxQueryTerms)
    }
}
