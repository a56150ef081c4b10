import Testing
@Test func answerEngineBuilds() { #expect(Bool(true)) }
