import Support
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
///    - character 1–5-grams (`CharacterNGrams`), a naive-Bayes vote that names the likeliest
///      language of a short line no word list knows;
///    - Han only: characters only Chinese or only Japanese uses, and Japanese-only compounds,
///      which is how kanji-only Japanese (注文番号) is told from Chinese;
///    - the market prior, as a log-ratio against the market's most likely language.
///    Which languages count in full is the identifier's `languages`: kbkit's core languages plus
///    the workspace's market languages. CLD2's vote for another language is discounted (a customer
///    of the store's markets is far more likely to write one they serve), but still reported when
///    it is clear; the word lists of opt-in languages (Norwegian, Danish, Finnish) are used only
///    when a market lists them, as they would otherwise pull Swedish messages away.
/// 3. A softmax over the candidates with evidence plus an "undetermined" pseudo-candidate turns the
///    scores into probabilities; below `threshold` the answer is "und".
///
/// The identifier is an immutable value: thread-safe, cheap to copy. CLD2 is stateless.
public struct LanguageIdentifier: Sendable {
    /// Below this probability the answer is "und". 0.4, not 0.5: a line plainly in one of two
    /// close languages (Indonesian or Malay, Spanish or Portuguese: "Kenapa?", "Claro!") splits
    /// its probability between them, and at 0.5 was "und" though it is in either; a line in no
    /// language still has no evidence at all (issue 11, dev split, 2.8 MB model: "und" on 113 → 60 of 4,616
    /// subtitle lines).
    public var threshold: Double

    /// The languages with word lists and tests (the store's markets). Others that CLD2 or the
    /// script name (el, he, bn, fa, …) can be reported too.
    public static let coreLanguages = ["en", "de", "fr", "es", "it", "nl", "pl", "pt", "ja", "zh", "ko", "th",
                                       "vi", "id", "ms", "fil", "ar", "ru", "tr", "hi", "sv", "cs", "ro", "uk"]

    /// The languages it may answer with full weight: `coreLanguages` plus the workspace's.
    public let languages: Set<String>
    /// Languages whose CLD2 votes count in full; opt-in word lists not in use.
    let fullVote: Set<String>
    let ignored: Set<String>

    /// `languages`: the workspace's market languages (any tags; normalised with `LanguageTag`), in
    /// addition to the core ones. A language without a word list (Galician, Korean …) is then
    /// answered on CLD2's or the script's word.
    public init(threshold: Double = 0.4, languages: [String] = []) {
        self.threshold = threshold
        let extra = Set(languages.compactMap(LanguageTag.normalize)).subtracting(Self.coreLanguages)
        self.languages = extra.union(Self.coreLanguages)
        fullVote = Lexicons.builtIn.union(extra)
        // Bokmål's word list also serves a Nynorsk-only store (its evidence goes to "nn").
        let active = extra.contains("nn") ? extra.union(["nb"]) : extra
        ignored = Lexicons.optIn.subtracting(active)
    }

    /// Reads the word lists, letter cues and character n-gram model now. Each is read on first
    /// use, which in a run of many texts falls on the first ones (an evaluation's first cases).
    public static func loadResources() {
        _ = Lexicons.index.count
        _ = Lexicons.builtInIndex.count
        _ = Lexicons.han
        _ = LetterCues.table.count
        _ = CharacterNGrams.shared
    }

    /// `prior`: the market's languages (normalised tags) and how likely each is, e.g. ["ms": 1, "en": 0.6, "zh": 0.4]
    /// (only ratios matter); languages not named get a fifth of the largest weight. Empty: no prior.
    public func identify(_ text: String, prior: [String: Double] = [:]) -> LanguageIdentification {
        // A few thousand characters settle any language; whole documents need not be read.
        let sample = text.utf8.count > Self.sampleLimit ? String(text.prefix(Self.sampleLimit / 2)) : text
        let split = prior["id"] == nil && prior["ms"] == nil
        var evidence = Evidence(Self.clean(sample), fullVote: fullVote, ignored: ignored, lettersSplitMalayIndonesian: split)
        // A post of hashtags alone ("#so #flauschig #und #klein!") has nothing else to go by.
        if evidence.letters == 0 && sample.utf8.contains(0x23) {
            evidence = Evidence(Self.clean(sample, keepingHashtags: true), fullVote: fullVote, ignored: ignored, lettersSplitMalayIndonesian: split)
        }
        guard evidence.letters > 0 else { return .undetermined }
        var scores = evidence.scores()
        if !prior.isEmpty { Self.applyPrior(prior, to: &scores) }
        return decide(scores)
    }

    // MARK: decision

    static let sampleLimit = 12_000

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

    /// URLs, paths, Markdown link targets, e-mail addresses, hashtags and letter-digit runs (order numbers,
    /// prices, dates, model names like "CR2032") say nothing about the language and mislead CLD2
    /// (and their Latin letters would outvote a short Thai or Chinese line); they are dropped
    /// before scoring. Digits are cut out of the run they sit in, not the whole space-separated
    /// part: Chinese and Japanese have no spaces, so a part can be a paragraph.
    static func clean(_ text: String, keepingHashtags: Bool = false) -> String {
        var out = String.UnicodeScalarView()
        var parts = 0
        for part in text.split(whereSeparator: { $0.isWhitespaceQuick }) {
            // Foundation's `contains` (NSString, canonical equivalence) was a third of `clean`: it
            // can find "://" or "@" only where their bytes are, so it is asked only then, with the
            // same answer.
            let link = String(part).containsExactly("://") && part.contains("://")
            let address = part.utf8.contains(0x40) && part.contains("@")
            // A hashtag is a name run together ("#MasterChefBR", "#conversacombial"), often English
            // in any language's post: its letters mislead the n-grams (issue 11, UMSAB dev tweets).
            let hashtag = !keepingHashtags && part.utf8.count > 1 && part.utf8.first == 0x23 && part.dropFirst().first!.isLetter
            if link || address || hashtag || part.hasPrefix("www.") || part.hasPrefix("/") || part.hasPrefix("(/") { continue }
            if parts > 0 { out.append(" ") }
            parts += 1
            var run = String.UnicodeScalarView()      // current ASCII letter/digit run
            var runHasDigit = false
            var inLinkTarget = false
            var previous: Unicode.Scalar = " "
            func flush() {
                if !runHasDigit { out.append(contentsOf: run) }
                run = String.UnicodeScalarView()
                runHasDigit = false
            }
            for c in part.unicodeScalars {
                defer { previous = c }
                if inLinkTarget {                       // skip "](target)"
                    if c == ")" { inLinkTarget = false }
                    continue
                }
                if c == "(" && previous == "]" { inLinkTarget = true; continue }
                // (In ASCII, Alphabetic is the 52 letters: ASCIIClass answers without Unicode's tables.)
                if c.isASCII && (ASCIIClass.isLetter(UInt8(c.value)) || ("0"..."9").contains(c)) {
                    run.append(c)
                    if ("0"..."9").contains(c) { runHasDigit = true }
                } else {
                    flush()
                    out.append(c)
                }
            }
            flush()
        }
        return String(out)
    }
}
