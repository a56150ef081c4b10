import Support
import Linguistics

/// The built-in check `builtin.language`: the answer is in the expected language, with no sentence
/// in another one leaking in (an English sentence from an English chunk inside a German answer).
///
/// Each sentence (`Sentences.split`) is identified on its own, with the market's languages as the
/// prior, the expected one first. Conservative on purpose, so the market's own voice never trips it:
/// - words with digits (order and tracking numbers, amounts, dates), URLs and e-mail addresses are
///   left out before anything else;
/// - a sentence needs more than four words that are not capitalised: names, brands and payment
///   methods ("Visa, Mastercard, PayPal, Bizum o Apple Pay", "Example Shop Customer Care") say
///   nothing about the language of the sentence around them and often are English (so they are
///   left out of what is identified, but for the sentence's first word), and four
///   words are too few to tell loanwords from a leak ("Log in op je account", Dutch);
/// - a sentence leaks only when it is identified as another language with at least
///   `minimumConfidence` while the expected language gets less than `maximumExpected`;
///   Indonesian and Malay, which share most of their words, never leak into each other, and
///   English inside Filipino is Taglish, how Philippine customer service writes (PH's site is
///   English first), not a leak.
struct LanguageLeaks: Sendable {
    static let minimumWords = 5
    static let minimumConfidence = 0.8
    static let maximumExpected = 0.1
    static let sameFamily: [Set<String>] = [["id", "ms"], ["nb", "nn", "da"]]
    /// (answer language, sentence language) pairs that are code-switching, not leaks.
    static let codeSwitching: Set<[String]> = [["fil", "en"]]

    let marketLanguages: [String]
    /// Knows the market's languages (a Norwegian sentence is Norwegian, not Swedish, in a store that sells in Norway).
    let identifier: LanguageIdentifier
    /// Answers repeat their greetings, closings and the KB's sentences: each is identified once.
    private let known = Memo<String?>()

    init(marketLanguages: [String]) {
        self.marketLanguages = marketLanguages
        identifier = LanguageIdentifier(languages: marketLanguages)
    }

    struct Leak: Equatable { var sentence: String; var language: String }

    func leaks(in text: String, expected: String) -> [Leak] {
        Sentences.split(text, language: expected).compactMap { sentence in
            known.value(expected + "|" + sentence) { leakingLanguage(sentence, expected: expected) }.map { Leak(sentence: sentence, language: $0) }
        }
    }

    /// The language a sentence leaks in, or nil when it is in the expected one (or too short to tell).
    func leakingLanguage(_ sentence: String, expected: String) -> String? {
        let words = Self.languageWords(sentence)
        guard Self.tellingWordCount(words.map(\.text)) >= Self.minimumWords else { return nil }
        var prior: [String: Double] = [expected: 1.0]
        for l in marketLanguages where l != expected { prior[l] = 0.6 }
        let id = identifier.identify(Self.tellingText(words), prior: prior)
        let expectedScore = id.candidates.first { $0.language == expected }?.score ?? 0
        guard id.language != "und", id.language != expected, id.confidence >= Self.minimumConfidence,
              expectedScore < Self.maximumExpected,
              !Self.sameFamily.contains(where: { $0.contains(id.language) && $0.contains(expected) }),
              !Self.codeSwitching.contains([expected, id.language]) else { return nil }
        return id.language
    }

    struct Word: Equatable {
        var text: String
        /// First of the sentence or after a colon: capitalised because of where it stands.
        var opensClause: Bool
    }

    /// The words that say something about the language: no digits, links, paths or addresses;
    /// split at punctuation too (Chinese and Japanese put none of their spaces between a name
    /// and the words around it: "网上银行、Touch"), apostrophes and hyphens kept inside words.
    static func languageWords(_ sentence: String) -> [Word] {
        var words: [Word] = []
        var opens = true
        for part in sentence.split(whereSeparator: \.isWhitespaceQuick) {
            // (Character tests only: String.containsExactly("://") goes through Foundation and is slow.)
            if part.contains(where: { $0.isNumberQuick || $0 == "@" || $0 == "/" }) || part.hasPrefix("www.") {
                opens = part.last == ":"
                continue
            }
            for piece in part.split(whereSeparator: { $0.isPunctuationQuick && !"'’-".contains($0) }) {
                guard let first = piece.firstIndex(where: \.isLetterQuick), let last = piece.lastIndex(where: \.isLetterQuick) else { continue }
                words.append(Word(text: String(piece[first...last]), opensClause: opens))
                opens = false
            }
            opens = part.last == ":" || words.isEmpty
        }
        return words
    }

    /// The words identified: those that open a clause and every telling one. Capitalised words
    /// elsewhere are names, brands and payment methods, mostly English, and in a short sentence
    /// they outvote its own words ("马来西亚：FPX 网上银行、Touch 'n Go eWallet、GrabPay、Visa、Mastercard。"
    /// read as English).
    static func tellingText(_ words: [Word]) -> String {
        words.filter { $0.opensClause || tellingWordCount([$0.text]) > 0 }.map(\.text).joined(separator: " ")
    }

    /// Words that are not capitalised; a run of a script without spaces (or case) counts one word
    /// per two characters (about a Chinese or Japanese word) or, in Thai, Lao, Khmer and Myanmar,
    /// per three (grapheme clusters, so a consonant with its vowel and tone marks is one).
    static func tellingWordCount(_ words: [String]) -> Int {
        words.reduce(0) { n, w in
            var han = 0, southeastAsian = 0
            for c in w {
                guard let s = c.unicodeScalars.first, WordSegmentation.isSpaceless(s) else { continue }
                if s.value < 0x3000 { southeastAsian += 1 } else { han += 1 }
            }
            if han + southeastAsian > 0 { return n + max(1, han / 2 + southeastAsian / 3) }
            return n + (w.first?.isUppercase == true ? 0 : 1)
        }
    }
}
