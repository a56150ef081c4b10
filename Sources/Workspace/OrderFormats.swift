import Foundation

/// The `orders:` block of `kbkit.yaml`: how the store's order numbers and its carriers' tracking
/// numbers look. The engine recognises an order number only by this format, and asks for one with
/// its example.
///
/// ```yaml
/// orders:
///   number:
///     format: "SO-######"       # '#' a digit, '@' a letter (A–Z), anything else as written
///     example: "SO-004211"       # shown to customers who are asked for their order number
///   tracking:                    # the store's carriers, added before kbkit's built-in formats
///     - carrier: Posten
///       pattern: "[A-Z]{2}\\d{9}NO"     # a regular expression on the upper-cased number
///       example: "LA123456789NO"
///       needs_context: false     # true: counts only when the message names a carrier or tracking
///   payment_due_days: 3          # an order awaiting payment is due this many days after it was placed
///   payment_methods:             # ERP payment-method codes → the names customers know (added to kbkit's)
///     vipps: Vipps
/// ```
public struct OrderFormats: Sendable, Equatable {
    /// nil: the store has no order numbers the engine could recognise (no look-ups).
    public var number: OrderNumberFormat?
    public var tracking: [TrackingFormat]
    /// Days after the order an open payment is due; nil: the answer names no due date.
    public var paymentDueDays: Int?
    /// ERP payment-method code (lower case) → the name customers know.
    public var paymentMethods: [String: String]

    public init(number: OrderNumberFormat? = nil, tracking: [TrackingFormat] = [], paymentDueDays: Int? = nil,
                paymentMethods: [String: String] = [:]) {
        self.number = number
        self.tracking = tracking
        self.paymentDueDays = paymentDueDays
        self.paymentMethods = paymentMethods
    }

    static func load(_ n: YAMLNode?) throws(WorkspaceError) -> OrderFormats {
        guard let n else { return OrderFormats() }
        try n.allowOnly(["number", "tracking", "payment_due_days", "payment_methods"])
        var out = OrderFormats()
        if let days = n["payment_due_days"] {
            let value = try days.int()
            guard (0...365).contains(value) else { throw days.error("\(value) is not a number of days (0…365)") }
            out.paymentDueDays = value
        }
        for (code, name) in try n["payment_methods"]?.entries() ?? [] { out.paymentMethods[code.lowercased()] = try name.string() }
        if let number = n["number"] {
            try number.allowOnly(["format", "example"])
            let format = try number.string("format")
            guard let parsed = OrderNumberFormat(format: format, example: try number.string("example")) else {
                throw number["format"]!.error("'\(format)' is no order-number format: it needs at least one '#' (a digit) or '@' (a letter)")
            }
            guard parsed.matches(parsed.example) else {
                throw number["example"]!.error("the example '\(parsed.example)' does not have the format '\(format)'")
            }
            out.number = parsed
        }
        for item in try n["tracking"]?.items() ?? [] {
            try item.allowOnly(["carrier", "pattern", "example", "needs_context"])
            let pattern = try item.string("pattern")
            guard (try? NSRegularExpression(pattern: pattern)) != nil else {
                throw item["pattern"]!.error("'\(pattern)' is not a regular expression")
            }
            let format = TrackingFormat(carrier: try item.optionalString("carrier"), pattern: pattern,
                                        example: try item.optionalString("example"), needsContext: try item["needs_context"]?.bool() ?? false)
            if let example = format.example, !format.matches(example) {
                throw item["example"]!.error("the example '\(example)' does not match the pattern '\(pattern)'")
            }
            out.tracking.append(format)
        }
        return out
    }
}

/// An order-number format such as `MG########`: `#` stands for a digit, `@` for a letter, anything
/// else for itself. Customers type numbers loosely (lower case, spaces, a missing hyphen); the
/// engine's scanner is tolerant, and this type only says what a well-formed number is.
public struct OrderNumberFormat: Sendable, Equatable {
    public enum Element: Sendable, Equatable {
        case digit, letter
        /// A letter or digit written as it is (compared without case).
        case literal(Unicode.Scalar)
        /// Punctuation or a space in the format: optional when a customer types the number.
        case separator(Unicode.Scalar)
    }

    public let format: String
    public let example: String
    public let elements: [Element]

    public init?(format: String, example: String) {
        var elements: [Element] = []
        for s in format.unicodeScalars {
            switch s {
            case "#": elements.append(.digit)
            case "@": elements.append(.letter)
            case _ where s.properties.isAlphabetic || ("0"..."9").contains(s):
                elements.append(.literal(Unicode.Scalar(s.properties.uppercaseMapping.unicodeScalars.first!.value)!))
            default: elements.append(.separator(s))
            }
        }
        guard elements.contains(where: { $0 == .digit || $0 == .letter }) else { return nil }
        self.format = format
        self.example = example
        self.elements = elements
    }

    /// Whether `text` is a well-formed number of this format (case aside).
    public func matches(_ text: String) -> Bool {
        let scalars = Array(text.uppercased().unicodeScalars)
        guard scalars.count == elements.count else { return false }
        return zip(elements, scalars).allSatisfy { element, s in
            switch element {
            case .digit: return ("0"..."9").contains(s)
            case .letter: return ("A"..."Z").contains(s)
            case let .literal(l), let .separator(l): return s == l
            }
        }
    }
}

/// A carrier's tracking-number format.
public struct TrackingFormat: Sendable, Equatable {
    /// nil: the carrier follows from the number (a UPU S10 number's country) or the message.
    public var carrier: String?
    /// A regular expression matched against the upper-cased number, whole.
    public var pattern: String
    public var example: String?
    /// Counts only when the message names a carrier or speaks of tracking (bare digit runs).
    public var needsContext: Bool

    public init(carrier: String?, pattern: String, example: String? = nil, needsContext: Bool = false) {
        self.carrier = carrier
        self.pattern = pattern
        self.example = example
        self.needsContext = needsContext
    }

    func matches(_ text: String) -> Bool {
        guard let regex = try? NSRegularExpression(pattern: "^(?:" + pattern + ")$") else { return false }
        let upper = text.uppercased()
        return regex.firstMatch(in: upper, range: NSRange(upper.startIndex..., in: upper)) != nil
    }
}
