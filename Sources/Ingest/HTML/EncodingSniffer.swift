import Foundation

/// Decides how the bytes of a page are to be decoded before libxml2 sees them. We pass the encoding
/// explicitly (with HTML_PARSE_IGNORE_ENC) instead of trusting libxml2 2.9's meta handling, which misses
/// the HTML5 `<meta charset>` form on some pages, and so that an undeclared non-UTF-8 page is refused
/// with a clear reason rather than imported as mojibake.
enum EncodingSniffer {
    static func htmlEncoding(of data: Data) throws(IngestFailure) -> String {
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { return "UTF-8" }
        if data.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        if data.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        try rejectBinary(data)
        if let declared = declaredCharset(in: data) {
            let name = canonicalName(declared)
            if name == "UTF-8", !isValidUTF8(data) {
                throw .undecodable("declares UTF-8 but is not valid UTF-8 (byte \(firstInvalidUTF8Offset(data) ?? 0)); fix the file or declare its real encoding")
            }
            return name
        }
        guard isValidUTF8(data) else {
            throw .undecodable("not UTF-8 and no encoding declared (add <meta charset=\"…\">, e.g. Shift_JIS or windows-1252)")
        }
        return "UTF-8"
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
        if data.prefix(8192).contains(0) { throw .binary }
    }

    /// The charset of `<meta charset=…>` or `<meta http-equiv="Content-Type" content="…; charset=…">`
    /// in the first 4 KB (where HTML requires it to be).
    static func declaredCharset(in data: Data) -> String? {
        let head = data.prefix(4096)
        guard let text = String(data: head, encoding: .isoLatin1)?.lowercased() else { return nil }
        var search = text.startIndex
        while let r = text.range(of: "charset", range: search..<text.endIndex) {
            search = r.upperBound
            // Only inside a <meta …> tag.
            guard let open = text.range(of: "<", options: .backwards, range: text.startIndex..<r.lowerBound),
                  text[open.upperBound...].hasPrefix("meta") else { continue }
            var i = r.upperBound
            while i < text.endIndex, text[i] == " " { i = text.index(after: i) }
            guard i < text.endIndex, text[i] == "=" else { continue }
            i = text.index(after: i)
            while i < text.endIndex, text[i] == " " || text[i] == "\"" || text[i] == "'" { i = text.index(after: i) }
            var name = ""
            while i < text.endIndex, !"\"'; />".contains(text[i]) {
                name.append(text[i])
                i = text.index(after: i)
            }
            if !name.isEmpty { return name }
        }
        return nil
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
