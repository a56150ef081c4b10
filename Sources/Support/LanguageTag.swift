/// Language tags, normalised in one place: market files (`languages:`), document front matter
/// (`lang:`), intent example files, evalsets, CLD2's answers and the CLI's `--lang` all go through
/// `LanguageTag.normalize`, so that "pt-BR", "PT_br" and "pt" are one language.
///
/// kbkit's tags are BCP 47 primary language subtags, lower case: ISO 639-1 where one exists
/// (`en`, `zh`, `ms`, `id`), otherwise ISO 639-2/3 (`fil`). Region and script subtags are dropped
/// ("zh-Hant", "zh-TW", "pt-BR" → "zh", "pt"): the market says the region. Legacy and
/// alternative codes map to the one kbkit uses:
///
/// | written | kbkit | why |
/// |---|---|---|
/// | `no`, `nb` | `nb` | Norwegian Bokmål; `no` (the macrolanguage) is what most people write, CLD2 answers it too |
/// | `nn` | `nn` | Norwegian Nynorsk stays itself (a store serving only one of nb/nn gets both) |
/// | `tl` | `fil` | Filipino, the PH market's language (Tagalog's code) |
/// | `iw`, `in`, `ji`, `jw` | `he`, `id`, `yi`, `jv` | withdrawn ISO 639 codes |
/// | `cmn`, `zsm`, `jp` | `zh`, `ms`, `ja` | ISO 639-3 individual codes; a frequent mistake for Japanese |
public enum LanguageTag {
    /// The normalised primary tag, or nil when `tag` is not a language tag (its primary subtag
    /// must be 2 or 3 ASCII letters; "und" is accepted and stays "und").
    public static func normalize(_ tag: String) -> String? {
        let primary = tag.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " }).first.map(String.init) ?? ""
        guard (2...3).contains(primary.count), primary.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) }) else { return nil }
        return aliases[primary] ?? primary
    }

    static let aliases: [String: String] = [
        "no": "nb", "tl": "fil", "iw": "he", "in": "id", "ji": "yi", "jw": "jv",
        "cmn": "zh", "zsm": "ms", "jp": "ja",
    ]
}
