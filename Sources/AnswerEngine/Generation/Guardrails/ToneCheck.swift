import Foundation
import Workspace

/// The market's tone rules a generated answer can break on its own: `forbid` rules (a term that
/// must not appear) and `limit` rules (at most `max` exclamation marks, emoji or terms), in the
/// answer's language, errors only. `require` rules (the formal "Sie", the closing) are the voice's
/// job and `kbkit eval` scores them for every answer; the evaluation's full tone checker lives in
/// a module after this one.
struct ToneCheck: Sendable {
    func check(_ answer: String, rules: [ToneRule], language: String, upset: Bool) -> GuardrailFailure? {
        for rule in rules where !rule.isWarning && (rule.language == nil || rule.language == language) && (rule.when == nil || upset) {
            switch rule.kind {
            case .forbid:
                if let term = rule.terms.first(where: { Self.count($0, rule.match, in: answer) > 0 }) {
                    return GuardrailFailure(.tone, "\(rule.id): \"\(term)\"")
                }
            case .limit:
                guard let max = rule.max else { continue }
                let n = rule.countedClass.map { Self.count($0, in: answer) } ?? rule.terms.reduce(0) { $0 + Self.count($1, rule.match, in: answer) }
                if n > max { return GuardrailFailure(.tone, "\(rule.id): \(n) > \(max)") }
            case .require:
                continue
            }
        }
        return nil
    }

    static func count(_ term: String, _ match: ToneRule.Match, in text: String) -> Int {
        let pattern: String
        var options: NSRegularExpression.Options = []
        switch match {
        case .regex: pattern = term
        case .substring: pattern = NSRegularExpression.escapedPattern(for: term); options.insert(.caseInsensitive)
        case .word: pattern = "(?<![\\p{L}\\p{N}])" + NSRegularExpression.escapedPattern(for: term) + "(?![\\p{L}\\p{N}])"; options.insert(.caseInsensitive)
        case .case: pattern = "(?<![\\p{L}\\p{N}])" + NSRegularExpression.escapedPattern(for: term) + "(?![\\p{L}\\p{N}])"
        }
        guard let regex = try? NSRegularExpression(pattern: pattern, options: options) else { return 0 }
        return regex.numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text))
    }

    static func count(_ counted: ToneRule.CountedClass, in text: String) -> Int {
        switch counted {
        case .exclamation: return text.filter { $0 == "!" || $0 == "！" }.count
        case .emoji: return text.unicodeScalars.filter { $0.properties.isEmojiPresentation || ($0.properties.isEmoji && $0.value > 0x2000) }.count
        }
    }
}
