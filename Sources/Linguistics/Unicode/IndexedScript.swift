/// A customer's text in the script the analyzer reads the language in: Chinese written in
/// Traditional characters read in Simplified ("寄回去的運費需要我自己付嗎？" → "寄回去的运费需要我自己付吗？").
/// The index folds both sides, but the steps that compare a message's words with data written in
/// one script (question particles, joiners, subordinators, chat shorthand) would not find "嗎",
/// "還有" or "如果…後" and read a Hong Kong customer's two questions as one statement.
public enum IndexedScript {
    /// The text read in the language's indexed script, and how many characters changed (0: as
    /// written).
    public static func read(_ text: String, language: String) -> (text: String, changed: Int) {
        guard LanguageProfile.simplifiesHan(primaryLanguage(language)) else { return (text, 0) }
        let folded = ChineseFolding.shared.fold(text)
        guard folded != text else { return (text, 0) }
        let changed = zip(text.unicodeScalars, folded.unicodeScalars).count { $0 != $1 }
        return (folded, changed)
    }
}
