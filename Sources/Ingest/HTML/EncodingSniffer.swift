import Foundation

/// Decides how the bytes of a page are to be decoded before libxml2 sees them. We pass the encoding
/// explicitly (with HTML_PARSE_IGNORE_ENC) instead of trusting libxml2 2.9's meta handling, which misses
/// the HTML5 `<meta charset>` form on some pages, and so that an undeclared non-UTF-8 page is refused
/// with a clear reason rather than imported as mojibake.
enum EncodingSniffer {
    /// The encoding to decode the page with, and a warning when it was not the declared one.
    ///
    /// A BOM wins. A declared charset iconv knows is used as declared, unless the bytes are valid UTF-8
    /// with non-ASCII text in them (a page re-saved as UTF-8 under its old `<meta>`): then UTF-8, warned. An unknown one (`shift-jiss`,
    /// `x-klingon-9`) is never silently read as windows-1252: valid UTF-8 is UTF-8, otherwise
    /// `EncodingGuess` picks among the legacy encodings kbkit supports, with a warning naming both;
    /// when none decodes the bytes the page is refused with the reason.
    static func htmlEncoding(of data: Data) throws(IngestFailure) -> (name: String, warning: IngestFailure?) {
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { return ("UTF-8", nil) }
        if data.starts(with: [0xFF, 0xFE]) { return ("UTF-16LE", nil) }
        if data.starts(with: [0xFE, 0xFF]) { return ("UTF-16BE", nil) }
        try rejectBinary(data)
        if let declared = declaredCharset(in: data) {
            let name = canonicalName(declared)
            if name == "UTF-8", !isValidUTF8(data) {
                throw .undecodable("declares UTF-8 but is not valid UTF-8 (byte \(firstInvalidUTF8Offset(data) ?? 0)); fix the file or declare its real encoding")
            }
            // A page saved again as UTF-8 (by a browser, an editor, a crawler) often keeps its old
            // `<meta charset=gb2312>`. Text in a legacy encoding is practically never valid UTF-8 with
            // multi-byte sequences in it, so such bytes are read as what they are, with a warning.
            if name != "UTF-8", Iconv.knows(name), hasMultibyteUTF8(data), isValidUTF8(data) {
                return ("UTF-8", .declaredEncodingWrong(declared: declared))
            }
            if name == "UTF-8" || Iconv.knows(name) { return (name, nil) }
            if isValidUTF8(data) { return ("UTF-8", .encodingGuessed(declared: declared, chosen: "UTF-8")) }
            guard let guessed = EncodingGuess.guess(data) else {
                throw .undecodable("unknown charset '\(declared)' declared, and the bytes are valid in none of UTF-8, \(EncodingGuess.candidates.map(\.name).joined(separator: ", ")); declare the real encoding")
            }
            return (guessed, .encodingGuessed(declared: declared, chosen: guessed))
        }
        guard isValidUTF8(data) else {
            throw .undecodable("not UTF-8 and no encoding declared (add <meta charset=\"…\">, e.g. Shift_JIS or windows-1252)")
        }
        return ("UTF-8", nil)
    }

    /// Markdown has no place to declare an encoding: it must be UTF-8.
    static func markdownText(of data: Data) throws(IngestFailure) -> String {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        try rejectBinary(bytes)
        guard let text = String(data: bytes, encoding: .utf8) else {
            throw .undecodable("not valid UTF-8 (byte \(firstInvalidUTF8Offset(bytes) ?? 0)); Markdown files must be UTF-8")
        }
        return text
    }

    static func rejectBinary(_ data: Data) throws(IngestFailure) {
        let hasNUL = data.withUnsafeBytes { raw -> Bool in
            guard let base = raw.baseAddress else { return false }
            return memchr(base, 0, min(raw.count, 8192)) != nil
        }
        if hasNUL { throw .binary }
    }

    /// The charset of `<meta charset=…>` or `<meta http-equiv="Content-Type" content="…; charset=…">`
    /// in the first 4 KB (where HTML requires it to be). Scans bytes: it runs on every page.
    static func declaredCharset(in data: Data) -> String? {
        data.prefix(4096).withUnsafeBytes { raw -> String? in
            let b = raw.bindMemory(to: UInt8.self)
            let n = b.count
            let needle = Array("charset".utf8)
            func lower(_ c: UInt8) -> UInt8 { (0x41...0x5A).contains(c) ? c | 0x20 : c }
            var i = 0
            var tagStart = -1
            while i + needle.count <= n {
                if b[i] == 0x3C { tagStart = i }            // '<'
                if lower(b[i]) == 0x63 {                      // 'c'
                    var k = 1
                    while k < needle.count, lower(b[i + k]) == needle[k] { k += 1 }
                    if k == needle.count, tagStart >= 0, tagStart + 5 <= n,
                       lower(b[tagStart + 1]) == 0x6D, lower(b[tagStart + 2]) == 0x65, lower(b[tagStart + 3]) == 0x74, lower(b[tagStart + 4]) == 0x61 {
                        var j = i + needle.count
                        while j < n, b[j] == 0x20 { j += 1 }
                        if j < n, b[j] == 0x3D {                // '='
                            j += 1
                            while j < n, b[j] == 0x20 || b[j] == 0x22 || b[j] == 0x27 { j += 1 }
                            var name: [UInt8] = []
                            while j < n, ![0x22, 0x27, 0x3B, 0x20, 0x2F, 0x3E].contains(b[j]) { name.append(lower(b[j])); j += 1 }
                            if !name.isEmpty { return String(decoding: name, as: UTF8.self) }
                        }
                    }
                }
                i += 1
            }
            return nil
        }
    }

    /// Maps the names pages use to the supersets iconv decodes correctly (WHATWG Encoding rules:
    /// latin1 means windows-1252, gb2312 and gbk mean GB18030's superset, and so on).
    static func canonicalName(_ declared: String) -> String {
        switch declared.lowercased() {
        case "utf8", "utf-8", "unicode-1-1-utf-8": return "UTF-8"
        case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "csshiftjis", "windows-31j", "cp932", "ms932":
            return "CP932"
        case "euc-jp": return "EUC-JP"
        case "iso-2022-jp": return "ISO-2022-JP"
        case "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "chinese", "csgb2312": return "GB18030"
        case "big5", "big5-hkscs", "cn-big5", "x-x-big5": return "BIG5-HKSCS"
        case "euc-kr", "ks_c_5601-1987", "cp949", "windows-949", "korean": return "CP949"
        case "iso-8859-1", "latin1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252", "x-cp1252": return "WINDOWS-1252"
        default: return declared.uppercased()
        }
    }

    static func isValidUTF8(_ data: Data) -> Bool { firstInvalidUTF8Offset(data) == nil }

    /// Any byte above ASCII (then, in valid UTF-8, a multi-byte sequence).
    static func hasMultibyteUTF8(_ data: Data) -> Bool { data.contains { $0 >= 0x80 } }

    static func firstInvalidUTF8Offset(_ data: Data) -> Int? {
        data.withUnsafeBytes { raw -> Int? in
            let b = raw.bindMemory(to: UInt8.self)
            var i = 0
            let n = b.count
            while i < n {
                let c = b[i]
                if c < 0x80 { i += 1; continue }
                let len: Int
                if c & 0xE0 == 0xC0, c >= 0xC2 { len = 2 } else if c & 0xF0 == 0xE0 { len = 3 } else if c & 0xF8 == 0xF0, c <= 0xF4 { len = 4 } else { return i }
                if i + len > n { return i }
                for k in 1..<len where b[i + k] & 0xC0 != 0x80 { return i }
                i += len
            }
            return nil
        }
    }
}
