import Support
import Foundation
import Orders
import Workspace

/// The engine's own sentences in one language for one market, resolved from kbkit's built-in phrase
/// files and the workspace's overrides (`PhraseBook`): order look-ups, cancellations, questions back
/// to the customer, the agents' availability, the handoff summary's labels and reasons, and the
/// market's voice. Placeholders in braces ({order}, {date}, …) are filled by the composer; amounts and
/// dates arrive already in the market's format. Keys and placeholders: `PhraseKey`.
public struct Phrases: Sendable, Equatable {
    public let language: String
    public private(set) var texts: [PhraseKey: String]

    public init(language: String, texts: [PhraseKey: String]) {
        self.language = language
        self.texts = texts
    }

    public subscript(_ key: PhraseKey) -> String? { texts[key] }

    /// The phrase, or the key itself when no file gives it (only voice keys may be missing: the
    /// built-in English file has every other key, and a test holds it to that).
    func text(_ key: PhraseKey) -> String { texts[key] ?? key.rawValue }

    mutating func apply(_ overrides: [PhraseKey: String]) { texts.merge(overrides) { _, new in new } }

    public var orderLine: String { text(.orderLine) }
    public func status(_ s: OrderStatus) -> String { PhraseKey(rawValue: "status." + s.rawValue).flatMap { texts[$0] } ?? s.rawValue }
    public var shipped: String { text(.shipped) }
    public var eta: String { text(.eta) }
    public var delivered: String { text(.delivered) }
    public var heldAtCustoms: String { text(.heldAtCustoms) }
    public var delayed: String { text(.delayed) }
    public var awaitingPayment: String { text(.awaitingPayment) }
    public var returnLabelSent: String { text(.returnLabelSent) }
    public var returnReceived: String { text(.returnReceived) }
    public var refundIssued: String { text(.refundIssued) }
    public var refundDue: String { text(.refundDue) }
    public var replacementShipped: String { text(.replacementShipped) }
    public var pickupPoint: String { text(.pickupPoint) }
    public var cancelDone: String { text(.cancelDone) }
    public var cancelRefused: String { text(.cancelRefused) }
    public var orderNotFound: String { text(.orderNotFound) }
    public func productWithoutManual(_ product: String) -> String {
        text(.productWithoutManual).replacingExactly("{product}", with: product)
    }
    /// "The manual for PackScale doesn't cover that, …": the named product's manual says nothing of
    /// what is asked.
    public func productNotInManual(_ product: String) -> String {
        text(.productNotInManual).replacingExactly("{product}", with: product)
    }
    /// "The manual for PackScale is only available in English. It says:", the manual's language
    /// named in the answer's.
    public func productManualLanguage(_ product: String, manualLanguage: String, answerLanguage: String) -> String {
        let name = Locale(identifier: answerLanguage).localizedString(forLanguageCode: manualLanguage) ?? manualLanguage
        return text(.productManualLanguage).replacingExactly("{product}", with: product).replacingExactly("{language}", with: name)
    }
    public var greetingReply: String { text(.greetingReply) }
    public var thanksReply: String { text(.thanksReply) }
    public var agentsAvailable: String { text(.agentsAvailable) }
    public var agentsAfterHours: String { text(.agentsAfterHours) }

    /// Asking for the order number, with the store's example number when it has one.
    public func askOrderNumber(example: String?) -> String {
        guard let example, let template = texts[.askOrderNumberExample] else { return text(.askOrderNumber) }
        return template.replacingExactly("{order_example}", with: example)
    }

    /// A handoff-summary label: "title", "market", … "none".
    public func summary(_ name: String) -> String { PhraseKey(rawValue: "summary." + name).flatMap { texts[$0] } ?? name }
    public func reason(_ r: EscalationReason) -> String { PhraseKey(rawValue: "reason." + r.rawValue).flatMap { texts[$0] } ?? r.rawValue }

    /// Every phrase the customer reads, unfilled (not the summary's labels and reasons, not the voice):
    /// lets checks (tests, tone lint) walk a table without naming each key.
    public var customerFacing: [PhraseKey: String] { texts.filter { $0.key.isCustomerFacing } }
}
