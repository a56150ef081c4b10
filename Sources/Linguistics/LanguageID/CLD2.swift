import Support
internal import CCLD2

/// CLD2's answer, with its language codes mapped to the BCP 47 primary tags kbkit uses.
struct CLD2Result {
    var languages: [(language: String, percent: Double, score: Double)]
    var reliable: Bool
    var textBytes: Int
}

enum CLD2 {
    /// CLD2 is stateless and thread-safe; this allocates nothing but the result.
    static func detect(_ text: String) -> CLD2Result {
        var result = kb_cld2_result()
        var text = text
        _ = text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { kb_cld2_detect($0.baseAddress, Int32($0.count), &result) }
        }
        var languages: [(String, Double, Double)] = []
        withUnsafeBytes(of: result.language) { raw in
            for i in 0..<3 {
                let code = String(cString: raw.baseAddress!.advanced(by: i * 16).assumingMemoryBound(to: CChar.self))
                let percent = [result.percent.0, result.percent.1, result.percent.2][i]
                let score = [result.normalized_score.0, result.normalized_score.1, result.normalized_score.2][i]
                guard percent > 0, let tag = bcp47(code) else { continue }
                languages.append((tag, Double(percent), score))
            }
        }
        return CLD2Result(languages: languages, reliable: result.is_reliable != 0, textBytes: Int(result.text_bytes))
    }

    /// CLD2 codes → kbkit tags (`LanguageTag.normalize`: "no" → "nb", "iw" → "he", "jw" → "jv",
    /// "zh-Hant" → "zh"). CLD2 names Filipino "tl" and confuses it with the other Philippine
    /// languages it knows (Cebuano, Waray) on customer messages; all three count as "fil", the
    /// language of the PH market.
    static func bcp47(_ code: String) -> String? {
        switch code {
        case "un", "xx", "": return nil
        case "ceb", "war": return "fil"
        default: return LanguageTag.normalize(code)
        }
    }
}
