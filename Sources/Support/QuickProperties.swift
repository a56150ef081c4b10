/// `isWhitespace`, `isLetter`, `isNumber` and `isPunctuation`, answered for ASCII without Unicode's property tables
/// (a binary search per call: 6 % of an evaluation, nearly all of it on ASCII letters and spaces).
/// The same answers as the standard library's everywhere: beyond ASCII they are its own.
/// In ASCII, White_Space is tab to carriage return and the space, Alphabetic the 52 letters, and
/// only the ten digits have a numeric type; punctuation (general category P) is !"#%&'()*,-./:;?@[\]_{}
/// (the other signs, $+<=>^`|~, are symbols); "\r\n", one Character, answers as "\n" (`asciiValue`)
/// and its first scalar "\r" alike.
extension Unicode.Scalar {
    @inlinable public var isWhitespaceQuick: Bool {
        value < 0x80 ? ASCIIClass.isWhitespace(UInt8(truncatingIfNeeded: value)) : properties.isWhitespace
    }
}

extension Character {
    @inlinable public var isWhitespaceQuick: Bool {
        if let a = asciiValue { return ASCIIClass.isWhitespace(a) }
        return isWhitespace
    }

    @inlinable public var isLetterQuick: Bool {
        if let a = asciiValue { return ASCIIClass.isLetter(a) }
        return isLetter
    }

    @inlinable public var isNumberQuick: Bool {
        if let a = asciiValue { return ASCIIClass.isDigit(a) }
        return isNumber
    }

    @inlinable public var isPunctuationQuick: Bool {
        if let a = asciiValue { return ASCIIClass.isPunctuation(a) }
        return isPunctuation
    }
}

public enum ASCIIClass {
    @inlinable public static func isWhitespace(_ a: UInt8) -> Bool { a == 0x20 || (a >= 0x09 && a <= 0x0D) }
    @inlinable public static func isLetter(_ a: UInt8) -> Bool { (a | 0x20) >= 0x61 && (a | 0x20) <= 0x7A }
    @inlinable public static func isDigit(_ a: UInt8) -> Bool { a >= 0x30 && a <= 0x39 }
    /// !"#%&'()*,-./:;?@[\]_{} as bits of a 128-bit mask (low word 0–63, high word 64–127).
    @inlinable public static func isPunctuation(_ a: UInt8) -> Bool {
        a < 64 ? (0x8C00_F7EE_0000_0000 as UInt64) >> a & 1 == 1 : a < 128 && (0x2800_0000_B800_0001 as UInt64) >> (a - 64) & 1 == 1
    }
}

extension String {
    /// `lowercased().filter { keep($0) }` for an ASCII text, byte by byte; nil for any other text
    /// (whose Characters, case mappings and properties need the standard library). In ASCII every
    /// Character is one byte but "\r\n", which `filter` keeps or drops whole and which answers as
    /// "\n" (its `asciiValue`); lower-casing maps only A–Z. `keep` sees each Character's ASCII value.
    @inlinable public func asciiLowercasedFiltered(keep: (UInt8) -> Bool) -> String? {
        let bytes = Array(utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            guard b < 0x80 else { return nil }
            if b == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A {
                if keep(0x0A) { out.append(0x0D); out.append(0x0A) }
                i += 2
                continue
            }
            let lower = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
            if keep(lower) { out.append(lower) }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
