/// The normalization steps of the analyzer, for callers that compare text without tokenizing it
/// (e.g. evaluation's `must_include`, which ignores case and Unicode normalization differences).
public enum TextNormalizer {
    /// NFKC with Unicode case folding (ICU's NFKC_Casefold): "Ｒｅｆｕｎｄ", "REFUND" and "refund"
    /// become the same string; "ß" becomes "ss".
    public static func caseFolded(_ text: String) -> String {
        // Thai/Lao SARA AM stays composed, as in the analyzer (see AnalyzerWorker.recomposeSaraAm).
        let folded = ICU.normalize(.nfkcCasefold, text)
        guard folded.unicodeScalars.contains(where: { $0 == "\u{0E4D}" || $0 == "\u{0ECD}" }) else { return folded }
        return folded.replacingOccurrences(of: "\u{0E4D}\u{0E32}", with: "\u{0E33}").replacingOccurrences(of: "\u{0ECD}\u{0EB2}", with: "\u{0EB3}")
    }

    /// NFC: canonical composition only (what to store and display).
    public static func nfc(_ text: String) -> String {
        ICU.normalize(.nfc, text)
    }

    /// Case folding plus the analyzer's diacritic folding ("Devolución" → "devolucion",
    /// "Đổi trả" → "doi tra").
    public static func folded(_ text: String) -> String {
        DiacriticFolding.shared.fold(caseFolded(text))
    }
}
