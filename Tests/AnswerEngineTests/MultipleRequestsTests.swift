import Foundation
import Testing
@testable import AnswerEngine

/// Messages that ask two things: the parts offered as requests, and the engine answering each.
struct RequestSplitterTests {
    let splitter = RequestSplitter.shared

    @Test(arguments: [
        ("Is shipping free, and do you take PayPal?", "en", ["Is shipping free", "and do you take PayPal?"]),
        ("Wie hoch sind die Versandkosten und kann ich mit PayPal zahlen?", "de",
         ["Wie hoch sind die Versandkosten", "und kann ich mit PayPal zahlen?"]),
        ("Where is my order? I ordered it last week.", "en", ["Where is my order?", "I ordered it last week."]),
        ("送料はいくらですか？支払い方法は何がありますか？", "ja", ["送料はいくらですか？", "支払い方法は何がありますか？"]),
        ("退货要多久，还有可以用支付宝吗", "zh", ["退货要多久", "还有可以用支付宝吗"]),
        ("The lantern charges in 3.5 hours", "en", ["The lantern charges in 3.5 hours"]),
        ("Hi!!", "en", ["Hi!!"]),
    ])
    func partsAreSentencesAndClauses(message: String, language: String, expected: [String]) {
        #expect(splitter.parts(message, language: language).map(\.text) == expected)
    }

    @Test(arguments: [
        ("Is shipping free, and do you take PayPal?", "en", [true, true]),
        ("Do you ship to Canada? Can I pay with Klarna?", "en", [true, true]),
        ("Do you ship to Canada? Also, can I pay with Klarna?", "en", [true, true]),
        ("Wie hoch sind die Versandkosten und kann ich mit PayPal zahlen?", "de", [true, true]),
        ("I want to return the lamp. How long do I have?", "en", [false, false]),
        ("I want to return the lamp, how long do I have?", "en", [false, false]),
        ("Ich möchte die Lampe zurückgeben. Wie lange habe ich Zeit?", "de", [false, false]),
        ("This isn't helping. Get me a human.", "en", [false, false]),
        ("Kalau bayarnya COD terus mau retur, refundnya gimana kak?", "id", [false, false]),
    ])
    func aPartAfterAStatementLeansOnIt(message: String, language: String, expected: [Bool]) {
        #expect(splitter.parts(message, language: language).map(\.standsAlone) == expected)
    }

    @Test func aLongMessageOffersAtMostSixParts() {
        let message = (1...20).map { "Question number \($0)?" }.joined(separator: " ")
        #expect(splitter.parts(message, language: "en").count == RequestSplitter.maxParts)
    }

    @Test func theJoinersFileParsesAndAMalformedLineIsNamed() throws {
        #expect(splitter.joiners["en"]?.contains("and") == true)
        #expect(throws: ResourceTable.Malformed(file: "request-joiners.tsv", line: 2, reason: "1 tab-separated fields, expected 2")) {
            try RequestSplitter(tsv: "en\tand\nde und\n")
        }
    }
}

@Suite(.serialized) struct MultipleRequestsEngineTests {
    @Test func twoQuestionsGetTwoAnswersInOrder() throws {
        var c = Conversation(market: "US")
        let a = try EngineTests.setup.0.answer("Is shipping free, and do you take PayPal?", in: &c)
        #expect(a.intent == "shipping.cost")
        let requests = try #require(a.trace.first { $0.step == "requests" })
        #expect(requests.detail.contains("payment.methods"))
        let shipping = try #require(a.answer.range(of: "$49"))
        let paypal = try #require(a.answer.range(of: "PayPal", range: shipping.upperBound..<a.answer.endIndex))
        #expect(shipping.lowerBound < paypal.lowerBound)
        #expect(a.sources.contains { $0.doc == "payment" } && a.sources.contains { $0.doc == "shipping" })
    }

    @Test func twoQuestionsAreAnsweredInTheMessagesOrder() throws {
        var c = Conversation(market: "US")
        let a = try EngineTests.setup.0.answer("Do you take PayPal? And is shipping free?", in: &c)
        let requests = try #require(a.trace.first { $0.step == "requests" })
        #expect(requests.detail.contains("payment.methods") && requests.detail.contains("shipping.cost"), "\(requests.detail)")
        // The request asked first is the one reported, whichever the whole message reads as.
        #expect(a.intent == "payment.methods")
        let paypal = try #require(a.answer.range(of: "PayPal"))
        let shipping = try #require(a.answer.range(of: "$49"))
        #expect(paypal.lowerBound < shipping.lowerBound)
    }

    @Test func oneQuestionInTwoSentencesIsOneRequest() throws {
        var c = Conversation(market: "GB")
        let a = try EngineTests.setup.0.answer("I want to return the lamp. How long do I have?", in: &c)
        let requests = try #require(a.trace.first { $0.step == "requests" })
        #expect(requests.detail.hasPrefix("one request"))
    }
}
