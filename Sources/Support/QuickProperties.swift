/// `isWhitespace`, `isLetter` and `isNumber`, answered for ASCII without Unicode's property tables
/// (a binary search per call: 6 % of an evaluation, nearly all of it on ASCII letters and spaces).
/// The same answers as the standard library's everywhere: beyond ASCII they are its own.
/// In ASCII, White_Space is tab to carriage return and the space, Alphabetic the 52 letters, and
/// only the ten digits have a numeric type; "\r\n", one Character, answers as "\n" (`asciiValue`)
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
}

public enum ASCIIClass {
    @inlinable public static func isWhitespace(_ a: UInt8) -> Bool { a == 0x20 || (a >= 0x09 && a <= 0x0D) }
    @inlinable public static func isLetter(_ a: UInt8) -> Bool { (a | 0x20) >= 0x61 && (a | 0x20) <= 0x7A }
    @inlinable public static func isDigit(_ a: UInt8) -> Bool { a >= 0x30 && a <= 0x39 }
}
