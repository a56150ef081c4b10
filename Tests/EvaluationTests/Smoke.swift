import Testing
@Test func evaluationBuilds() { #expect(Bool(true)) }
