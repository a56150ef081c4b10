import Foundation

/// Where a file stops being JSON, as a line and column (1-based), so that "invalid JSON" names the place.
///
/// Foundation's `JSONDecoder` on Linux says only "The given data was not valid JSON" (no position, no
/// underlying error); `JSONSerialization` says "… around character 45." (a byte offset). The offset is
/// read from that message and turned into a line and column; when the message has no offset, the
/// location is unknown rather than guessed.
struct JSONErrorLocation: Equatable, Sendable {
    var line: Int
    var column: Int
    /// What `JSONSerialization` said, without the offset ("Invalid value").
    var message: String

    static func of(_ data: Data) -> JSONErrorLocation? {
        do { _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]); return nil } catch {
            let text = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? ""
            guard let r = text.range(of: "around character "),
                  let offset = Int(text[r.upperBound...].prefix(while: { $0.isNumber })) else { return nil }
            let message = String(text[..<r.lowerBound]).trimmingCharacters(in: .whitespaces)
            return at(offset: offset, in: data, message: message)
        }
    }

    /// Line and column of a byte offset; the column counts characters (UTF-8 lead bytes), not bytes.
    static func at(offset: Int, in data: Data, message: String) -> JSONErrorLocation {
        var line = 1, column = 1
        for byte in data.prefix(offset) {
            if byte == UInt8(ascii: "\n") { line += 1; column = 1 }
            else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return JSONErrorLocation(line: line, column: column, message: message)
    }
}
