import Foundation

/// A JSON array of strings, written and read by hand: heading paths and market lists are stored for
/// every section and chunk, JSONEncoder made them a third of the import's writing time, and
/// JSONDecoder a fifth of a search's time (two arrays for every hit).
enum JSONArray {
    /// Reads what `encode` writes (and any JSON array of strings); nil for anything else.
    static func decode(_ json: String) -> [String]? {
        var utf8 = Array(json.utf8)
        return utf8.withUnsafeMutableBufferPointer { b -> [String]? in
            var i = 0
            func skipSpace() { while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 } }
            skipSpace()
            guard i < b.count, b[i] == UInt8(ascii: "[") else { return nil }
            i += 1
            var out: [String] = []
            skipSpace()
            if i < b.count, b[i] == UInt8(ascii: "]") { return out }
            while true {
                skipSpace()
                guard i < b.count, b[i] == UInt8(ascii: "\"") else { return nil }
                i += 1
                var bytes: [UInt8] = []
                var pendingHigh: UInt32?
                while true {
                    guard i < b.count else { return nil }
                    let c = b[i]
                    i += 1
                    if c == UInt8(ascii: "\"") { break }
                    guard c == UInt8(ascii: "\\") else { bytes.append(c); continue }
                    guard i < b.count else { return nil }
                    let e = b[i]
                    i += 1
                    switch e {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): bytes.append(e)
                    case UInt8(ascii: "n"): bytes.append(0x0A)
                    case UInt8(ascii: "r"): bytes.append(0x0D)
                    case UInt8(ascii: "t"): bytes.append(0x09)
                    case UInt8(ascii: "b"): bytes.append(0x08)
                    case UInt8(ascii: "f"): bytes.append(0x0C)
                    case UInt8(ascii: "u"):
                        guard i + 4 <= b.count, let v = UInt32(String(decoding: b[i..<i + 4], as: UTF8.self), radix: 16) else { return nil }
                        i += 4
                        var scalar: Unicode.Scalar?
                        if (0xD800..<0xDC00).contains(v) { pendingHigh = v; continue }
                        if (0xDC00..<0xE000).contains(v), let high = pendingHigh {
                            scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (v - 0xDC00))
                        } else {
                            scalar = Unicode.Scalar(v)
                        }
                        pendingHigh = nil
                        guard let scalar else { return nil }
                        bytes += Array(String(Character(scalar)).utf8)
                    default: return nil
                    }
                }
                out.append(String(decoding: bytes, as: UTF8.self))
                skipSpace()
                guard i < b.count else { return nil }
                if b[i] == UInt8(ascii: ",") { i += 1; continue }
                if b[i] == UInt8(ascii: "]") { return out }
                return nil
            }
        }
    }

    static func encode(_ strings: [String]) -> String {
        var out = "["
        for (i, s) in strings.enumerated() {
            if i > 0 { out += "," }
            out += "\""
            for u in s.unicodeScalars {
                switch u {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                default:
                    if u.value < 0x20 { out += String(format: "\\u%04x", u.value) } else { out.unicodeScalars.append(u) }
                }
            }
            out += "\""
        }
        return out + "]"
    }
}
