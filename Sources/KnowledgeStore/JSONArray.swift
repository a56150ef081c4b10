import Foundation

/// A JSON array of strings, written by hand: heading paths and market lists are stored for every
/// section and chunk, and JSONEncoder made them a third of the import's writing time.
enum JSONArray {
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
