/// What a column of a policy table tells, whatever the table's language: the facets an answer is
/// made of. The intent taxonomy's `answer_plan` lists the facets that answer an intent (a cost
/// question gets the cost and the free-shipping threshold, not the carriers); kbkit's column lexicon
/// (AnswerEngine/Resources/reading/columns.tsv) recognises them in a table's header words, and each
/// has a row template per language (the `row.<facet>` phrases). Generic commerce notions only: no
/// store, carrier or promise.
public enum AnswerFacet: String, CaseIterable, Sendable, Hashable, Comparable {
    // Delivery
    case deliveryTime = "delivery_time"
    case expressTime = "express_time"
    case cost
    case freeShippingFrom = "free_shipping_from"
    case expressPrice = "express_price"
    case carrier
    case shipsFrom = "ships_from"
    case redirection
    // Returns
    case returnWindow = "return_window"
    case returnShipping = "return_shipping"
    case refundTime = "refund_time"
    // Payment
    case paymentMethods = "payment_methods"
    case chargedWhen = "charged_when"
    case howItWorks = "how_it_works"
    case notes
    // Customs
    case duties
    case payOnDelivery = "pay_on_delivery"
    case whoPays = "who_pays"
    // Warranty, invoices, order changes
    case cover
    case howToClaim = "how_to_claim"
    case deadline
    case invoice
    case options
    case addressChange = "address_change"
    case cancellation
    // Manuals' troubleshooting tables
    /// Why a symptom happens ("Ursache", "Cause possible").
    case cause
    /// What to do about it ("What to do", "Lösung", "対処方法"): an instruction, told as a sentence of its own.
    case remedy
    /// A column that states the rule itself ("Regelung für Deutschland", "Detalye"): its value is told as it is.
    case rule

    public static func < (a: AnswerFacet, b: AnswerFacet) -> Bool { a.rawValue < b.rawValue }
}
