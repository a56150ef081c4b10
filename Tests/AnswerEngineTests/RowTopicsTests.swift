import Testing
@testable import AnswerEngine
import Workspace

/// What a table's row is about, read from the taxonomy's answer plans (the sample taxonomy's shape:
/// delivery times and costs share the shipping page, the address change asks for the carrier too).
struct RowTopicsTests {
    static let topics = RowTopics(catalog: IntentCatalog(intents: [
        IntentDefinition(id: "shipping.times", topics: ["shipping", "faq"],
                         answerPlan: [.deliveryTime, .expressTime, .expressPrice, .carrier, .shipsFrom]),
        IntentDefinition(id: "shipping.cost", topics: ["shipping", "faq"], answerPlan: [.freeShippingFrom, .cost, .expressPrice]),
        IntentDefinition(id: "order.change_address", topics: ["order-changes", "shipping"], answerPlan: [.addressChange, .redirection, .carrier]),
        IntentDefinition(id: "returns.policy", topics: ["returns"], answerPlan: [.returnWindow, .returnShipping, .refundTime, .rule]),
        IntentDefinition(id: "product.defect", topics: ["returns"]),
    ], examples: [:]))

    @Test func aMarketTablesColumnsNameItsIntentsBestFirst() throws {
        let row = try #require(Self.topics.topics(document: "shipping", facets: [.deliveryTime, .expressTime, .carrier, .cost]))
        #expect(row.map(\.intent) == ["shipping.times", "shipping.cost", "order.change_address"])
        #expect(row[0].score == 1)
        // The address change shares only the carrier: a third of delivery times' likeness, however
        // many more facets its plan has in common with nothing here.
        #expect(abs(row[2].score - 1.0 / 3) < 1e-9 && row[1].score == row[2].score)
    }

    @Test func aTopicRowsSubjectNamesItsIntent() {
        #expect(Self.topics.topics(document: "returns", facets: [.returnWindow])?.map(\.intent) == ["returns.policy"])
    }

    /// Nothing the plans tell apart: the classifier reads the row instead.
    @Test func aGenericRuleOrAnUnplannedDocumentSaysNothing() {
        #expect(Self.topics.topics(document: "returns", facets: [.rule]) == nil)
        #expect(Self.topics.topics(document: "returns", facets: []) == nil)
        #expect(Self.topics.topics(document: "warranty", facets: [.cover]) == nil)
        #expect(Self.topics.topics(document: "shipping", facets: [.cause]) == nil)
    }
}
