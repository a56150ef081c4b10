import Foundation
import Testing
@testable import KnowledgeStore

@Test func jsonArrayRoundTripsEveryCharacter() throws {
    let values = ["Rücksendung › \"Fristen\"", "a\\b", "line\nbreak\ttab", "\u{1}control", "退款 / 発送", ""]
    let decoded = try JSONDecoder().decode([String].self, from: Data(JSONArray.encode(values).utf8))
    #expect(decoded == values)
    #expect(JSONArray.encode([]) == "[]")
}

@Test func jsonArrayReadsWhatItWritesAndOtherJSON() {
    let values = ["Rücksendung › \"Fristen\"", "a\\b", "line\nbreak\ttab", "\u{1}control", "退款 / 発送", "", "😀"]
    #expect(JSONArray.decode(JSONArray.encode(values)) == values)
    #expect(JSONArray.decode("[]") == [])
    #expect(JSONArray.decode(" [ \"a\" , \"b\\/c\" ] ") == ["a", "b/c"])
    #expect(JSONArray.decode("[\"\\ud83d\\ude00 \\u00e9\"]") == ["😀 é"])
    // Not an array of strings: nil, and the caller falls back to JSONDecoder.
    #expect(JSONArray.decode("[1]") == nil)
    #expect(JSONArray.decode("[\"open") == nil)
    #expect(JSONArray.decode("{}") == nil)
}
