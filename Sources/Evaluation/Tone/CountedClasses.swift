import Workspace

/// Something a rule counts: a term, an emoji, a run of exclamation marks. `range` is what the
/// report shows (for exclamations, the word the run ends, "soon!!"); `count` what it adds to a limit.
struct Occurrence: Equatable {
    var range: Range<Int>
    var count: Int = 1
}

/// The classes a `limit` rule can count instead of terms.
enum CountedClasses {
    static func occurrences(of cls: ToneRule.CountedClass, in text: ToneText) -> [Occurrence] {
        switch cls {
        case .emoji: return emoji(in: text.characters)
        case .exclamation: return exclamations(in: text.characters)
        }
    }

    /// Every emoji, each counted once however many scalars it is made of: a flag (two regional
    /// indicators), a ZWJ family, a thumbs-up with a skin tone and a keycap are all one Character.
    static func emoji(in chars: [Character]) -> [Occurrence] {
        chars.indices.filter { isEmoji(chars[$0]) }.map { Occurrence(range: $0..<($0 + 1)) }
    }

    static func isEmoji(_ c: Character) -> Bool {
        let scalars = c.unicodeScalars
        guard let first = scalars.first else { return false }
        // ASCII ("#", "*" and the digits are Emoji, but never counted bare): answered without the
        // property tables, for nearly every character of an answer.
        if c.asciiValue != nil { return false }
        if scalars.contains("\u{FE0E}") { return false }                       // text presentation asked for
        if scalars.contains(where: { $0.properties.isEmojiPresentation }) { return true }
        guard first.properties.isEmoji else { return false }
        if scalars.contains("\u{FE0F}") || scalars.contains("\u{20E3}") { return true }   // emoji presentation, keycaps
        // Symbols that are emoji by default in practice though their default presentation is text
        // (☺ ❤ ✈ ☎). Digits, #, ©, ® and ™ are "emoji" too, but only with FE0F: never counted bare.
        switch first.value {
        case 0x2600...0x27BF, 0x2B00...0x2BFF, 0x1F000...0x1FAFF: return true
        default: return false
        }
    }

    /// `!` and the full-width `！` (and ‼ and ⁉, which are two and one), one occurrence per run,
    /// shown with the word it ends: "¡Hola!", "ございます！".
    static func exclamations(in chars: [Character]) -> [Occurrence] {
        var out: [Occurrence] = []
        var i = 0
        while i < chars.count {
            var marks = 0
            var j = i
            while j < chars.count, let n = exclamationCount(chars[j]) {
                marks += n
                j += 1
            }
            guard marks > 0 else { i += 1; continue }
            out.append(Occurrence(range: wordStart(before: i, in: chars)..<j, count: marks))
            i = j
        }
        return out
    }

    static func exclamationCount(_ c: Character) -> Int? {
        switch c {
        case "!", "！", "⁉": return 1
        case "‼": return 2
        default: return nil
        }
    }

    /// Back to the previous space or sentence mark, at most ten characters (Japanese has no
    /// spaces: the whole sentence would be too much).
    private static func wordStart(before i: Int, in chars: [Character]) -> Int {
        var s = i
        while s > 0, i - s < 10 {
            let c = chars[s - 1]
            if c.isWhitespace || "。．？?!！、，,.:：;；「」\"".contains(c) { break }
            s -= 1
        }
        return s
    }
}
