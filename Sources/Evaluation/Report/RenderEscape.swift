import Foundation

/// Escaping of KB and customer text for each output format. Everything a report shows that came from
/// the KB, an evalset, a customer or the engine goes through one of these: a message containing
/// `<script>` must show as text, never run, and a `"` must not end an attribute.
enum RenderEscape {
    /// Text for HTML and XML content and attribute values (either quote). Also replaces the control
    /// characters XML 1.0 forbids even as references, so a stray U+0001 in an answer cannot make
    /// `junit.xml` unparseable.
    static func markup(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if isAllowedInXML(scalar) { out.unicodeScalars.append(scalar) } else { out += "\u{FFFD}" }
            }
        }
        return out
    }

    /// Like `markup`, for attribute values that must stay on one line (XML attribute normalization
    /// would turn a raw newline into a space; a reference keeps it).
    static func attribute(_ text: String) -> String {
        markup(text).replacingOccurrences(of: "\n", with: "&#10;").replacingOccurrences(of: "\r", with: "&#13;").replacingOccurrences(of: "\t", with: "&#9;")
    }

    /// XML 1.0's Char production: tab, newline, carriage return, and everything from U+0020 except
    /// U+FFFE and U+FFFF (Swift strings hold no lone surrogates).
    static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// Text inside a Markdown paragraph, list item or table cell (GitHub-flavoured): characters
    /// that would start emphasis, code, links, strikethrough, HTML or a table column are escaped;
    /// newlines become `<br>` so a multi-line answer stays in its cell or list item.
    static func markdown(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "[", "]", "|", "~": out += "\\"; out.unicodeScalars.append(scalar)
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\r": continue
            case "\n": out += "<br>"
            default:
                if scalar.properties.generalCategory == .control && scalar != "\t" { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// An identifier (case id, intent, rule id) as a Markdown code span, on one line. The fence is
    /// longer than any backtick run inside; `|` is escaped because GFM splits table cells on it
    /// even inside code spans.
    static func markdownCode(_ text: String) -> String {
        let flat = text.replacingOccurrences(of: "\r", with: "").replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "|", with: "\\|")
        var longestRun = 0, run = 0
        for ch in flat { if ch == "`" { run += 1; longestRun = max(longestRun, run) } else { run = 0 } }
        let fence = String(repeating: "`", count: longestRun + 1)
        let pad = flat.hasPrefix("`") || flat.hasSuffix("`") ? " " : ""
        return fence + pad + flat + pad + fence
    }
}
