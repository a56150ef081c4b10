import Foundation
import Linguistics
import Support

/// **parity**: what a translation must carry over from its source unchanged — e-mail addresses,
/// phone numbers, links to other sites, headings, FAQ pairs — and passages left in another language.
struct ParityRule: LintRuleChecker {
    let rule = LintRule.parity

    func check(_ context: LintContext) -> [LintFinding] {
        let identifier = LanguageIdentifier(languages: context.content.kbLanguages)
        let ownDomains = Contacts.ownDomains(context)
        let translations = context.documents.filter { context.source(of: $0) != nil }
        // The words of each source once, not once per translation.
        var sourceByKey: [String: LintDocument] = [:]
        for doc in translations { let source = context.source(of: doc)!; sourceByKey[source.key] = source }
        let sources = Array(sourceByKey.values)
        let wordsBySource = Dictionary(uniqueKeysWithValues: zip(sources.map(\.key), sources.concurrentMap { source in
            Set(source.units.flatMap { Self.lowerWords($0.text) })
        }))
        // Language identification is most of the rule's time: one document per worker, and each
        // passage once (sites repeat their boilerplate on every page).
        let identified = Memo<LanguageIdentification>()
        return translations.concurrentMap { doc in
            let source = context.source(of: doc)!
            return untranslated(doc, source: source, sourceWords: wordsBySource[source.key]!, identifier: identifier, identified: identified,
                                context: context)
                + carriedOver(doc, source: source, ownDomains: ownDomains)
                + missingHeadings(doc, source: source, context: context)
        }.flatMap { $0 }
    }

    /// E-mail addresses, phone numbers, outside links and FAQ pairs of the source missing from the translation.
    private func carriedOver(_ doc: LintDocument, source: LintDocument, ownDomains: Set<String>) -> [LintFinding] {
        var findings: [LintFinding] = []
        findings += compare("email", Contacts.emails(in: source.units), Contacts.emails(in: doc.units), doc: doc, source: source)
        findings += compare("phone", Contacts.phones(in: source.units), Contacts.phones(in: doc.units), doc: doc, source: source)
        findings += compare("link", Contacts.externalHosts(source.stored.links.map(\.href), ownDomains: ownDomains),
                            Contacts.externalHosts(doc.stored.links.map(\.href), ownDomains: ownDomains), doc: doc, source: source)
        // A page localised for one market leaves out other markets' questions: only a translation
        // with less than half its source's FAQ pairs has lost some.
        if source.stored.faq.count >= 4 && doc.stored.faq.count * 2 < source.stored.faq.count {
            findings.append(LintFinding(
                rule: .parity, check: "parity.faq", doc: doc.key, lang: doc.lang, path: doc.path, line: doc.line(of: doc.stored.summary.title),
                message: "\(doc.key) has \(doc.stored.faq.count) FAQ pairs, \(source.key) has \(source.stored.faq.count)",
                expected: "\(source.stored.faq.count) FAQ pairs", found: "\(doc.stored.faq.count)"))
        }
        return findings
    }

    /// Items of the source missing from the translation (naming what it gives instead), else items of
    /// the translation the source lacks.
    private func compare(_ kind: String, _ source: [String: String], _ target: [String: String], doc: LintDocument, source src: LintDocument) -> [LintFinding] {
        let missing = source.keys.filter { target[$0] == nil }.sorted()
        let extra = target.keys.filter { source[$0] == nil }.sorted()
        if !missing.isEmpty {
            return missing.enumerated().map { n, key in
                let replacement = n < extra.count ? target[extra[n]] : nil
                return LintFinding(
                    rule: .parity, check: "parity.\(kind)", doc: doc.key, lang: doc.lang, path: doc.path,
                    line: replacement.flatMap { doc.line(of: $0) } ?? doc.line(of: doc.stored.summary.title),
                    message: "\(src.key) gives the \(kind) “\(source[key]!)”; \(doc.key) " + (replacement.map { "gives “\($0)” instead" } ?? "does not"),
                    expected: source[key], found: replacement)
            }
        }
        return extra.map { key in
            LintFinding(rule: .parity, check: "parity.\(kind)", doc: doc.key, lang: doc.lang, path: doc.path, line: doc.line(of: target[key]!),
                        message: "\(doc.key) gives the \(kind) “\(target[key]!)”, which \(src.key) does not", expected: nil, found: target[key])
        }
    }

    /// Sentences and items long enough to tell, identified as another of the workspace's languages with confidence.
    /// Language identification is the costly part, so it runs only on passages that share most of
    /// their words with the source document — text left as it was, the usual way a passage stays
    /// untranslated.
    private func untranslated(_ doc: LintDocument, source: LintDocument, sourceWords: Set<Substring>, identifier: LanguageIdentifier,
                              identified: Memo<LanguageIdentification>, context: LintContext) -> [LintFinding] {
        var findings: [LintFinding] = []
        let kb = Set(context.content.kbLanguages)
        let neighbours = LanguageNeighbours.shared.of(doc.lang)
        var seen = Set<String>()
        for unit in doc.units where unit.kind == .sentence || unit.kind == .item || unit.kind == .answer {
            // 40 letters take at least 40 bytes: most sentences are ruled out before they are read.
            guard unit.text.utf8.count >= 40 else { continue }
            // Names (Visa, Mastercard, American Express) are in every language: count the other words.
            let (letters, lower) = Self.lowerCaseWords(unit.text)
            guard letters >= 40, !lower.isEmpty, seen.insert(unit.text).inserted else { continue }
            guard lower.filter(sourceWords.contains).count * 2 >= lower.count else { continue }
            // A sentence's first few hundred characters settle its language.
            let text = unit.text
            let id = identified.value(text) { identifier.identify(text.utf8.count > 600 ? String(text.prefix(300)) : text) }
            guard id.language != doc.lang, kb.contains(id.language), !neighbours.contains(id.language), id.confidence >= 0.9 else { continue }
            findings.append(LintFinding(
                rule: .parity, check: "parity.untranslated", doc: doc.key, lang: doc.lang, path: doc.path, line: doc.line(of: unit.text),
                message: "\(doc.key): a passage in \(id.language), not \(doc.lang): “\(FactsRule.clip(unit.text))”",
                expected: doc.lang, found: id.language))
        }
        return findings
    }
}

extension ParityRule {
    /// The words of a text that start lower case (names left out), lower-cased.
    static func lowerWords(_ text: String) -> [Substring] {
        lowerCaseWords(text).words
    }

    /// The words of a text that start lower case, and how many letters the words not starting upper
    /// case have, in one pass over its scalars (`Character.isLetter` per character was most of the
    /// rule's time). A word is a run of letters and combining marks.
    static func lowerCaseWords(_ text: String) -> (letters: Int, words: [Substring]) {
        var words: [Substring] = []
        var letters = 0
        let scalars = text.unicodeScalars
        var i = scalars.startIndex
        while i < scalars.endIndex {
            guard isWordScalar(scalars[i]) else { i = scalars.index(after: i); continue }
            let start = i
            let first = scalars[i].properties
            var count = 0
            while i < scalars.endIndex, isWordScalar(scalars[i]) {
                if scalars[i].properties.isAlphabetic { count += 1 }
                i = scalars.index(after: i)
            }
            if !first.isUppercase { letters += count }
            if first.isLowercase { words.append(Substring(scalars[start..<i])) }
        }
        return (letters, words)
    }

    private static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return (s.value >= 0x61 && s.value <= 0x7A) || (s.value >= 0x41 && s.value <= 0x5A) }
        let p = s.properties
        return p.isAlphabetic || p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark
    }
}

/// E-mail addresses, phone numbers and link hosts, keyed by a normal form (lower case; digits only).
enum Contacts {
    /// The e-mail addresses of a document's text units (only units with an "@" are read).
    static func emails(in units: [TextUnit]) -> [String: String] {
        var out: [String: String] = [:]
        for unit in units where unit.text.utf8.contains(UInt8(ascii: "@")) { out.merge(emails(in: unit.text)) { a, _ in a } }
        return out
    }

    /// The phone numbers of a document's text units (only units with a plus sign are read).
    static func phones(in units: [TextUnit]) -> [String: String] {
        var out: [String: String] = [:]
        for unit in units where unit.text.utf8.contains(where: { $0 == UInt8(ascii: "+") || $0 == 0xEF }) { out.merge(phones(in: unit.text)) { a, _ in a } }
        return out
    }

    static func emails(in text: String) -> [String: String] {
        var out: [String: String] = [:]
        guard text.utf8.contains(UInt8(ascii: "@")) else { return out }
        for token in text.split(whereSeparator: { $0.isWhitespace || Self.emailSeparators.contains($0) }) where token.contains("@") {
            let t = token.trimmingCharacters(in: CharacterSet(charactersIn: ".:。"))
            let parts = t.split(separator: "@")
            guard parts.count == 2, parts[1].contains("."), !parts[0].isEmpty else { continue }
            out[t.lowercased()] = t
        }
        return out
    }

    private static let emailSeparators = Set<Character>("()<>[]\"'“”,;：（）")

    /// "+44 20 7946 0000", "+1-800-555-0199": a plus sign and at least 8 digits, spaces and dashes between.
    static func phones(in text: String) -> [String: String] {
        var out: [String: String] = [:]
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "+") || $0 == 0xEF }) else { return out }
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            guard chars[i] == "+" || chars[i] == "＋" else { i += 1; continue }
            var j = i + 1
            var digits = ""
            while j < chars.count, FactScanner.digit(chars[j]) != nil || ((chars[j] == " " || chars[j] == "-") && j + 1 < chars.count && FactScanner.digit(chars[j + 1]) != nil) {
                if let d = FactScanner.digit(chars[j]) { digits += String(d) }
                j += 1
            }
            if digits.count >= 8 { out[digits] = String(chars[i..<j]) }
            i = j
        }
        return out
    }

    /// Hosts of absolute http(s) links to other sites: a translation links to the same outside sites
    /// as its source. The store's own sites (each language has its own host or path) are not compared.
    static func externalHosts(_ hrefs: [String], ownDomains: Set<String>) -> [String: String] {
        var out: [String: String] = [:]
        for href in hrefs {
            guard let url = URL(string: href), let scheme = url.scheme, scheme == "http" || scheme == "https", let host = url.host?.lowercased(),
                  !ownDomains.contains(domain(host)) else { continue }
            out[host] = host
        }
        return out
    }

    /// The domains of the store's own sites: those of links whose path names a document of the KB
    /// ("https://help.example.com/en/returns").
    static func ownDomains(_ context: LintContext) -> Set<String> {
        let ids = Set(context.byID.keys)
        var out = Set<String>()
        for doc in context.documents {
            for link in doc.stored.links {
                guard let url = URL(string: link.href), let host = url.host?.lowercased() else { continue }
                if url.path.split(separator: "/").contains(where: { ids.contains(String($0)) }) { out.insert(domain(host)) }
            }
        }
        return out
    }

    /// The last two labels of a host: help.example.com and www.example.com are one site.
    static func domain(_ host: String) -> String {
        host.split(separator: ".").suffix(2).joined(separator: ".")
    }
}

/// Resources/language-neighbours.tsv: passages in these languages are not "untranslated" on a page in that one.
struct LanguageNeighbours: Sendable {
    let pairs: [String: Set<String>]
    static let shared = LanguageNeighbours(pairs: Dictionary(grouping: DataFile.rows(PackageResources.language_neighbours_tsv,
                                                                                    name: "language-neighbours.tsv", columns: 2), by: { $0[0] })
        .mapValues { Set($0.map { $0[1] }) })
    func of(_ language: String) -> Set<String> { pairs[language] ?? [] }
}
