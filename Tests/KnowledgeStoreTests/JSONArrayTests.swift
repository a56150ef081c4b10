import Foundation
import Testing
@testable import KnowledgeStore

@Test func jsonArrayRoundTripsEveryCharacter() throws {
    let values = ["Rücksendung › \"Fristen\"", "a\\b", "line\nbreak\ttab", "\u{1}control", "退款 / 発送", ""]
    let decoded = try JSONDecoder().decode([String].self, from: Data(JSONArray.encode(values).utf8))
    #expect(decoded == values)
    #expect(JSONArray.encode([]) == "[]")
}
