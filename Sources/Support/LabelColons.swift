/// Labels in a row: a colon, a short label (at most five words, no clause's punctuation), and another
/// colon ("Verschickt: Adressänderung: Nur über …", "Échange : pas d'échange direct : retournez …").
/// A sentence takes one such colon; a time ("14:00") or an address ("https://") has no label's colon.
/// The reading check counts such sentences as table syntax, and the row writer avoids writing them:
/// one definition for both.
public enum LabelColons {
    /// Whether a label's colon follows another, with only a short label between them.
    public static func labelAfterLabel(in s: String) -> Bool {
        let scalars = Array(s.unicodeScalars)
        var previous: Int?
        for i in scalars.indices where isLabelColon(scalars, at: i) {
            if let previous {
                let label = String(String.UnicodeScalarView(scalars[(previous + 1)..<i])).trimmedOfWhitespace
                if !label.isEmpty, label.count <= 40, label.split(separator: " ").count <= 5,
                   !label.contains(where: { ".;,!?。、，".contains($0) }) { return true }
            }
            previous = i
        }
        return false
    }

    /// How many labels' colons the text has ("Blanc : idéal pour … : montage … et Autonomie : …" has three).
    public static func count(in s: String) -> Int {
        let scalars = Array(s.unicodeScalars)
        return scalars.indices.filter { isLabelColon(scalars, at: $0) }.count
    }

    /// The text with its labels' colons made the given dash: ": " and " : " (not "14:00"), and "：".
    public static func dashed(_ text: String, dash: String) -> String {
        text.replacingExactly(" : ", with: dash).replacingExactly(": ", with: dash).replacingExactly("：", with: dash.trimmedOfWhitespace)
    }

    /// The text with its first label's colon kept and the later ones made the dash: a list item of
    /// a manual, "Changer de mode : appuyez de nouveau brièvement : blanc → blanc chaud → rouge",
    /// reads "… brièvement – blanc → …".
    public static func firstLabelOnly(_ text: String, dash: String) -> String {
        let marks = [" : ", ": ", "："].compactMap { text.range(of: $0) }
        guard let first = marks.min(by: { $0.lowerBound < $1.lowerBound }) else { return text }
        return String(text[..<first.upperBound]) + dashed(String(text[first.upperBound...]), dash: dash)
    }

    /// A colon that ends a label: a full-width one, or one followed by a space.
    private static func isLabelColon(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        if scalars[i] == "：" { return true }
        guard scalars[i] == ":", i + 1 < scalars.count else { return false }
        return scalars[i + 1].properties.isWhitespace
    }
}
