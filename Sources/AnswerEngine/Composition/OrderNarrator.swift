import Foundation
import Orders
import Workspace

/// Tells an order's state in sentences of the answer language: status, shipment and tracking,
/// delivery estimate, customs or delay, open payment, return and refund — dates and amounts in the
/// market's format.
struct OrderNarrator {
    let phrases: Phrases
    let formatter: MarketFormatter

    func sentences(_ o: OrderRecord) -> [String] {
        var out: [String] = []
        let status = phrases.status(o.status)
        out.append(phrases.orderLine.replacingOccurrences(of: "{order}", with: o.number).replacingOccurrences(of: "{status}", with: status))
        for (i, s) in o.shipments.enumerated() {
            if i == 0 {
                if let shipped = s.shippedOn {
                    out.append(phrases.shipped.replacingOccurrences(of: "{carrier}", with: s.carrier)
                        .replacingOccurrences(of: "{date}", with: formatter.date(shipped)).replacingOccurrences(of: "{tracking}", with: s.tracking))
                }
                if let delivered = s.deliveredOn {
                    out.append(phrases.delivered.replacingOccurrences(of: "{date}", with: formatter.date(delivered)))
                } else if let eta = s.eta, o.status != .heldAtCustoms, o.status != .delayed {
                    out.append(phrases.eta.replacingOccurrences(of: "{date}", with: formatter.date(eta)))
                }
            } else if let shipped = s.shippedOn {
                out.append(phrases.replacementShipped.replacingOccurrences(of: "{date}", with: formatter.date(shipped)))
                if let eta = s.eta { out.append(phrases.eta.replacingOccurrences(of: "{date}", with: formatter.date(eta))) }
            }
        }
        switch o.status {
        case .heldAtCustoms: out.append(phrases.heldAtCustoms)
        case .delayed: out.append(phrases.delayed)
        case .awaitingPayment:
            // Convenience-store payments are due within 3 days of the order (FACTS.md, JP payment).
            if let placed = o.placedOn, let due = Self.adding(days: 3, to: placed) {
                out.append(phrases.awaitingPayment.replacingOccurrences(of: "{date}", with: formatter.date(due)))
            }
        default: break
        }
        for r in o.returns {
            if let label = r.labelSentOn { out.append(phrases.returnLabelSent.replacingOccurrences(of: "{date}", with: formatter.date(label))) }
            if let received = r.receivedOn { out.append(phrases.returnReceived.replacingOccurrences(of: "{date}", with: formatter.date(received))) }
        }
        for f in o.refunds {
            let amount = formatter.amount(f.amount)
            if f.status == .issued, let issued = f.issuedOn {
                out.append(phrases.refundIssued.replacingOccurrences(of: "{amount}", with: amount).replacingOccurrences(of: "{date}", with: formatter.date(issued))
                    .replacingOccurrences(of: "{method}", with: Self.paymentMethod(f.method)))
            } else if let due = f.dueBy {
                out.append(phrases.refundDue.replacingOccurrences(of: "{amount}", with: amount).replacingOccurrences(of: "{date}", with: formatter.date(due)))
            }
        }
        return out
    }

    /// ERP payment-method codes as customers know them ("visa" → Visa, "bank_transfer" → bank transfer).
    static func paymentMethod(_ code: String) -> String {
        let known = ["visa": "Visa", "mastercard": "Mastercard", "amex": "American Express", "paypal": "PayPal", "apple_pay": "Apple Pay",
                     "klarna": "Klarna", "ideal": "iDEAL", "blik": "BLIK", "fpx": "FPX", "gcash": "GCash", "paynow": "PayNow",
                     "promptpay": "PromptPay", "momo": "MoMo", "gopay": "GoPay", "paypay": "PayPay", "konbini": "konbini"]
        return known[code.lowercased()] ?? code.replacingOccurrences(of: "_", with: " ")
    }

    static func adding(days: Int, to d: ISODate) -> ISODate? {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC")!
        guard let date = cal.date(from: DateComponents(year: d.year, month: d.month, day: d.day)),
              let later = cal.date(byAdding: .day, value: days, to: date) else { return nil }
        let c = cal.dateComponents([.year, .month, .day], from: later)
        return ISODate(String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!))
    }
}
