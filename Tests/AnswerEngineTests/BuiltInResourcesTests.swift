import Foundation
import Testing
import Workspace
@testable import AnswerEngine

/// The data files in Sources/AnswerEngine/Resources (docs/RESOURCES.md): every file parses, a
/// malformed line fails with its file and line, and the engine reads them as it read the Swift
/// literals they replaced.
@Suite struct BuiltInResourcesTests {
    // MARK: Emotion lexicons

    @Test func everyEmotionLexiconParses() throws {
        #expect(EmotionLexicon.files.count == 20)
        for file in EmotionLexicon.files {
            let lexicon = try EmotionLexicon.parse(file.bytes, language: file.language)
            #expect(lexicon.entries.count > 60, "\(file.language): \(lexicon.entries.count) entries")
            // Every category a lexicon needs to read a message at all.
            let categories = Set(lexicon.entries.map(\.category))
            for needed: EmotionCategory in [.anger, .frustration, .negator, .human] {
                #expect(categories.contains(needed), "\(file.language) has no \(needed.rawValue)")
            }
            for e in lexicon.entries {
                let text = e.phrase.hasSuffix("*") ? String(e.phrase.dropLast()) : e.phrase
                #expect(!MessageText.entryWords(text).folded.isEmpty, "\(file.language): '\(e.phrase)' has no word to match")
            }
        }
    }

    @Test func theEnglishLexiconKeepsItsWeightsAndPrefixes() {
        let en = EmotionLexicon.english
        #expect(en.language == "en")
        #expect(en.entries.first == .init(category: .strongAnger, weight: 1, phrase: "furious"))
        #expect(en.entries.contains(.init(category: .distress, weight: 0.5, phrase: "please help")))
        #expect(en.entries.contains(.init(category: .repetition, weight: 0.5, phrase: "again")))
        #expect(en.entries.contains(.init(category: .frustration, weight: 1, phrase: "frustrat*")))
        #expect(en.entries.contains(.init(category: .publicReview, weight: 1, phrase: "trustpilot")))
    }

    /// Real messages, with the cues the Swift lexicons gave them.
    @Test(arguments: [
        ("en", "I'm so frustrated, this is the third time I ask about my refund", ["frustration: frustrat", "repeat: third time"]),
        ("de", "Ich bin total genervt, das ist eine Frechheit", ["anger: frechheit", "frustration: genervt"]),
        ("ja", "本当に腹が立ちます", ["anger: 腹が立"]),
        ("th", "ขอคุยกับเจ้าหน้าที่ค่ะ", []),
    ])
    func messagesReadAsBefore(_ language: String, _ text: String, _ cues: [String]) {
        let reading = UnderstandingFixture.detector.read(text, language: language)
        for cue in cues { #expect(reading.cues.contains(cue), "\(text): \(reading.cues)") }
    }

    @Test func threatsNameTheirEntries() {
        let reading = UnderstandingFixture.detector.read("If this isn't sorted I'll file a chargeback and leave a review on Trustpilot",
                                                         language: "en")
        #expect(Set(reading.threats) == [Threat(kind: .chargeback, cue: "chargeback"), Threat(kind: .publicReview, cue: "leave a review")])
        let de = UnderstandingFixture.detector.read("Dann gehe ich zum Anwalt.", language: "de")
        #expect(de.threats.map(\.kind) == [.legal], "\(de.threats)")
    }

    /// A consultant named in a story asks for nobody; asked for, the consultant is the object.
    @Test func aPolishConsultantInAStoryIsNoRequestForOne() {
        #expect(!UnderstandingFixture.detector.read("Konsultant na czacie odpisał, że mam napisać tutaj.", language: "pl").asksForHuman)
        #expect(UnderstandingFixture.detector.read("Chcę porozmawiać z konsultantem.", language: "pl").asksForHuman)
        #expect(UnderstandingFixture.detector.read("Proszę przekierować mnie do konsultanta.", language: "pl").asksForHuman)
    }

    @Test func aThaiRequestForStaffAsksForAHuman() {
        #expect(UnderstandingFixture.detector.read("ขอคุยกับเจ้าหน้าที่ค่ะ", language: "th").asksForHuman)
        #expect(!UnderstandingFixture.detector.read("พนักงานส่งของมาแล้วค่ะ", language: "th").asksForHuman)
    }

    @Test(arguments: [
        ("anger\t1\n", 1, "2 tab-separated fields, expected 3"),
        ("# header\n\nangry\t1\tmad\n", 3, "unknown category 'angry'"),
        ("anger\t1\tmad\nanger\t2\tcross\n", 2, "weight '2' is not a number in (0, 1]"),
        ("anger\tone\tmad\n", 1, "weight 'one'"),
        ("anger\t1\t\n", 1, "field 3 is empty"),
        ("anger\t1\t mad\n", 1, "field 3 has spaces around it"),
        ("anger\t1\t*\n", 1, "only '*'"),
    ])
    func aMalformedLexiconLineFailsWithItsLine(_ text: String, _ line: Int, _ reason: String) {
        #expect {
            _ = try EmotionLexicon.parse(Array(text.utf8), language: "xx")
        } throws: { error in
            guard let e = error as? ResourceTable.Malformed else { return false }
            return e.file == "emotion_xx.tsv" && e.line == line && e.reason.contains(reason)
        }
    }

    // MARK: Built-in example sets

    static let setNames: Set<String> = [
        "order_status", "order_cancel", "change_address", "refund_status", "shipping_times", "shipping_cost", "customs",
        "returns", "payment_methods", "payment_failed", "invoice", "product_defect", "warranty", "product_usage",
        "human_request", "greeting", "thanks", "out_of_scope",
    ]

    @Test func everyExampleFileParsesWithTheSameSets() throws {
        #expect(Set(BuiltInExampleSets.files.map(\.language)) == ["pt", "ko", "ar", "ru", "uk", "tr", "hi", "ro", "cs", "sv"])
        for file in BuiltInExampleSets.files {
            let sets = try BuiltInExampleSets.parse(file.bytes, language: file.language)
            #expect(Set(sets.keys) == Self.setNames, "\(file.language)")
            #expect(sets.values.allSatisfy { $0.count >= 3 }, "\(file.language)")
            // Store-independent: no order or product number, only the placeholder.
            for m in sets.values.joined() {
                #expect(m.range(of: "[0-9]{4,}|MG[0-9]", options: .regularExpression) == nil, "\(file.language): \(m)")
            }
            #expect(sets["order_status"]!.contains { $0.contains(BuiltInExampleSets.orderNumber) }, "\(file.language)")
        }
    }

    @Test(arguments: [
        ("Order_Status\tOnde está?\n", 1, "set name 'Order_Status'"),
        ("greeting\tOlá\n# c\ngreeting\tOlá\n", 3, "duplicate example"),
        ("order_status\tO pedido {order} chegou?\n", 1, "unknown placeholder"),
        ("greeting\tOlá\tOi\n", 1, "3 tab-separated fields, expected 2"),
    ])
    func aMalformedExampleLineFailsWithItsLine(_ text: String, _ line: Int, _ reason: String) {
        #expect {
            _ = try BuiltInExampleSets.parse(Array(text.utf8), language: "pt")
        } throws: { error in
            guard let e = error as? ResourceTable.Malformed else { return false }
            return e.file == "examples_pt.tsv" && e.line == line && e.reason.contains(reason)
        }
    }

    /// `{order_number}` trains exactly as a number in the store's format did.
    @Test func thePlaceholderReadsAsTheStoresOrderNumber() {
        var featurizer = IntentFeaturizer()
        featurizer.orderNumbers = OrderNumberScanner(format: OrderNumberFormat(format: "MG########", example: "MG10000005"))
        for (lang, withPlaceholder, withNumber) in [
            ("pt", "Meu pedido {order_number} já foi enviado?", "Meu pedido MG10000003 já foi enviado?"),
            ("ko", "{order_number} 발송됐나요?", "MG10000003 발송됐나요?"),
        ] {
            let a = IntentClassifier.trainingFeatures(withPlaceholder, language: lang, featurizer)
            let b = featurizer.features(withNumber, language: lang)
            #expect(a.ids == b.ids && a.values == b.values, "\(withPlaceholder)")
            #expect(a.ids.contains(IntentFeaturizer.orderCue))
        }
    }

    // MARK: examples_from

    /// A store that names its intents its own way: `delivery_time` learns Portuguese and Korean from
    /// the built-in `shipping_times` set because its taxonomy says so.
    static func catalog(deliveryExamplesFrom set: String?) -> IntentCatalog {
        IntentCatalog(intents: [
            IntentDefinition(id: "where_is_it", role: .orderStatus),
            IntentDefinition(id: "delivery_time", exampleSet: set),
            IntentDefinition(id: "send_back", exampleSet: "returns"),
            IntentDefinition(id: "ways_to_pay", exampleSet: "payment_methods"),
            IntentDefinition(id: "a_person", role: .humanRequest),
            IntentDefinition(id: "off_topic", role: .outOfScope),
        ], examples: ["en": [
            "where_is_it": ["Where is my order?", "Has my parcel shipped yet?", "Tracking for my order please"],
            "delivery_time": ["How long does delivery take?", "How many days until it arrives?", "Delivery time to Canada?"],
            "send_back": ["How do I return an item?", "Can I send it back?", "What is your return policy?"],
            "ways_to_pay": ["Which payment methods do you accept?", "Can I pay by card?", "Do you take PayPal?"],
            "a_person": ["I want to talk to a human", "Agent please", "Can I speak to someone?"],
            "off_topic": ["Tell me a joke", "What's the capital of France?", "What's the weather like?"],
        ]])
    }

    @Test func anIntentLearnsTheBuiltInSetItsTaxonomyNames() {
        let classifier = IntentClassifier(catalog: Self.catalog(deliveryExamplesFrom: "shipping_times"))
        #expect(classifier.classify("Quantos dias demora a entrega para o Brasil?", language: "pt").intent == "delivery_time")
        #expect(classifier.classify("배송은 보통 며칠 걸려요?", language: "ko").intent == "delivery_time")
        #expect(classifier.classify("Как вернуть товар?", language: "ru").intent == "send_back")
        #expect(classifier.classify("상담원 연결해 주세요", language: "ko").intent == "a_person")   // by its role
    }

    @Test func withoutExamplesFromTheKoreanQuestionIsNotLearnt() {
        let classifier = IntentClassifier(catalog: Self.catalog(deliveryExamplesFrom: nil))
        #expect(classifier.classify("배송은 보통 며칠 걸려요?", language: "ko").intent != "delivery_time")
    }
}
