import Foundation
import Workspace

/// One order as the ERP actions return it: the order row with its customer, items, shipments,
/// return, refunds and the count of earlier unresolved contacts. Both connectors produce it; its
/// JSON (snake_case keys, dates as "2026-11-24", amounts as JSON numbers) is also the default shape
/// the HTTP connector expects from a REST ERP.
public struct OrderRecord: Sendable, Codable, Equatable {
    /// As the store's format writes it (`SO-004211`).
    public var number: String
    /// The market the order was placed in (`DE`).
    public var market: String
    public var customerName: String
    /// The customer's preferred KB language, when the ERP knows it.
    public var customerLanguage: String?
    /// VIP customers are always handed to a human agent.
    public var vip: Bool
    public var status: OrderStatus
    /// ISO 4217 (`EUR`).
    public var currency: String
    /// As charged, in `currency`.
    public var total: Decimal
    /// ISO date-time with the market's UTC offset: `2026-11-20T09:12:00+00:00`.
    public var placedAt: String
    /// A payment method code of kb/erp/README.md (`paypal`, `konbini`, `cod`).
    public var paymentMethod: String
    /// A one-line summary for the answer and the handoff summary.
    public var note: String?
    public var items: [Item]
    /// One per parcel; none while processing; a replacement adds one.
    public var shipments: [Shipment]
    /// At most one in the embedded ERP; a list so that other ERPs fit.
    public var returns: [Return]
    public var refunds: [Refund]
    /// Earlier contacts about this order that are still open: the next one is the third when this is 2.
    public var unresolvedContacts: Int

    /// The local calendar day the order was placed.
    public var placedOn: ISODate? { ISODate(placedAt) }

    public struct Item: Sendable, Codable, Equatable {
        public var sku: String
        public var name: String
        public var quantity: Int
        public var unitPrice: Decimal

        public init(sku: String, name: String, quantity: Int, unitPrice: Decimal) {
            self.sku = sku; self.name = name; self.quantity = quantity; self.unitPrice = unitPrice
        }

        enum CodingKeys: String, CodingKey {
            case sku, name, quantity
            case unitPrice = "unit_price"
        }
    }

    public struct Shipment: Sendable, Codable, Equatable {
        public var carrier: String
        public var tracking: String
        public var status: ShipmentStatus
        public var shippedOn: ISODate?
        public var eta: ISODate?
        public var deliveredOn: ISODate?
        public var note: String?
        /// The pickup point or parcel locker the parcel goes to instead of the door ("KRA01M"), as
        /// the carrier names it.
        public var pickupPoint: String?

        public init(carrier: String, tracking: String, status: ShipmentStatus, shippedOn: ISODate? = nil,
                    eta: ISODate? = nil, deliveredOn: ISODate? = nil, note: String? = nil, pickupPoint: String? = nil) {
            self.carrier = carrier; self.tracking = tracking; self.status = status
            self.shippedOn = shippedOn; self.eta = eta; self.deliveredOn = deliveredOn; self.note = note
            self.pickupPoint = pickupPoint
        }

        enum CodingKeys: String, CodingKey {
            case carrier, tracking, status, eta, note
            case shippedOn = "shipped_on", deliveredOn = "delivered_on", pickupPoint = "pickup_point"
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            self.init(carrier: try c.decode(String.self, forKey: .carrier), tracking: try c.decode(String.self, forKey: .tracking),
                      status: try c.decode(ShipmentStatus.self, forKey: .status), shippedOn: try c.decodeISODateIfPresent(.shippedOn),
                      eta: try c.decodeISODateIfPresent(.eta), deliveredOn: try c.decodeISODateIfPresent(.deliveredOn),
                      note: try c.decodeIfPresent(String.self, forKey: .note),
                      pickupPoint: try c.decodeIfPresent(String.self, forKey: .pickupPoint))
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(carrier, forKey: .carrier)
            try c.encode(tracking, forKey: .tracking)
            try c.encode(status, forKey: .status)
            try c.encodeISODateIfPresent(shippedOn, forKey: .shippedOn)
            try c.encodeISODateIfPresent(eta, forKey: .eta)
            try c.encodeISODateIfPresent(deliveredOn, forKey: .deliveredOn)
            try c.encodeIfPresent(note, forKey: .note)
            try c.encodeIfPresent(pickupPoint, forKey: .pickupPoint)
        }
    }

    public struct Return: Sendable, Codable, Equatable {
        public var status: ReturnStatus
        public var requestedOn: ISODate?
        /// When the prepaid label or drop-off code was sent; nil when the customer pays the return.
        public var labelSentOn: ISODate?
        public var receivedOn: ISODate?
        public var note: String?

        public init(status: ReturnStatus, requestedOn: ISODate? = nil, labelSentOn: ISODate? = nil,
                    receivedOn: ISODate? = nil, note: String? = nil) {
            self.status = status; self.requestedOn = requestedOn; self.labelSentOn = labelSentOn
            self.receivedOn = receivedOn; self.note = note
        }

        enum CodingKeys: String, CodingKey {
            case status, note
            case requestedOn = "requested_on", labelSentOn = "label_sent_on", receivedOn = "received_on"
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            self.init(status: try c.decode(ReturnStatus.self, forKey: .status), requestedOn: try c.decodeISODateIfPresent(.requestedOn),
                      labelSentOn: try c.decodeISODateIfPresent(.labelSentOn), receivedOn: try c.decodeISODateIfPresent(.receivedOn),
                      note: try c.decodeIfPresent(String.self, forKey: .note))
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(status, forKey: .status)
            try c.encodeISODateIfPresent(requestedOn, forKey: .requestedOn)
            try c.encodeISODateIfPresent(labelSentOn, forKey: .labelSentOn)
            try c.encodeISODateIfPresent(receivedOn, forKey: .receivedOn)
            try c.encodeIfPresent(note, forKey: .note)
        }
    }

    public struct Refund: Sendable, Codable, Equatable {
        /// In the order's currency.
        public var amount: Decimal
        public var status: RefundStatus
        public var issuedOn: ISODate?
        /// The latest date a pending refund is due.
        public var dueBy: ISODate?
        /// The original payment method code, or `bank_transfer` for cash-on-delivery orders.
        public var method: String

        public init(amount: Decimal, status: RefundStatus, issuedOn: ISODate? = nil, dueBy: ISODate? = nil, method: String) {
            self.amount = amount; self.status = status; self.issuedOn = issuedOn; self.dueBy = dueBy; self.method = method
        }

        enum CodingKeys: String, CodingKey {
            case amount, status, method
            case issuedOn = "issued_on", dueBy = "due_by"
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            self.init(amount: try c.decode(Decimal.self, forKey: .amount), status: try c.decode(RefundStatus.self, forKey: .status),
                      issuedOn: try c.decodeISODateIfPresent(.issuedOn), dueBy: try c.decodeISODateIfPresent(.dueBy),
                      method: try c.decode(String.self, forKey: .method))
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(amount, forKey: .amount)
            try c.encode(status, forKey: .status)
            try c.encodeISODateIfPresent(issuedOn, forKey: .issuedOn)
            try c.encodeISODateIfPresent(dueBy, forKey: .dueBy)
            try c.encode(method, forKey: .method)
        }
    }

    public init(number: String, market: String, customerName: String, customerLanguage: String? = nil, vip: Bool = false,
                status: OrderStatus, currency: String, total: Decimal, placedAt: String, paymentMethod: String,
                note: String? = nil, items: [Item] = [], shipments: [Shipment] = [], returns: [Return] = [],
                refunds: [Refund] = [], unresolvedContacts: Int = 0) {
        self.number = number; self.market = market; self.customerName = customerName; self.customerLanguage = customerLanguage
        self.vip = vip; self.status = status; self.currency = currency; self.total = total; self.placedAt = placedAt
        self.paymentMethod = paymentMethod; self.note = note; self.items = items; self.shipments = shipments
        self.returns = returns; self.refunds = refunds; self.unresolvedContacts = unresolvedContacts
    }

    enum CodingKeys: String, CodingKey {
        case number, market, vip, status, currency, total, note, items, shipments, returns, refunds
        case customerName = "customer_name", customerLanguage = "customer_language", placedAt = "placed_at"
        case paymentMethod = "payment_method", unresolvedContacts = "unresolved_contacts"
    }
}
