import Foundation
import Support

/// Sentence splitting with ICU's sentence break iterator, for chunking (a chunk never splits a
/// sentence).
///
/// On top of ICU:
/// - the `@ss=standard` locale keyword turns on ICU's abbreviation suppressions (Mr., z. B. …)
///   where ICU has data for the language;
/// - a small per-language list of abbreviations that end with a period is checked as well,
///   because ICU's lists miss common ones ("Nr.", "bzw.", "ca.", "p. ej.", "n°." …);
/// - Thai has no sentence punctuation: a space between two Thai letters ends a sentence there,
///   which is how Thai writers separate sentences.
/// Sentences come back trimmed, without empty ones.
public enum Sentences {
    /// What goes between two sentences written one after the other: nothing in Japanese and Chinese,
    /// whose sentences end in 。, a space elsewhere.
    public static func separator(_ language: String) -> String {
        ["ja", "zh"].contains(primaryLanguage(language)) ? "" : " "
    }

    /// What ends a sentence that has no mark of its own: 。 in Japanese and Chinese, nothing in Thai
    /// (a space does), a full stop elsewhere.
    public static func fullStop(_ language: String) -> String {
        switch primaryLanguage(language) {
        case "ja", "zh": return "。"
        case "th": return ""
        default: return "."
        }
    }

    /// Whether `split` cuts this language's sentences at spaces (Thai): its pieces are fragments,
    /// which a composer keeps whole rather than drop one by one.
    public static func splitsAtSpaces(_ language: String) -> Bool { primaryLanguage(language) == "th" }

    public static func split(_ text: String, language: String) -> [String] {
        let lang = primaryLanguage(language)
        let units = Array(text.utf16)
        guard !units.isEmpty else { return [] }
        var pieces: [String] = []
        sentencePool(lang).withElement { breaker in
            units.withUnsafeBufferPointer { buf in
                breaker.segments(buf) { a, b, _ in
                    pieces.append(String(utf16Units: UnsafeBufferPointer(rebasing: buf[a..<b])))
                }
            }
        }
        pieces = mergeAbbreviations(pieces, abbreviations: Abbreviations.list(for: lang))
        if lang == "th" { pieces = pieces.flatMap(splitThai) }
        return pieces.map(\.trimmedOfWhitespace).filter { !$0.isEmpty }
    }

    /// The sentences a reader counts: `split`'s, where a language ending its sentences with a space
    /// (Thai) keeps together the pieces a joining word between them ties into one ("…ใช้เวลา 7–12
    /// วันทำการ และ จัดส่งโดย Flash Express" is one sentence, not three). For what an answer's length
    /// counts; chunking keeps `split`, whose pieces are the index's.
    public static func asRead(_ text: String, language: String) -> [String] {
        let pieces = split(text, language: language)
        guard let joiners = spaceJoiners[primaryLanguage(language)], pieces.count > 1 else { return pieces }
        var out: [String] = []
        for piece in pieces {
            if let last = out.last, joiners.contains(String(lastWord(last))) || joiners.contains(String(firstWord(piece))) {
                out[out.count - 1] = last + " " + piece
            } else {
                out.append(piece)
            }
        }
        return out
    }

    private static func lastWord(_ s: String) -> Substring { s.split(separator: " ").last ?? "" }
    private static func firstWord(_ s: String) -> Substring { s.split(separator: " ").first ?? "" }

    /// Language → the words that join two parts of a sentence across a space (`Resources/sentences/space-joiners.tsv`).
    static let spaceJoiners: [String: Set<String>] = {
        var out: [String: Set<String>] = [:]
        for row in TabSeparated.rows(PackageResources.space_joiners_tsv) {
            // A defect of kbkit's own file; the tests read it.
            precondition(row.fields.count == 2 && !row.fields[1].isEmpty, "sentences/space-joiners.tsv:\(row.line): expected language<TAB>word")
            out[String(row.fields[0]), default: []].insert(String(row.fields[1]))
        }
        return out
    }()

    private static func mergeAbbreviations(_ pieces: [String], abbreviations: Set<String>) -> [String] {
        guard !abbreviations.isEmpty else { return pieces }
        var out: [String] = []
        for piece in pieces {
            if let last = out.last, endsWithAbbreviation(last, abbreviations) {
                out[out.count - 1] = last + piece
            } else {
                out.append(piece)
            }
        }
        return out
    }

    /// The last word before the final period, lower-cased ("Nr" for "… Bestellung Nr. ").
    private static func endsWithAbbreviation(_ s: String, _ abbreviations: Set<String>) -> Bool {
        let trimmed = s.trimmedOfWhitespace
        guard trimmed.hasSuffix(".") else { return false }
        let body = trimmed.dropLast()
        let word = body.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "(" || $0 == "\t" }).last.map(String.init) ?? ""
        return abbreviations.contains(word.lowercased())
    }

    private static func splitThai(_ s: String) -> [String] {
        let scalars = Array(s.unicodeScalars)
        var out: [String] = []
        var current = String.UnicodeScalarView()
        // Thai letters and marks only: a space before a price ("ครบ ฿990") or after one ends no
        // sentence (฿ is U+0E3F, Thai digits U+0E50–U+0E59).
        func isThai(_ c: Unicode.Scalar) -> Bool { (0x0E01...0x0E3A).contains(c.value) || (0x0E40...0x0E4F).contains(c.value) }
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c == " ", let prev = current.last, isThai(prev) {
                var j = i
                while j < scalars.count, scalars[j] == " " { j += 1 }
                if j < scalars.count, isThai(scalars[j]) {
                    out.append(String(current))
                    current = String.UnicodeScalarView()
                    i = j
                    continue
                }
            }
            current.append(c)
            i += 1
        }
        if !current.isEmpty { out.append(String(current)) }
        return out
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var pools: [String: Pool<BreakIterator>] = [:]

    private static func sentencePool(_ lang: String) -> Pool<BreakIterator> {
        lock.lock()
        defer { lock.unlock() }
        if let p = pools[lang] { return p }
        let locale = (lang == "und" ? "root" : lang) + "@ss=standard"
        let p = Pool<BreakIterator> {
            BreakIterator(.sentence, locale: locale) ?? BreakIterator(.sentence, locale: "root")!
        }
        pools[lang] = p
        return p
    }
}

/// Abbreviations that end with a period and do not end a sentence (lower case, without the
/// final period). ICU splits "z. B." after each part, so German lists "z" and "b" alone.
enum Abbreviations {
    static func list(for lang: String) -> Set<String> {
        byLanguage[lang] ?? common
    }

    private static let byLanguage: [String: Set<String>] = perLanguage.mapValues { $0.union(common) }

    private static let common: Set<String> = ["nr", "tel", "ca", "etc", "vs", "approx", "dr", "mr", "mrs", "st", "e.g", "i.e", "n°"]

    private static let perLanguage: [String: Set<String>] = [
        "de": ["bzw", "usw", "u.a", "z.b", "d.h", "inkl", "ggf", "evtl", "max", "min", "mind", "str", "hr", "fr", "abs", "s", "vgl", "bspw", "zzgl", "u", "z", "b"],
        "en": ["inc", "ltd", "co", "jr", "sr", "no", "dept", "min", "max"],
        "fr": ["m", "mme", "mlle", "env", "cf", "p.ex", "ex"],
        "es": ["sr", "sra", "srta", "ej", "p", "pág", "núm", "aprox", "p.ej", "ud", "uds"],
        "pt": ["sr", "sra", "ex", "pág", "núm", "aprox"],
        "it": ["sig", "sig.ra", "ecc", "pag", "es"],
        "nl": ["bijv", "o.a", "d.w.z", "ca", "nr"],
        "pl": ["np", "tzn", "tj", "ok", "ul", "godz", "zł"],
        "cs": ["např", "tj", "tzv", "ul", "č"],
        "sv": ["t.ex", "bl.a", "ca", "kr", "s.k"],
        "ru": ["т.е", "т.д", "т.п", "г", "ул", "руб", "см"],
        "uk": ["т.д", "грн", "вул", "див"],
        "tr": ["vb", "örn", "bkz"],
        "ro": ["ex", "str", "nr", "dl", "dna"],
    ]
}
