/// A footnote's reference marks: superscript digits a writer puts after a word ("Mijn Trailglow
/// 400³ reageert …", "vóór de lunch bestel²") and at the start of the note itself ("³ Vorig jaar
/// gekocht"). Read as part of the word they follow, they hide it ("400³" is no model number the
/// catalogue knows), so the steps read the message without them. A square or cubic unit keeps its
/// exponent ("20 m²", "500 cm³").
enum FootnoteMarks {
    /// The text without its footnote marks, and how many runs of marks were left out.
    static func withoutMarks(_ text: String) -> (text: String, marks: Int) {
        guard text.unicodeScalars.contains(where: isSuperscriptDigit) else { return (text, 0) }
        var out = String.UnicodeScalarView()
        var marks = 0
        var word = String.UnicodeScalarView()   // the letters and digits right before the scalar read
        var inRun = false
        for scalar in text.unicodeScalars {
            if isSuperscriptDigit(scalar) {
                if !inRun, exponentUnits.contains(String(word).lowercased()) {
                    out.append(scalar)
                    continue
                }
                if !inRun { marks += 1 }
                inRun = true
                continue
            }
            inRun = false
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil { word.append(scalar) } else { word = .init() }
            out.append(scalar)
        }
        return (String(out), marks)
    }

    /// ¹ ² ³ and ⁰, ⁴–⁹.
    static func isSuperscriptDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xB9, 0xB2, 0xB3, 0x2070, 0x2074...0x2079: return true
        default: return false
        }
    }

    /// Units written with an exponent: their ² and ³ are no footnote marks.
    private static let exponentUnits: Set<String> = ["m", "cm", "mm", "dm", "km", "ft", "in", "yd"]
}
