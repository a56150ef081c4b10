/// Every phrase key kbkit knows and the placeholders each may use: the schema of kbkit's built-in
/// phrase files (`Sources/AnswerEngine/Resources/phrases/<lang>.yaml`), of a workspace's
/// `kb/phrases/<lang>.yaml` and of a market's `voice.<lang>` (docs/RESOURCES.md, "Phrases").
/// Only the keys live here; the words are data.
public enum PhraseKey: String, CaseIterable, Sendable, Hashable, Comparable {
    // Order look-ups
    case orderLine = "order_line"
    case statusProcessing = "status.processing"
    case statusAwaitingPayment = "status.awaiting_payment"
    case statusShipped = "status.shipped"
    case statusDelayed = "status.delayed"
    case statusHeldAtCustoms = "status.held_at_customs"
    case statusDelivered = "status.delivered"
    case statusReturnRequested = "status.return_requested"
    case statusReturned = "status.returned"
    case statusRefundInProgress = "status.refund_in_progress"
    case statusCancelled = "status.cancelled"
    case shipped, eta, delivered
    case heldAtCustoms = "held_at_customs"
    case delayed
    case awaitingPayment = "awaiting_payment"
    case returnLabelSent = "return_label_sent"
    case returnReceived = "return_received"
    case refundIssued = "refund_issued"
    case refundDue = "refund_due"
    case replacementShipped = "replacement_shipped"
    /// Where a shipment goes instead of the door (the ERP's `shipments.pickup_point`).
    case pickupPoint = "pickup_point"
    // Cancellation
    case cancelDone = "cancel_done"
    case cancelRefused = "cancel_refused"
    // Questions back, small talk, agents
    case askOrderNumber = "ask_order_number"
    case askOrderNumberExample = "ask_order_number_example"
    case orderNotFound = "order_not_found"
    // Product questions
    case productWithoutManual = "product_without_manual"
    /// A question about a named product whose manual says nothing of what is asked ("How do I use
    /// the scale's tare function?" where the scale has no tare).
    case productNotInManual = "product_not_in_manual"
    /// What the customer's market does not offer, before the options it has ("We don't offer
    /// instalments at the moment."): {concept} is the glossary's preferred term for it.
    case notOffered = "not_offered"
    /// Before the sentences of a named product's manual the KB has only in another language.
    case productManualLanguage = "product_manual_language"
    case greetingReply = "greeting_reply"
    case thanksReply = "thanks_reply"
    case agentsAvailable = "agents_available"
    case agentsAfterHours = "agents_after_hours"
    // Handoff summary labels (in the language of the market's agents)
    case summaryTitle = "summary.title"
    case summaryMarket = "summary.market"
    case summaryLanguage = "summary.language"
    case summaryIntent = "summary.intent"
    case summaryOrders = "summary.orders"
    case summaryEmotion = "summary.emotion"
    case summaryWants = "summary.wants"
    case summaryAnswered = "summary.answered"
    case summaryReason = "summary.reason"
    case summaryNone = "summary.none"
    // Handoff reasons, per escalation reason
    case reasonAngry = "reason.angry"
    case reasonDistressed = "reason.distressed"
    case reasonAskedForHuman = "reason.asked_for_human"
    case reasonChargeback = "reason.chargeback"
    case reasonLawyer = "reason.lawyer"
    case reasonAuthority = "reason.authority"
    case reasonReview = "reason.review"
    case reasonThirdContact = "reason.third_contact"
    case reasonVIP = "reason.vip"
    case reasonTwoFailures = "reason.two_failures"
    // A policy table's row told as a sentence (RowWriter): the frame, the list joiners, the
    // fallback for a column of no known facet, and one clause per answer facet (AnswerFacet).
    case rowSentence = "row.sentence"
    /// The frame of a row about the customer's own market: its facts alone, the market understood.
    case rowOwnMarket = "row.own_market"
    /// The frame of a row whose subject a preposition introduces ("For {subject}, {facts}."): used
    /// when every clause is a phrase; a language without it keeps `row.sentence`.
    case rowWithSubject = "row.with_subject"
    /// The frame of a row whose subject the clauses go on from ("{subject} {facts}.": "Expressversand
    /// kostet 7,90 €."): used when every clause has an `after_subject=` form.
    case rowSubjectFirst = "row.subject_first"
    /// The frame of a troubleshooting row, whose subject is a symptom ("{subject}場合は、{facts}。").
    case rowSymptom = "row.symptom"
    /// A topic row whose value says there is none ("Droits de douane · aucun"): "Pas de {topic}.";
    /// {value} is the cell's word for none.
    case rowNone = "row.none"
    case rowComma = "row.comma"
    case rowAnd = "row.and"
    /// What joins the last clause of a row when a clause has the language's "and" of its own.
    case rowClauseBreak = "row.clause_break"
    /// What stands for a label's colon inside a sentence that already has one ("Échange : pas
    /// d'échange direct – retournez …"): the language's dash.
    case rowDash = "row.dash"
    case rowCell = "row.cell"
    case rowDeliveryTime = "row.delivery_time"
    case rowExpressTime = "row.express_time"
    case rowCost = "row.cost"
    case rowFreeShippingFrom = "row.free_shipping_from"
    case rowExpressPrice = "row.express_price"
    case rowCarrier = "row.carrier"
    case rowShipsFrom = "row.ships_from"
    case rowRedirection = "row.redirection"
    case rowReturnWindow = "row.return_window"
    case rowReturnShipping = "row.return_shipping"
    case rowRefundTime = "row.refund_time"
    case rowPaymentMethods = "row.payment_methods"
    case rowChargedWhen = "row.charged_when"
    case rowHowItWorks = "row.how_it_works"
    case rowNotes = "row.notes"
    case rowDuties = "row.duties"
    case rowPayOnDelivery = "row.pay_on_delivery"
    case rowWhoPays = "row.who_pays"
    case rowCover = "row.cover"
    case rowHowToClaim = "row.how_to_claim"
    case rowDeadline = "row.deadline"
    case rowInvoice = "row.invoice"
    case rowOptions = "row.options"
    case rowAddressChange = "row.address_change"
    case rowCancellation = "row.cancellation"
    case rowRule = "row.rule"
    case rowCause = "row.cause"
    case rowRemedy = "row.remedy"
    // The market's voice: the store's own words, never built in.
    case greeting, closing, empathy, apology
    case notFound = "not_found"
    case handoff
    case otherLanguage = "other_language"

    /// Keys written `group.name`; a file may also nest them (`status: {shipped: …}`).
    public static let groups: Set<String> = ["status", "summary", "reason", "row"]

    /// The placeholders the engine fills in this phrase; a phrase may use any of them, and no other.
    public var placeholders: Set<String> {
        switch self {
        case .orderLine, .cancelRefused: return ["order", "status"]
        case .shipped: return ["carrier", "date", "tracking"]
        case .eta, .delivered, .awaitingPayment, .returnLabelSent, .returnReceived, .replacementShipped: return ["date"]
        case .refundIssued: return ["amount", "date", "method"]
        case .refundDue: return ["amount", "date"]
        case .cancelDone, .orderNotFound: return ["order"]
        case .askOrderNumberExample: return ["order_example"]
        case .agentsAvailable: return ["hours"]
        case .productWithoutManual, .productNotInManual: return ["product"]
        case .notOffered: return ["concept"]
        case .productManualLanguage: return ["product", "language"]
        case .pickupPoint: return ["point"]
        // {Facts}: the facts with a capital when they are a sentence of their own (German after a colon).
        case .rowSentence, .rowWithSubject, .rowSubjectFirst, .rowSymptom: return ["subject", "facts", "Facts"]
        case .rowOwnMarket: return ["facts"]
        case .rowNone: return ["topic", "value"]
        case .rowCell: return ["label", "value"]
        case .rowComma, .rowAnd, .rowDash, .rowClauseBreak: return []
        // {label}: the column's header, where the value alone says nothing of what it is about.
        case _ where rawValue.hasPrefix("row."): return ["value", "label"]
        default: return []
        }
    }

    /// The voice keys: the store's greeting, closing and set lines. kbkit has no built-in text for them.
    public static let voice: [PhraseKey] = [.greeting, .closing, .empathy, .apology, .notFound, .handoff, .otherLanguage]
    public var isVoice: Bool { Self.voice.contains(self) }

    /// Phrases the customer reads (not the handoff summary's labels and reasons, not the voice, not
    /// the row templates, which are parts of a sentence the KB's table fills).
    public var isCustomerFacing: Bool {
        !isVoice && !rawValue.hasPrefix("summary.") && !rawValue.hasPrefix("reason.") && !isRowTemplate
    }

    /// The `row.*` keys: how a policy table's row is told (RowWriter).
    public var isRowTemplate: Bool { rawValue.hasPrefix("row.") }

    /// The clause that tells a column of this facet ("row.<facet>").
    public static func row(_ facet: AnswerFacet) -> PhraseKey { PhraseKey(rawValue: "row." + facet.rawValue)! }

    public static func < (a: PhraseKey, b: PhraseKey) -> Bool { a.rawValue < b.rawValue }
}
