import Orders
import Workspace

/// The engine's ERP step: which order a turn is about, the look-up, a cancellation while the order is
/// processing, and what to tell the customer about it in the answer language.
struct OrderDesk: Sendable {
    let orders: any OrderConnector
    /// The store's order settings (payment terms, payment-method names).
    let store: OrderFormats

    struct Request {
        var definition: IntentDefinition?
        /// Order numbers in this message, and the conversation's current order.
        var mentioned: [String]
        var remembered: String?
        var phrases: Phrases
        var formatter: MarketFormatter
    }

    struct Outcome {
        var actions: [EngineAnswer.Action] = []
        var sentences: [String] = []
        var record: OrderRecord?
        /// The intent needs an order and none is known: the answer asks for its number.
        var askForOrder = false

        var traceNote: String {
            actions.isEmpty ? (askForOrder ? "no order number: ask for it" : "no action")
                : actions.map { "\($0.name)(\($0.args["order"] ?? "")) → \($0.result)\($0.detail.map { " \($0)" } ?? "")" }.joined(separator: "; ")
        }

        /// The customer asked to cancel a known order and it was not cancelled (it has left).
        func refused(_ definition: IntentDefinition?) -> Bool {
            definition?.action == .cancel && record != nil && !actions.contains { $0.name == .cancel && $0.result == .ok }
        }

        /// The ERP's sentences are the whole answer: a status look-up that found the order, or a
        /// cancellation that went through.
        func answers(_ definition: IntentDefinition?) -> Bool {
            guard record != nil else { return false }
            return definition?.role == .orderStatus || actions.contains { $0.name == .cancel && $0.result == .ok }
        }
    }

    /// Small talk, a request for a person and what the store does not answer bring up no earlier order.
    static let notAboutOrders: Set<IntentRole?> = [.greeting, .thanks, .humanRequest, .outOfScope]

    func handle(_ r: Request) throws -> Outcome {
        var out = Outcome()
        let needsOrder = r.definition?.needsOrder == true
        // The order of an earlier turn is looked up again for any request about the store's service
        // ("I'd like to send one back. How long do I have?" after "My order SO-004211 came"): its
        // delivery date, its VIP flag and its contacts matter to the answer and to the handoff.
        let aboutAnOrder = needsOrder || !Self.notAboutOrders.contains(r.definition?.role)
        guard let number = r.mentioned.last ?? (aboutAnOrder ? r.remembered : nil) else {
            out.askForOrder = needsOrder
            return out
        }
        let found = try orders.status(order: number)
        out.actions.append(.init(name: .lookup, args: ["order": number], result: found == nil ? .notFound : .ok,
                                 detail: found.map { $0.status.rawValue }))
        guard let found else {
            out.sentences.append(r.phrases.orderNotFound.replacingOccurrences(of: "{order}", with: number))
            return out
        }
        out.record = found
        if r.definition?.action == .cancel {
            if found.status == .processing {
                let outcome = try orders.cancel(order: number)
                out.actions.append(.init(name: .cancel, args: ["order": number], result: outcome == .cancelled ? .ok : .notCancellable, detail: nil))
                if outcome == .cancelled {
                    out.sentences.append(r.phrases.cancelDone.replacingOccurrences(of: "{order}", with: number))
                    return out
                }
            }
            out.sentences.append(r.phrases.cancelRefused.replacingOccurrences(of: "{order}", with: number)
                .replacingOccurrences(of: "{status}", with: r.phrases.status(found.status)))
            return out
        }
        // A policy question about a known order is answered by the policy; the look-up informs the
        // handoff (VIP, contacts) without retelling the order's status.
        if needsOrder || !r.mentioned.isEmpty {
            out.sentences += OrderNarrator(phrases: r.phrases, formatter: r.formatter, store: store).sentences(found)
        }
        return out
    }
}
