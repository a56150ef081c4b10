@testable import AnswerEngine
import Linguistics
import Testing
@testable import Workspace

/// The parts of the intent method that are not the sample workspace: glossary concepts as
/// features, temperature scaling, training on a catalog alone.
@Suite struct IntentMethodTests {
    static let glossary = Glossary(concepts: [
        Glossary.Concept(id: "invoice", description: "", terms: ["en": ["invoice", "bill", "tax receipt"], "de": ["Rechnung", "Beleg"]]),
        Glossary.Concept(id: "refund", description: "", terms: ["en": ["refund", "money back"], "de": ["Rückerstattung"]]),
        Glossary.Concept(id: "delivery", description: "", terms: ["en": ["delivery", "shipping"], "pl": ["dostawa", "wysyłka"]]),
        Glossary.Concept(id: "oxxo", description: "", terms: ["en": ["OXXO Pay"], "es": ["pago en efectivo en OXXO"]]),
        Glossary.Concept(id: "free-shipping", description: "", terms: ["en": ["free shipping"], "vi": ["miễn phí vận chuyển"]]),
    ])

    @Test func glossaryTermsBecomeTheirConcept() {
        let concepts = IntentConcepts(glossary: Self.glossary)
        let en = Analyzer(language: "en")
        #expect(concepts.concepts(in: en.tokens("Could you send me the bills?"), language: "en") == ["invoice"])
        // Several words in a row; the same words apart are not the term.
        #expect(concepts.concepts(in: en.tokens("I need a tax receipt"), language: "en") == ["invoice"])
        #expect(concepts.concepts(in: en.tokens("tax on my receipt"), language: "en").isEmpty)
        #expect(concepts.concepts(in: en.tokens("I want my money back"), language: "en") == ["refund"])
        // German terms in German, and the English ones a German customer mixes in.
        let de = Analyzer(language: "de")
        #expect(concepts.concepts(in: de.tokens("Wo ist meine Rechnung?"), language: "de") == ["invoice"])
        #expect(concepts.concepts(in: de.tokens("wo bleibt mein refund"), language: "de") == ["refund"])
        #expect(concepts.concepts(in: en.tokens("where is my parcel"), language: "en").isEmpty)
        #expect(IntentConcepts.empty.concepts(in: en.tokens("bill"), language: "en").isEmpty)
        // An English term as the message's language stems it ("delivery" is not stemmed the English
        // way in Polish).
        let pl = Analyzer(language: "pl")
        #expect(concepts.concepts(in: pl.tokens("Ile trwa standard delivery do Krakowa?"), language: "pl") == ["delivery"])
        // A term's stop words stand between its words in the message too, and only those.
        let es = Analyzer(language: "es")
        #expect(concepts.concepts(in: es.tokens("¿Es posible pagar en efectivo en OXXO?"), language: "es") == ["oxxo"])
        #expect(concepts.concepts(in: es.tokens("pagar en efectivo o con tarjeta en OXXO"), language: "es").isEmpty)
        // Vietnamese words keep their spelling beside their folded form: a term of several words is
        // read across them, with diacritics or without.
        let vi = Analyzer(language: "vi")
        #expect(concepts.concepts(in: vi.tokens("đơn bao nhiêu thì được miễn phí vận chuyển vậy shop"), language: "vi") == ["free-shipping"])
        #expect(concepts.concepts(in: vi.tokens("don bao nhieu thi duoc mien phi van chuyen"), language: "vi") == ["free-shipping"])
    }

    /// A concept learnt in one wording reaches another: with concepts on, "bill" reads like the
    /// "invoice" the examples use; without them the model has never seen the word.
    @Test func conceptsCarryAWordTheExamplesNeverUse() {
        let catalog = IntentCatalog(intents: [
            IntentDefinition(id: "invoice"),
            IntentDefinition(id: "refund"),
            IntentDefinition(id: "where", role: .orderStatus),
            IntentDefinition(id: "person", role: .humanRequest),
            IntentDefinition(id: "none", role: .outOfScope),
        ], examples: ["en": [
            "invoice": ["I need an invoice", "send the invoice please", "invoice for my order"],
            "refund": ["where is my refund", "refund please", "I am waiting for a refund"],
            "where": ["where is my order", "has my order shipped", "when does my order arrive"],
            "person": ["talk to a human", "agent please", "a real person"],
            "none": ["tell me a joke", "what is the weather", "who are you"],
        ]])
        var tuning = IntentClassifier.Tuning()
        tuning.features.concepts = 1
        let with = IntentClassifier(catalog: catalog, glossary: Self.glossary, threshold: 0, tuning: tuning, builtInExamples: false)
        #expect(with.classify("bill", language: "en").intent == "invoice")
        let without = IntentClassifier(catalog: catalog, glossary: .empty, threshold: 0, tuning: tuning, builtInExamples: false)
        #expect(without.classify("bill", language: "en").alternatives.first?.intent != "invoice"
                || without.classify("bill", language: "en").confidence < with.classify("bill", language: "en").confidence)
    }

    @Test func temperatureSoftensWithoutChangingTheAnswer() {
        var classifier = UnderstandingFixture.classifier
        let sure = classifier.classify("How long does standard delivery take to Mexico?", language: "en")
        classifier.temperature = 3
        let softer = classifier.classify("How long does standard delivery take to Mexico?", language: "en")
        #expect(softer.alternatives.map(\.intent) == sure.alternatives.map(\.intent))
        #expect(softer.confidence < sure.confidence)
        #expect(softer.confidence > 1 / Double(classifier.intents.count))
    }

    /// Without the built-in example sets the model knows only the catalog's language and intents.
    @Test func builtInExamplesCanBeLeftOut() {
        var catalog = UnderstandingFixture.content.intents
        catalog.examples = catalog.examples.filter { $0.key == "en" }
        let alone = IntentClassifier(catalog: catalog, builtInExamples: false)
        let withSets = IntentClassifier(catalog: catalog)
        #expect(alone.trainedLanguages == ["en"])
        // Korean is only in the built-in sets: left out, the model has nothing for it.
        let korean = "배송비는 얼마인가요?"
        #expect(withSets.classify(korean, language: "ko").intent == "shipping.cost")
        #expect(withSets.classify(korean, language: "ko").confidence > alone.classify(korean, language: "ko").confidence)
    }
}
