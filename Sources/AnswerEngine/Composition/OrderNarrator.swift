import Support
import Foundation
import Orders
import Workspace

/// Tells an order's state in sentences of the answer language: status, shipment and tracking,
/// delivery estimate, customs or delay, open payment, return and refund — dates and amounts in the
/// market's format.
struct OrderNarrator {
    let phrases: Phrases
    let formatter: MarketFormatter
    /// The store's order settings: payment terms and payment-method names.
    let store: OrderFormats

    func sentences(_ o: OrderRecord) -> [String] {
        var out: [String] = []
        let status = phrases.status(o.status)
        out.append(phrases.orderLine.replacingExactly("{order}", with: o.number).replacingExactly("{status}", with: status))
        for (i, s) in o.shipments.enumerated() {
            if i == 0 {
                if let shipped = s.shippedOn {
                    out.append(phrases.shipped.replacingExactly("{carrier}", with: s.carrier)
                        .replacingExactly("{date}", with: formatter.date(shipped)).replacingExactly("{tracking}", with: s.tracking))
                }
                if let point = s.pickupPoint, s.deliveredOn == nil {
                    out.append(phrases.pickupPoint.replacingExactly("{point}", with: point))
                }
                if let delivered = s.deliveredOn {
                    out.append(phrases.delivered.replacingExactly("{date}", with: formatter.date(delivered)))
                } else if let eta = s.eta, o.status != .heldAtCustoms, o.status != .delayed {
                    out.append(phrases.eta.replacingExactly("{date}", with: formatter.date(eta)))
                }
            } else if let shipped = s.shippedOn {
                out.append(phrases.replacementShipped.replacingExactly("{date}", with: formatter.date(shipped)))
                if let eta = s.eta { out.append(phrases.eta.replacingExactly("{date}", with: formatter.date(eta))) }
            }
        }
        switch o.status {
        case .heldAtCustoms: out.append(phrases.heldAtCustoms)
        case .delayed: out.append(phrases.delayed)
        case .awaitingPayment:
            // An open payment is due a number of days after the order (kbkit.yaml, orders.payment_due_days).
            if let days = store.paymentDueDays, let placed = o.placedOn, let due = Self.adding(days: days, to: placed) {
                out.append(phrases.awaitingPayment.replacingExactly("{date}", with: formatter.date(due)))
            }
        default: break
        }
        for r in o.returns {
            if let label = r.labelSentOn { out.append(phrases.returnLabelSent.replacingExactly("{date}", with: formatter.date(label))) }
            if let received = r.receivedOn { out.append(phrases.returnReceived.replacingExactly("{date}", with: formatter.date(received))) }
        }
        for f in o.refunds {
            let amount = formatter.amount(f.amount)
            if f.status == .issued, let issued = f.issuedOn {
                out.append(phrases.refundIssued.replacingExactly("{amount}", with: amount).replacingExactly("{date}", with: formatter.date(issued))
                    .replacingExactly("{method}", with: paymentMethod(f.method)))
            } else if let due = f.dueBy {
                out.append(phrases.refundDue.replacingExactly("{amount}", with: amount).replacingExactly("{date}", with: formatter.date(due)))
            }
        }
        return out
    }

    /// An ERP payment-method code as customers know it: the store's name for it, kbkit's
    /// (`Resources/payment-methods.tsv`), or the code with spaces ("bank_transfer" → bank transfer).
    func paymentMethod(_ code: String) -> String {
        let key = code.lowercased()
        return store.paymentMethods[key] ?? Self.builtInNames[key] ?? code.replacingExactly("_", with: " ")
    }

    static let builtInNames: [String: String] = {
        var names: [String: String] = [:]
        for line in String(decoding: PackageResources.payment_methods_tsv, as: UTF8.self).split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t")
            if f.count == 2 { names[String(f[0])] = String(f[1]) }
        }
        return names
    }()

    static func adding(days: Int, to d: ISODate) -> ISODate? {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC")!
        guard let date = cal.date(from: DateComponents(year: d.year, month: d.month, day: d.day)),
              let later = cal.date(byAdding: .day, value: days, to: date) else { return nil }
        let c = cal.dateComponents([.year, .month, .day], from: later)
        return ISODate(String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!))
    }
}
