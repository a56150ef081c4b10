import Support

/// `LanguageTag.normalize`, with "und" for what is not a tag (analysis falls back to the generic
/// analyzer).
func primaryLanguage(_ tag: String) -> String {
    LanguageTag.normalize(tag) ?? "und"
}
