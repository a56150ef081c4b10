import Testing
@testable import AnswerEngine

/// The classifier's training order is keyed by the examples' content: one new example takes its
/// place and leaves the others' sequence as it was (a seeded shuffle would permute them all).
struct TrainingOrderTests {
    static func vector(_ words: [String]) -> FeatureVector {
        FeatureVector(ids: words.map { FeatureHashing.id(0, $0) }, values: words.map { _ in 1 })
    }

    static let examples: [(FeatureVector, Int)] = (0..<200).map { i in (vector(["w\(i)", "w\(i % 7)", "x\(i % 13)"]), i % 5) }

    @Test func aNewExampleLeavesTheOthersInTheirOrder() {
        let keys = Self.examples.map { SoftmaxRegression.contentKey($0.0, label: $0.1) }
        let added = keys + [SoftmaxRegression.contentKey(Self.vector(["new", "words"]), label: 2)]
        for salt: UInt64 in [4, 4 &+ 0x9E37_79B9_7F4A_7C15] {
            let before = SoftmaxRegression.keyedOrder(keys, salt: salt)
            let after = SoftmaxRegression.keyedOrder(added, salt: salt)
            #expect(after.filter { $0 < keys.count } == before)
            #expect(Set(after) == Set(added.indices))
        }
    }

    @Test func epochsVisitTheExamplesInUnrelatedOrders() {
        let keys = Self.examples.map { SoftmaxRegression.contentKey($0.0, label: $0.1) }
        let first = SoftmaxRegression.keyedOrder(keys, salt: 4)
        let second = SoftmaxRegression.keyedOrder(keys, salt: 4 &+ 0x9E37_79B9_7F4A_7C15)
        #expect(first != second && first != Array(keys.indices))
        // The same content under another class is another example.
        #expect(SoftmaxRegression.contentKey(Self.examples[0].0, label: 0) != SoftmaxRegression.contentKey(Self.examples[0].0, label: 1))
    }

    /// Where the examples sit in the list does not change the model: the order is the content's.
    @Test func theModelDoesNotDependOnTheListsOrder() {
        let a = SoftmaxRegression(examples: Self.examples, classCount: 5)
        let b = SoftmaxRegression(examples: Self.examples.reversed(), classCount: 5)
        let probe = Self.vector(["w3", "x3", "w10"])
        let pa = a.probabilities(probe), pb = b.probabilities(probe)
        #expect(zip(pa, pb).allSatisfy { abs($0 - $1) < 1e-5 })
    }
}
