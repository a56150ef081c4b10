/// The primary language subtag of a BCP 47 tag, lower-cased, with the legacy and alternative
/// codes callers may send mapped to the ones kbkit uses ("pt-BR" → "pt", "zh-Hant" → "zh",
/// "tl" → "fil", "in" → "id", "iw" → "he"; "" → "und").
func primaryLanguage(_ tag: String) -> String {
    let primary = tag.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
    switch primary {
    case "": return "und"
    case "tl": return "fil"
    case "in": return "id"
    case "iw": return "he"
    case "zsm": return "ms"
    case "cmn": return "zh"
    default: return primary
    }
}
