import Support

extension YAMLNode {
    /// A language tag, normalised the one way kbkit does everywhere (`LanguageTag.normalize`:
    /// "pt-BR" → "pt", "zh-Hant" → "zh", "no" → "nb", "tl" → "fil", "EN_us" → "en"), or an error
    /// naming file, line and field.
    func languageTag() throws(WorkspaceError) -> String {
        let value = try string()
        guard let tag = LanguageTag.normalize(value) else {
            throw error("'\(value)' is not a language tag (e.g. en, de, zh-Hant, pt-BR, nb)")
        }
        return tag
    }
}
