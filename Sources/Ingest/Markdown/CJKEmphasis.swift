/// Strong emphasis CommonMark leaves as text beside Chinese and Japanese punctuation: its flanking
/// rules close "**" only before white space or punctuation when a punctuation mark precedes it, so
/// "すべて**関税込み配送（DDP）**でお届け" keeps both "**" as text (cmark-gfm has no CJK-friendly
/// option; markdown-it and remark need a plugin for it). The rendered HTML gets `<strong>` for such
/// a pair: a "**" with a CJK letter or mark on its outer side, its partner on the same text run,
/// outside code. Pure.
enum CJKEmphasis {
    static func repaired(_ html: String) -> String {
        guard mayNeedRepair(html) else { return html }
        let chars = Array(html)
        var out = ""
        out.reserveCapacity(html.utf8.count)
        var i = 0
        var code = 0          // depth of <code>/<pre>
        while i < chars.count {
            let c = chars[i]
            if c == "<" {
                // A tag is copied whole: its attributes are not text.
                let tag = tagName(chars, from: i)
                if tag == "code" || tag == "pre" { code += 1 }
                if tag == "/code" || tag == "/pre" { code = max(0, code - 1) }
                let end = chars[i...].firstIndex(of: ">") ?? chars.count - 1
                out += String(chars[i...end])
                i = end + 1
                continue
            }
            if code == 0, c == "*", i + 1 < chars.count, chars[i + 1] == "*", let close = partner(chars, openingAt: i) {
                out += "<strong>" + String(chars[(i + 2)..<close]) + "</strong>"
                i = close + 2
                continue
            }
            out.append(c)
            i += 1
        }
        return out
    }

    /// The closing "**" of an opening one at `i`, on the same text run (no tag, no line break, no
    /// other "*" between), when either marker has a CJK letter or mark on its outer side.
    private static func partner(_ chars: [Character], openingAt i: Int) -> Int? {
        var j = i + 2
        while j + 1 < chars.count {
            let c = chars[j]
            if c == "<" || c == "\n" || (c == "*" && chars[j + 1] != "*") { return nil }
            if c == "*" {
                guard j > i + 2 else { return nil }
                let before = i > 0 ? chars[i - 1] : " "
                let after = j + 2 < chars.count ? chars[j + 2] : " "
                return isCJK(before) || isCJK(after) || isCJK(chars[i + 2]) || isCJK(chars[j - 1]) ? j : nil
            }
            j += 1
        }
        return nil
    }

    /// Whether a "**" touches a non-ASCII character, the only place a repair can apply: read on the
    /// bytes, so that a page without one costs a pass over its memory, not a walk over its characters.
    static func mayNeedRepair(_ html: String) -> Bool {
        var found = false
        html.utf8.withContiguousStorageIfAvailable { b in
            guard b.count >= 4 else { return }
            for i in 0..<(b.count - 1) where b[i] == 0x2A && b[i + 1] == 0x2A {
                if (i > 0 && b[i - 1] >= 0x80) || (i + 2 < b.count && b[i + 2] >= 0x80) { found = true; return }
            }
        } ?? { found = html.contains("**") }()
        return found
    }

    /// Han, kana, Hangul and the CJK punctuation and full-width forms.
    static func isCJK(_ c: Character) -> Bool {
        guard let v = c.unicodeScalars.first?.value else { return false }
        return (0x3000...0x303F).contains(v) || (0x3040...0x30FF).contains(v) || (0x3400...0x9FFF).contains(v)
            || (0xAC00...0xD7AF).contains(v) || (0xFF00...0xFFEF).contains(v)
    }

    private static func tagName(_ chars: [Character], from i: Int) -> String {
        var name = ""
        var j = i + 1
        while j < chars.count, chars[j] == "/" || chars[j].isLetter { name.append(chars[j]); j += 1 }
        return name.lowercased()
    }
}
