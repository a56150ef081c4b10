import Foundation

/// Language identification for customer messages, from two words to whole documents.
///
/// How it decides:
/// 1. The script settles most languages outright: Thai, Hangul, kana (Japanese), Greek, Hebrew,
///    Armenian, Georgian and the Indic scripts other than Devanagari each belong to one language.
/// 2. Within a script shared by several languages (Latin, Cyrillic, Arabic, Devanagari, Han),
///    evidence is added up per language, in log-odds-like units:
///    - CLD2 (`ExtDetectLanguageSummary`, best effort): its top three languages weighted by their
///      share of the text, by the number of words (CLD2 is strong on sentences, weak on two words)
///      and by its reliability flag;
///    - word lists (`Lexicons`): frequent words and customer-service vocabulary per language, each
///      hit weighted down by how many languages share the word; "!" words tell confusable pairs
///      apart (Indonesian/Malay, Spanish/Portuguese, Russian/Ukrainian);
///    - distinctive letters (`LetterCues`: ñ, ã, ł, ğ, ř, ș, ư, ї, ы …), capped per text;
///    - Han only: characters only Chinese or only Japanese uses, and Japanese-only compounds,
///      which is how kanji-only Japanese (注文番号) is told from Chinese;
///    - the market prior, as a log-ratio against the market's most likely language.
/// 3. A softmax over the candidates with evidence plus an "undetermined" pseudo-candidate turns the
///    scores into probabilities; below `threshold` the answer is "und".
///
/// The identifier is an immutable value: thread-safe, cheap to copy. CLD2 is stateless.
public struct LanguageIdentifier: Sendable {
    /// Below this probability the answer is "und".
    public var threshold: Double

    public init(threshold: Double = 0.5) {
        self.threshold = threshold
    }

    /// `prior`: the market's languages and how likely each is, e.g. ["ms": 1, "en": 0.6, "zh": 0.4]
    /// (only ratios matter); languages not named get a fifth of the largest weight. Empty: no prior.
    public func identify(_ text: String, prior: [String: Double] = [:]) -> LanguageIdentification {
        let cleaned = Self.clean(text)
        let evidence = Evidence(cleaned)
        guard evidence.letters > 0 else { return .undetermined }
        var scores = evidence.scores()
        if !prior.isEmpty { Self.applyPrior(prior, to: &scores) }
        return decide(scores)
    }

    // MARK: decision

    /// Score of the "undetermined" pseudo-candidate: what a language needs to beat.
    static let undeterminedScore = 0.5

    private func decide(_ scores: [String: Double]) -> LanguageIdentification {
        let positive = scores.filter { $0.value > 0 }
        guard !positive.isEmpty else { return .undetermined }
        let maxScore = max(positive.values.max()!, Self.undeterminedScore)
        var total = exp(Self.undeterminedScore - maxScore)
        for v in positive.values { total += exp(v - maxScore) }
        let candidates = positive
            .map { LanguageScore(language: $0.key, score: exp($0.value - maxScore) / total) }
            .sorted { $0.score != $1.score ? $0.score > $1.score : $0.language < $1.language }
        let best = candidates[0]
        return LanguageIdentification(
            language: best.score >= threshold ? best.language : "und",
            confidence: best.score,
            candidates: Array(candidates.prefix(5)))
    }

    static let priorWeight = 1.2

    static func applyPrior(_ prior: [String: Double], to scores: inout [String: Double]) {
        let top = prior.values.max() ?? 0
        guard top > 0 else { return }
        for (lang, score) in scores where score > 0 {
            let p = max(prior[lang] ?? top / 5, top / 100)
            scores[lang] = score + priorWeight * log(p / top)
        }
    }

    /// URLs, e-mail addresses and anything with digits (order numbers, prices, dates) say
    /// nothing about the language and mislead CLD2; they are dropped before scoring.
    static func clean(_ text: String) -> String {
        var parts: [Substring] = []
        for part in text.split(whereSeparator: { $0.isWhitespace }) {
            if part.contains("://") || part.contains("@") || part.hasPrefix("www.") { continue }
            if part.contains(where: { $0.isASCII && $0.isNumber }) { continue }
            parts.append(part)
        }
        return parts.joined(separator: " ")
    }
}
