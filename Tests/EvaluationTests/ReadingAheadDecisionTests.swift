import Testing
@testable import Evaluation

/// An evaluation reads the whole KB ahead only when its cases would reach most of it anyway.
struct ReadingAheadDecisionTests {
    @Test(arguments: [
        (924, 1_417, true),       // the sample workspace: every case reads up to eight hits
        (178, 1_417, true),
        (177, 1_417, false),
        (16, 60_000, false),      // a few cases (--cases-per-market) against a large KB
        (0, 0, true),
        (1, 0, true),
    ])
    func readsAheadWhenTheCasesReachTheKB(_ cases: Int, _ chunks: Int, _ ahead: Bool) {
        #expect(EvaluationJob.readsAhead(cases: cases, chunks: chunks) == ahead)
    }
}
