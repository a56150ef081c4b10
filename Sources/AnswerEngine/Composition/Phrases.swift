import Orders
/// The engine's own sentences in one language: order look-ups, cancellations, questions back to the
/// customer, and the labels of the handoff summary. Placeholders in braces ({order}, {date}, …) are
/// filled by the composer; amounts and dates arrive already in the market's format.
///
/// Each language's table is written in that language's customer-service voice; where one language
/// serves markets of different registers (Spanish: tú in ES, usted in MX and US), `variants` holds the
/// phrases of the other register, keyed by market.
public struct Phrases: Sendable, Equatable {
    // Order look-ups
    /// "Your order {order} {status}." — {status} is one of `status`.
    public var orderLine: String
    /// Per OrderStatus raw value: a verb phrase completing `orderLine` ("has been shipped").
    public var status: [String: String]
    /// "It was handed to {carrier} on {date}; tracking number {tracking}."
    public var shipped: String
    /// "Estimated delivery: {date}."
    public var eta: String
    /// "It was delivered on {date}."
    public var delivered: String
    /// "The parcel is held at customs; this usually clears within 2–5 business days and we handle it."
    public var heldAtCustoms: String
    /// "The carrier has opened an investigation; we will update you." (delayed / lost)
    public var delayed: String
    /// "Payment is still open until {date}; otherwise the order is cancelled."
    public var awaitingPayment: String
    /// "We sent you the return label on {date}; the refund follows once the return arrives."
    public var returnLabelSent: String
    /// "We received your return on {date}."
    public var returnReceived: String
    /// "A refund of {amount} was issued on {date} to {method}."
    public var refundIssued: String
    /// "A refund of {amount} is on its way, at the latest by {date}."
    public var refundDue: String
    /// "A replacement was shipped on {date}." (a second shipment)
    public var replacementShipped: String
    // Cancellation
    /// "I have cancelled your order {order} free of charge."
    public var cancelDone: String
    /// "Your order {order} {status}, so it can no longer be cancelled. You can return it after delivery."
    public var cancelRefused: String
    // Questions back
    /// "Please give me your order number (MG followed by 8 digits)."
    public var askOrderNumber: String
    /// "I cannot find an order {order}. Please check the number."
    public var orderNotFound: String
    /// Reply to a greeting alone.
    public var greetingReply: String
    /// Reply to thanks.
    public var thanksReply: String
    /// Before the handoff summary's availability line: "Our team is available {hours}." / after hours.
    public var agentsAvailable: String
    public var agentsAfterHours: String
    // Handoff summary (in the language of the market's agents)
    /// Keys: market, language, intent, orders, emotion, wants, answered, reason, none.
    public var summaryLabels: [String: String]
    /// Per escalation reason code: angry, distressed, asked_for_human, chargeback, lawyer, authority,
    /// review, third_contact, vip, two_failures.
    public var reasons: [String: String]
    /// Market id → phrases that differ for that market (same keys as the properties above).
    public var variants: [String: [String: String]]

    public init(orderLine: String, status: [String: String], shipped: String, eta: String, delivered: String, heldAtCustoms: String,
                delayed: String, awaitingPayment: String, returnLabelSent: String, returnReceived: String, refundIssued: String,
                refundDue: String, replacementShipped: String, cancelDone: String, cancelRefused: String, askOrderNumber: String,
                orderNotFound: String, greetingReply: String, thanksReply: String, agentsAvailable: String, agentsAfterHours: String,
                summaryLabels: [String: String], reasons: [String: String], variants: [String: [String: String]] = [:]) {
        self.orderLine = orderLine; self.status = status; self.shipped = shipped; self.eta = eta; self.delivered = delivered
        self.heldAtCustoms = heldAtCustoms; self.delayed = delayed; self.awaitingPayment = awaitingPayment
        self.returnLabelSent = returnLabelSent; self.returnReceived = returnReceived; self.refundIssued = refundIssued
        self.refundDue = refundDue; self.replacementShipped = replacementShipped; self.cancelDone = cancelDone
        self.cancelRefused = cancelRefused; self.askOrderNumber = askOrderNumber; self.orderNotFound = orderNotFound
        self.greetingReply = greetingReply; self.thanksReply = thanksReply; self.agentsAvailable = agentsAvailable
        self.agentsAfterHours = agentsAfterHours; self.summaryLabels = summaryLabels; self.reasons = reasons; self.variants = variants
    }

    /// The phrases of `language` (English where the engine has none), with the market's variants applied.
    public static func forLanguage(_ language: String, market: String? = nil) -> Phrases {
        var p = PhraseTables.all[language] ?? PhraseTables.all["en"]!
        if let market, let v = p.variants[market] { p.apply(v) }
        return p
    }

    public static var languages: [String] { PhraseTables.all.keys.sorted() }

    mutating func apply(_ overrides: [String: String]) {
        for (key, value) in overrides {
            switch key {
            case "orderLine": orderLine = value
            case "shipped": shipped = value
            case "eta": eta = value
            case "delivered": delivered = value
            case "heldAtCustoms": heldAtCustoms = value
            case "delayed": delayed = value
            case "awaitingPayment": awaitingPayment = value
            case "returnLabelSent": returnLabelSent = value
            case "returnReceived": returnReceived = value
            case "refundIssued": refundIssued = value
            case "refundDue": refundDue = value
            case "replacementShipped": replacementShipped = value
            case "cancelDone": cancelDone = value
            case "cancelRefused": cancelRefused = value
            case "askOrderNumber": askOrderNumber = value
            case "orderNotFound": orderNotFound = value
            case "greetingReply": greetingReply = value
            case "thanksReply": thanksReply = value
            case "agentsAvailable": agentsAvailable = value
            case "agentsAfterHours": agentsAfterHours = value
            default:
                if key.hasPrefix("status.") { status[String(key.dropFirst(7))] = value }
            }
        }
    }
}

/// Every language's table: `PhrasesEnglish.swift` and one file per language beside it.
enum PhraseTables {
    static let all: [String: Phrases] = {
        var t: [String: Phrases] = ["en": english]
        for (lang, p) in others { t[lang] = p }
        return t
    }()
}

extension Phrases {
    /// Every phrase the customer reads, keyed as `variants` keys them ("orderLine", "status.shipped", …),
    /// unfilled. The handoff summary's labels and reasons are left out: they are for the agents. Lets
    /// checks (tests, tone lint) walk a table without naming each property.
    public var customerFacing: [String: String] {
        var all: [String: String] = [
            "orderLine": orderLine, "shipped": shipped, "eta": eta, "delivered": delivered, "heldAtCustoms": heldAtCustoms,
            "delayed": delayed, "awaitingPayment": awaitingPayment, "returnLabelSent": returnLabelSent,
            "returnReceived": returnReceived, "refundIssued": refundIssued, "refundDue": refundDue,
            "replacementShipped": replacementShipped, "cancelDone": cancelDone, "cancelRefused": cancelRefused,
            "askOrderNumber": askOrderNumber, "orderNotFound": orderNotFound, "greetingReply": greetingReply,
            "thanksReply": thanksReply, "agentsAvailable": agentsAvailable, "agentsAfterHours": agentsAfterHours,
        ]
        for (key, value) in status { all["status." + key] = value }
        return all
    }
}
