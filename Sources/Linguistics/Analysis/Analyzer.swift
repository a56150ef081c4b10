import Foundation

/// The analyzer chain for one language, used at index and at query time (both sides must agree):
///
/// 1. NFKC + case folding (ICU's NFKC_Casefold; an ASCII fast path skips ICU),
/// 2. segmentation: letters and digits of space-separated scripts form words (apostrophes and
///    hyphens split: l'adresse → l, adresse); Thai, Lao, Khmer and Myanmar runs and Han/kana runs
///    go to ICU's dictionary-based word break iterator. Space-separated scripts do not go through
///    ICU on purpose: its rules keep "l'adresse" and "e.g." whole (worse for retrieval) and a
///    64 K class table walks Latin text several times faster than the iterator,
/// 3. CJK bigrams: every Han/katakana character pair of a run is indexed too, so two-character
///    terms (退款, 発送, 関税) match whatever the dictionary did with the surrounding text;
///    Hangul words of three syllables or more also give their syllable pairs (particles are
///    glued to Korean nouns: 환불은 still matches 환불),
/// 4. Traditional → Simplified folding for Chinese,
/// 5. diacritic folding (`DiacriticFolding`; Vietnamese keeps the original too),
/// 6. stop words (`StopWords`),
/// 7. Snowball stemming where an algorithm exists (`LanguageProfile.stemmerName`).
///
/// Thread safety: an `Analyzer` is an immutable value and safe to use from any number of threads
/// at once. The non-thread-safe parts (ICU break iterators, Snowball stemmers, scratch buffers,
/// a cache of analyzed words) live in workers that each call checks out of a pool shared by all
/// analyzers of the same language, so creating an `Analyzer` is cheap too.
public struct Analyzer: Sendable {
    private let shared: SharedAnalyzer

    /// `language`: a BCP 47 tag ("de", "pt-BR", "zh-Hant"); unknown languages get the generic chain
    /// (normalization, segmentation, bigrams, folding; no stop words, no stemming).
    public init(language: String) {
        shared = SharedAnalyzer.forLanguage(language)
    }

    /// The chain without the light stemmer of a language Snowball has none for (Polish case endings,
    /// `SuffixStemmer`): the words as the intent classifier reads them. Its character n-grams see
    /// the inflections already, and its features are shared by every language, so stripping Polish
    /// endings moved the model's other languages too (seven cases of the sample evaluation, none
    /// of them Polish).
    public init(withoutLightStemmingFor language: String) {
        shared = SharedAnalyzer.forLanguage(language, lightStemming: false)
    }

    /// The primary language subtag this analyzer was built for.
    public var language: String { shared.profile.language }

    /// Whether this analyzer stems (the Snowball algorithm's name, if any).
    public var stemmerAlgorithm: String? { shared.profile.stemmer }

    public func tokens(_ text: String) -> [Token] {
        var out = TermBuffer()
        terms(text, into: &out)
        return out.tokens
    }

    public func terms(_ text: String) -> [String] {
        var out = TermBuffer()
        terms(text, into: &out)
        return (0..<out.count).map(out.term)
    }

    /// Appends the terms of `text` to `out` as UTF-8 bytes, without a `String` per term (the index's
    /// path; `tokens` and `terms` read the same buffer back).
    public func terms(_ text: String, into out: inout TermBuffer) {
        shared.pool.withElement { $0.analyze(text, into: &out) }
    }
}

/// Per-language state shared by every `Analyzer` value of that language.
final class SharedAnalyzer: Sendable {
    let profile: LanguageProfile
    let pool: Pool<AnalyzerWorker>

    private init(language: String, lightStemming: Bool) {
        let profile = LanguageProfile(language: language, lightStemming: lightStemming)
        self.profile = profile
        pool = Pool { AnalyzerWorker(profile: profile) }
        if profile.simplifyHan { _ = ChineseFolding.shared }
    }

    private struct Key: Hashable {
        var language: String
        var lightStemming: Bool
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var shared: [Key: SharedAnalyzer] = [:]

    /// A language without a light stemmer has one chain either way: the classifier and the index
    /// share its workers and their word caches.
    static func forLanguage(_ language: String, lightStemming: Bool = true) -> SharedAnalyzer {
        let primary = primaryLanguage(language)
        let key = Key(language: primary, lightStemming: lightStemming || SuffixStemmer.for(primary) == nil)
        lock.lock()
        defer { lock.unlock() }
        if let s = shared[key] { return s }
        let s = SharedAnalyzer(language: primary, lightStemming: key.lightStemming)
        shared[key] = s
        return s
    }
}
