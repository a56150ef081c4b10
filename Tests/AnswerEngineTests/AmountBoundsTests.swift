@testable import AnswerEngine
import Foundation
import Testing

/// Amounts written with a bound, read as ranges: a rule keyed on an amount answers only a customer
/// whose amount lies in its range.
struct AmountBoundsTests {
    let bounds = AmountBounds.builtin

    @Test(arguments: [
        ("United Kingdom (GB), orders up to £135.00", "en", AmountBounds.Bound.upTo, "GBP", 135),
        ("Orders over £135.00", "en", .over, "GBP", 135),
        ("my basket comes to more than £135", "en", .over, "GBP", 135),
        ("Standardversand ist kostenlos ab 39 € Bestellwert", "de", .from, "EUR", 39),
        ("livraison offerte à partir de 39 €", "fr", .from, "EUR", 39),
        ("¥5,000以上のご注文で無料", "ja", .from, "JPY", 5000),
        ("percuma untuk pesanan RM120.00 dan ke atas", "ms", .from, "MYR", 120),
        ("ฟรี เมื่อสั่งซื้อครบ ฿990", "th", .from, "THB", 990),
    ])
    func aBoundBeforeOrAfterTheAmountIsRead(text: String, language: String, bound: AmountBounds.Bound, currency: String, value: Int) {
        #expect(bounds.stated(in: text, language: language) == [AmountBounds.Stated(value: Decimal(value), currency: currency, bound: bound)])
    }

    @Test func aWordEndingInABoundsLettersIsNoBound() {
        // "clover" ends in "over"; "Standard" has no bound at all.
        #expect(bounds.stated(in: "a clover £5 badge", language: "en").first?.bound == nil)
        #expect(bounds.stated(in: "Standard £4.99", language: "en").first?.bound == nil)
    }

    @Test func onlyAnAmountWrittenWithABoundOrAsTheOrdersTotalIsTheCustomers() {
        // "£38 in import charges" is a charge, not what the order came to.
        #expect(bounds.customer("I had to pay £38 in import charges", language: "en").isEmpty)
        #expect(bounds.customer("my order is over £135", language: "en").count == 1)
        #expect(bounds.customer("five lanterns, which comes to about £175 in my basket", language: "en")
                == [AmountBounds.Stated(value: 175, currency: "GBP", bound: .total)])
        #expect(bounds.customer("Ich habe 45 € im Warenkorb", language: "de").first?.bound == .total)
    }

    /// A total is the amount itself: the rules whose range holds it are the customer's.
    @Test(arguments: [
        ("United Kingdom (GB), orders up to £135.00", true),
        ("United Kingdom (GB), orders over £135.00", false),
    ])
    func aTotalChoosesTheRuleWhoseRangeHoldsIt(subject: String, excluded: Bool) {
        let customer = bounds.customer("my basket comes to £175", language: "en")
        #expect(bounds.excludes(subject: subject, customer: customer, language: "en") == excluded)
    }

    /// The total may be in another sentence than the question a request asks.
    @Test func aTotalInAnotherSentenceChoosesTheRuleOfTheQuestionAfterIt() throws {
        let a = try EngineTests().ask("GB", "I'm after five lanterns, which comes to about £175 in my basket. Will there be anything extra to "
                                      + "pay when the parcel turns up? And can I split the payment with Clearpay?")
        #expect(a.answer.contains("over £135.00") && a.answer.contains("Clearpay"), "\(a.answer)")
        #expect(!a.answer.contains("up to £135.00"), "\(a.answer)")
    }

    @Test(arguments: [
        // subject, customer's message, excluded
        ("United Kingdom (GB), orders up to £135.00", "my basket is more than £135", true),
        ("United Kingdom (GB), orders over £135.00", "my basket is more than £135", false),
        ("Orders up to £135.00", "it's under £100", false),
        ("Orders over £135.00", "it's under £100", true),
        ("Orders over £135.00", "at least £135", false),    // £135 or more holds £135.01
        ("Orders up to £135.00", "at least £135", false),   // and £135 itself
        ("Orders up to £135.00", "more than €200", false),  // another currency says nothing of it
        ("Standard", "more than £135", false),              // a rule not keyed on an amount
    ])
    func aRuleOutsideTheCustomersAmountIsNotTheirs(subject: String, message: String, excluded: Bool) {
        let customer = bounds.customer(message, language: "en")
        #expect(bounds.excludes(subject: subject, customer: customer, language: "en") == excluded)
    }

    @Test func theCustomersAmountChoosesTheMarketsRule() throws {
        let a = try EngineTests().ask("GB", "My order comes to more than £135, will I have to pay anything when it arrives?")
        #expect(a.answer.contains("over £135.00") && a.answer.contains("import VAT"))
        #expect(!a.answer.contains("up to £135.00"))
    }

    @Test func theFileParsesAndAMalformedLineIsNamed() {
        #expect(bounds.entries["en"]?.contains { $0.words == "more than" && $0.bound == .over } == true)
        #expect(throws: ResourceTable.Malformed(file: "amount-bounds.tsv", line: 2, reason: "unknown bound 'beyond' (up_to, below, over, from, total)")) {
            try AmountBounds(Array("en\tover\tbefore\tover\nen\tbeyond\tbefore\tbeyond\n".utf8), file: "amount-bounds.tsv")
        }
    }
}
