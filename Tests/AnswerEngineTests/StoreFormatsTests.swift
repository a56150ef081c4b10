import Testing
import Workspace
@testable import AnswerEngine

/// Order numbers and tracking numbers of a store whose formats are not the sample store's: the engine
/// knows only what kbkit.yaml says.
@Suite struct StoreFormatsTests {
    func extractor(_ format: String, _ example: String, tracking: [TrackingFormat] = []) -> EntityExtractor {
        EntityExtractor(orders: OrderFormats(number: OrderNumberFormat(format: format, example: example), tracking: tracking))
    }

    @Test(arguments: ["Where is SO-004211?", "where is so-004211", "order SO004211 please", "SO 004 211", "#004211",
                      "注文ＳＯ－００４２１１です", "Bestilling SO-004211, takk"])
    func aHyphenatedFormatIsFoundHoweverItIsTyped(_ text: String) {
        #expect(extractor("SO-######", "SO-004211").extract(text).orderNumbers == ["SO-004211"])
    }

    @Test(arguments: ["SO-00421 is short", "SO-0042111 is long", "XSO-004211", "MG10000005"])
    func notNumbersOfThisStore(_ text: String) {
        #expect(extractor("SO-######", "SO-004211").extract(text).orderNumbers.isEmpty)
    }

    @Test func lettersInsideTheFormat() {
        let e = extractor("####-@@-###", "2026-NO-042")
        #expect(e.extract("my order 2026-no-042 and 2026NO043").orderNumbers == ["2026-NO-042", "2026-NO-043"])
        #expect(e.extract("2026-N0-042").orderNumbers.isEmpty)
    }

    @Test func aStoreWithoutAFormatFindsNoOrderNumbers() {
        #expect(EntityExtractor(orders: OrderFormats()).extract("Where is MG10000005? #10000005").orderNumbers.isEmpty)
    }

    @Test func theStoresCarrierComesBeforeTheBuiltInOnes() {
        let posten = TrackingFormat(carrier: "Posten", pattern: "[A-Z]{2}\\d{9}NO")
        let e = extractor("SO-######", "SO-004211", tracking: [posten]).extract("Sporing LA123456789NO for SO-004211")
        #expect(e.trackingNumbers == [TrackingNumber(number: "LA123456789NO", carrier: "Posten")])
        #expect(e.orderNumbers == ["SO-004211"])
        // Without the store's format the same number is a UPU S10 number of no known post.
        let plain = extractor("SO-######", "SO-004211").extract("Sporing LA123456789NO")
        #expect(plain.trackingNumbers.first?.carrier == nil)
    }

    @Test func theBuiltInCarrierFileHasNoMalformedLine() {
        let tsv = String(decoding: PackageResources.carriers_tsv, as: UTF8.self)
        #expect(BuiltInCarriers.malformedLines(tsv).isEmpty)
        let carriers = BuiltInCarriers(tsv: tsv)
        #expect(carriers.formats.count >= 10 && carriers.postByCountry["GB"] == "Royal Mail" && !carriers.trackingWords.isEmpty)
        #expect(BuiltInCarriers.malformedLines("format\tonly-two").count == 1)
    }
}

/// The conversation rules of `IntentCarryOver`, as a table, on a taxonomy with the store's own ids.
@Suite struct IntentCarryOverTests {
    static let catalog = IntentCatalog(intents: [
        IntentDefinition(id: "parcel", role: .orderStatus, action: .lookup, needsOrder: true),
        IntentDefinition(id: "stop", role: .orderCancel, action: .cancel, needsOrder: true),
        IntentDefinition(id: "money_back", role: .refundStatus, action: .lookup, needsOrder: true, withoutOrder: "returns_info"),
        IntentDefinition(id: "returns_info"),
        IntentDefinition(id: "delivery_info", followUp: true),
        IntentDefinition(id: "hello", role: .greeting),
        IntentDefinition(id: "off_topic", role: .outOfScope, followUp: true),
        IntentDefinition(id: "person", role: .humanRequest, escalate: true),
    ], examples: [:])

    func resolve(_ intent: String, _ confidence: Double, last: String?, order: String?, mentioned: [String] = [], awaiting: Bool = false,
                 asksForHuman: Bool = false) -> (String, [IntentCarryOver.Reason]) {
        let p = IntentPrediction(intent: intent, confidence: confidence, alternatives: [])
        let r = IntentCarryOver(catalog: Self.catalog).resolve(p, .init(lastIntent: last, currentOrder: order, mentionedOrders: mentioned,
                                                                        awaiting: awaiting, asksForHuman: asksForHuman))
        return (r.prediction.intent, r.reasons)
    }

    @Test func theRules() {
        // A vague question about the conversation's order continues its intent.
        #expect(resolve("delivery_info", 0.9, last: "parcel", order: "A1") == ("parcel", [.followUp(order: "A1")]))
        #expect(resolve("parcel", 0.9, last: "money_back", order: "A1") == ("money_back", [.followUp(order: "A1")]))
        // …but not a status question after a cancellation, and not a new order number.
        #expect(resolve("parcel", 0.9, last: "stop", order: "A1") == ("parcel", [.asClassified]))
        #expect(resolve("delivery_info", 0.9, last: "parcel", order: "A1", mentioned: ["A2"]) == ("delivery_info", [.asClassified]))
        // An unclear turn continues; a greeting is not continued.
        #expect(resolve("off_topic", 0.3, last: "returns_info", order: nil) == ("returns_info", [.continued]))
        #expect(resolve("off_topic", 0.3, last: "hello", order: nil) == ("off_topic", [.asClassified]))
        // An order number alone is a status question.
        #expect(resolve("hello", 0.8, last: nil, order: nil, mentioned: ["A1"]) == ("parcel", [.orderNumberAlone]))
        // A refund question with no order anywhere is the returns policy.
        #expect(resolve("money_back", 0.9, last: nil, order: nil) == ("returns_info", [.withoutOrder(asked: "money_back")]))
        #expect(resolve("money_back", 0.9, last: nil, order: nil, mentioned: ["A1"]) == ("money_back", [.asClassified]))
        // …unless the customer says they are still waiting for it: that is their case, its order asked for.
        #expect(resolve("money_back", 0.9, last: nil, order: nil, awaiting: true) == ("money_back", [.asClassified]))
        // A request for a person the classifier is unsure of, in no words of the message, is none.
        #expect(resolve("person", 0.35, last: nil, order: nil) == ("off_topic", [.unsureHumanRequest(confidence: 0.35)]))
        #expect(resolve("person", 0.35, last: nil, order: nil, asksForHuman: true) == ("person", [.asClassified]))
        #expect(resolve("person", 0.8, last: nil, order: nil) == ("person", [.asClassified]))
    }
}
