/// Writing systems the toolkit tells apart. `kana` covers hiragana and katakana (Japanese);
/// `han` is shared by Chinese and Japanese, which is why it alone cannot name a language.
public enum Script: String, Sendable, CaseIterable, Codable {
    case latin, cyrillic, greek, arabic, hebrew, armenian, georgian
    case devanagari, bengali, gurmukhi, gujarati, tamil, telugu, kannada, malayalam, sinhala
    case thai, lao, khmer, myanmar, tibetan, ethiopic
    case hangul, kana, han
}

extension Script {
    /// ICU UScriptCode → Script (nil for Common, Inherited and scripts we do not name).
    init?(icuCode: Int32) {
        switch icuCode {
        case 2: self = .arabic
        case 3: self = .armenian
        case 4: self = .bengali
        case 8: self = .cyrillic
        case 10: self = .devanagari
        case 11: self = .ethiopic
        case 12: self = .georgian
        case 14: self = .greek
        case 15: self = .gujarati
        case 16: self = .gurmukhi
        case 17: self = .han
        case 18: self = .hangul
        case 19: self = .hebrew
        case 20, 22, 54: self = .kana
        case 21: self = .kannada
        case 23: self = .khmer
        case 24: self = .lao
        case 25: self = .latin
        case 26: self = .malayalam
        case 28: self = .myanmar
        case 33: self = .sinhala
        case 35: self = .tamil
        case 36: self = .telugu
        case 38: self = .thai
        case 39: self = .tibetan
        default: return nil
        }
    }
}

/// The script most of the text's letters are written in (nil when it has no letters).
///
/// Japanese is reported as `.kana` as soon as kana make up a noticeable share of the letters
/// (Japanese text mixes kanji and kana, and kana never occur in Chinese), so a plain majority of
/// Han characters does not hide it.
public func dominantScript(_ text: String) -> Script? {
    let counts = scriptCounts(text)
    guard let best = counts.max(by: { $0.value < $1.value }) else { return nil }
    if let kana = counts[.kana], best.key == .han, Double(kana) >= 0.1 * Double(best.value) {
        return .kana
    }
    return best.key
}

/// Letters per script (marks and digits are not counted).
func scriptCounts(_ text: String) -> [Script: Int] {
    var counts: [Script: Int] = [:]
    let table = CharTable.shared
    for scalar in text.unicodeScalars {
        guard let script = table.letterScript(scalar.value) else { continue }
        counts[script, default: 0] += 1
    }
    return counts
}
