import Foundation
import Workspace

/// Pulls order numbers, tracking numbers, e-mail addresses, amounts and dates out of a customer
/// message. Pure; each kind of entity claims its text so that the digits of an order or tracking
/// number are never read again as an amount or a date. The store's formats come from `kbkit.yaml`.
public struct EntityExtractor: Sendable {
    public let orderNumbers: OrderNumberScanner
    public let tracking: TrackingFormats

    public init(orders: OrderFormats) {
        orderNumbers = OrderNumberScanner(format: orders.number)
        tracking = TrackingFormats(store: orders.tracking)
    }

    public func extract(_ text: String) -> Entities {
        extract(text, monthFirstDates: false)
    }

    /// `monthFirstDates`: read "11/21" as November 21 (the market writes dates month first)
    /// instead of day first.
    public func extract(_ text: String, monthFirstDates: Bool) -> Entities {
        let scalars = OrderNumberScanner.widthFolded(text)
        var folded = ""
        folded.unicodeScalars.append(contentsOf: scalars)
        let ns = folded as NSString
        let whole = NSRange(location: 0, length: ns.length)
        var claimed: [NSRange] = []
        var entities = Entities()

        func free(_ r: NSRange) -> Bool { !claimed.contains { NSIntersectionRange($0, r).length > 0 } }

        for m in (scalars.contains("@") ? Self.emailRegex.matches(in: folded, range: whole) : []) where free(m.range) {
            claimed.append(m.range)
            entities.emails.append(ns.substring(with: m.range))
        }

        let utf16Offsets = Self.utf16Offsets(of: scalars)
        for hit in orderNumbers.scan(scalars: scalars) {
            let range = NSRange(location: utf16Offsets[hit.start], length: utf16Offsets[hit.end] - utf16Offsets[hit.start])
            guard free(range) else { continue }
            claimed.append(range)
            if !entities.orderNumbers.contains(hit.number) { entities.orderNumbers.append(hit.number) }
        }

        // Everything below needs digits; most messages have none besides an order number.
        let digitsLeft = scalars.indices.contains { i in
            OrderNumberScanner.isDigit(scalars[i]) && free(NSRange(location: utf16Offsets[i], length: 1))
        }
        guard digitsLeft else { return entities }

        let upper = folded.uppercased()
        let context = tracking.mentionsTracking(upper)
        let named = tracking.namedCarrier(in: upper)
        for format in tracking.formats where !format.needsContext || context {
            for m in format.regex.matches(in: folded, options: [], range: whole) where free(m.range) {
                claimed.append(m.range)
                let number = ns.substring(with: m.range).uppercased()
                var carrier = format.carrier
                if carrier == nil, number.count == 13, let post = tracking.postByCountry[String(number.suffix(2))] {
                    carrier = post
                }
                if carrier == nil { carrier = named }
                if !entities.trackingNumbers.contains(where: { $0.number == number }) {
                    entities.trackingNumbers.append(TrackingNumber(number: number, carrier: carrier))
                }
            }
        }

        let amounts = MoneyAmounts.found(in: folded, isFree: free)
        claimed += amounts.map(\.range)
        entities.amounts = amounts.map { MoneyAmount(value: $0.value, currency: $0.currency, text: ns.substring(with: $0.range)) }

        var dates: [(Int, DateMention)] = []
        for pattern in DateMentions.patterns {
            for m in pattern.regex.matches(in: folded, range: whole) where free(m.range) {
                func group(_ i: Int) -> String? {
                    guard i > 0, m.range(at: i).location != NSNotFound else { return nil }
                    return ns.substring(with: m.range(at: i))
                }
                guard let month = group(pattern.month), let day = group(pattern.day).flatMap({ Int($0) }) else { continue }
                let numericMonth = Int(month) != nil
                guard let date = DateMentions.make(year: group(pattern.year).flatMap { Int($0) }, month: month, day: day,
                                                   text: ns.substring(with: m.range), swapAllowed: numericMonth && pattern.year != 1,
                                                   monthFirst: monthFirstDates && ns.substring(with: m.range).contains("/")) else { continue }
                claimed.append(m.range)
                dates.append((m.range.location, date))
            }
        }
        entities.dates = dates.sorted { $0.0 < $1.0 }.map(\.1)
        return entities
    }

    private static let emailRegex = try! NSRegularExpression(
        pattern: "[A-Z0-9._%+-]+@[A-Z0-9-]+(?:\\.[A-Z0-9-]+)*\\.[A-Z]{2,}", options: [.caseInsensitive])

    /// UTF-16 offset of every scalar index (and of the end), for NSRange interop.
    private static func utf16Offsets(of scalars: [Unicode.Scalar]) -> [Int] {
        var offsets = [0]
        offsets.reserveCapacity(scalars.count + 1)
        for s in scalars { offsets.append(offsets.last! + (s.value > 0xFFFF ? 2 : 1)) }
        return offsets
    }
}
