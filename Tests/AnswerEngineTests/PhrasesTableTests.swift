import Foundation
import Orders
import Testing
@testable import AnswerEngine

/// The engine's phrase tables: every language says everything the English table says, with the same
/// placeholders, the same facts, and the register its markets ask for (FACTS.md, "Brand voice by market").
/// The markets' full tone rules are checked in EvaluationTests/PhrasesToneTests.swift.
@Suite struct PhrasesTableTests {
    static let english = Phrases.forLanguage("en")
    static let others = ["de", "fr", "es", "it", "nl", "pl", "ja", "th", "vi", "id", "ms", "fil", "zh"]

    /// A table as each market reads it: the base table, then the base with each market's variants applied.
    static func resolved(_ language: String) -> [(label: String, phrases: Phrases)] {
        let base = Phrases.forLanguage(language)
        return [(language, base)] + base.variants.keys.sorted().map { ("\(language)/\($0)", Phrases.forLanguage(language, market: $0)) }
    }

    static func placeholders(_ text: String) -> Set<String> {
        Set(text.matches(of: /\{[a-z]+\}/).map { String($0.output) })
    }

    @Test func fourteenLanguagesAreRegistered() {
        #expect(Phrases.languages == (["en"] + Self.others).sorted())
    }

    @Test(arguments: others)
    func sameKeysAsEnglish(_ language: String) {
        let p = Phrases.forLanguage(language)
        #expect(p.status.keys.sorted() == Self.english.status.keys.sorted())
        #expect(p.summaryLabels.keys.sorted() == Self.english.summaryLabels.keys.sorted())
        #expect(p.reasons.keys.sorted() == Self.english.reasons.keys.sorted())
        #expect(Set(p.status.keys) == Set(OrderStatus.allCases.map(\.rawValue)))
        for (key, value) in p.summaryLabels.merging(p.reasons, uniquingKeysWith: { a, _ in a }) {
            #expect(!value.trimmingCharacters(in: .whitespaces).isEmpty, "\(language) \(key) is empty")
        }
    }

    /// Every placeholder of the English phrase, and no other, in every table and every market variant:
    /// a lost {tracking} would drop the tracking number from the answer, an extra one would print braces.
    @Test(arguments: others)
    func samePlaceholdersAsEnglish(_ language: String) {
        let english = Self.english.customerFacing
        for (label, p) in Self.resolved(language) {
            let phrases = p.customerFacing
            #expect(phrases.keys.sorted() == english.keys.sorted(), "\(label)")
            for (key, text) in english {
                let got = phrases[key].map(Self.placeholders)
                #expect(got == Self.placeholders(text), "\(label) \(key): \(phrases[key] ?? "missing")")
            }
        }
    }

    /// Variants may only override phrases that exist, or `apply` would drop them silently.
    @Test(arguments: ["en"] + others)
    func variantKeysNamePhrases(_ language: String) {
        let known = Set(Self.english.customerFacing.keys)
        for (market, overrides) in Phrases.forLanguage(language).variants {
            #expect(market.count == 2 && market == market.uppercased(), "\(language): market id \(market)")
            for key in overrides.keys { #expect(known.contains(key), "\(language)/\(market): unknown phrase \(key)") }
        }
    }

    /// Nothing left in English by mistake.
    @Test(arguments: others)
    func translated(_ language: String) {
        let english = Self.english.customerFacing
        for (key, text) in Phrases.forLanguage(language).customerFacing {
            #expect(text != english[key], "\(language) \(key) is the English text")
            #expect(text.range(of: #"\b(the|your|has been|we will)\b"#, options: [.regularExpression, .caseInsensitive]) == nil,
                    "\(language) \(key): \(text)")
        }
    }

    /// FACTS.md's numbers survive translation: 2–5 business days at customs, tickets answered within 12
    /// hours, order numbers MG + 8 digits.
    @Test(arguments: ["en"] + others)
    func factsKept(_ language: String) {
        for (label, p) in Self.resolved(language) {
            #expect(p.heldAtCustoms.contains("2") && p.heldAtCustoms.contains("5"), "\(label): \(p.heldAtCustoms)")
            #expect(p.heldAtCustoms.range(of: #"2\s*(–|-|～|〜|à|a|tot|do|đến|hingga|sampai)?\s*5"#, options: .regularExpression) != nil,
                    "\(label): \(p.heldAtCustoms)")
            #expect(p.agentsAfterHours.contains("12"), "\(label): \(p.agentsAfterHours)")
            #expect(p.askOrderNumber.contains("MG") && p.askOrderNumber.contains("8"), "\(label): \(p.askOrderNumber)")
        }
    }

    /// Each status fills both sentences that take one into a whole sentence, with no doubled spaces or
    /// punctuation left over.
    @Test(arguments: ["en"] + others)
    func statusesFillTheirSentences(_ language: String) {
        for (label, p) in Self.resolved(language) {
            for (key, status) in p.status {
                #expect(status == status.trimmingCharacters(in: .whitespacesAndNewlines), "\(label) status.\(key)")
                #expect(status.last.map { !".。!！?？,，".contains($0) } ?? false, "\(label) status.\(key) ends in punctuation")
                for template in [p.orderLine, p.cancelRefused] {
                    let s = template.replacingOccurrences(of: "{status}", with: status).replacingOccurrences(of: "{order}", with: "MG10000005")
                    #expect(!s.contains("  ") && !s.contains(" .") && !s.contains(" ,") && !s.contains("{"), "\(label): \(s)")
                }
            }
        }
    }

    /// Japanese: each status is a polite predicate (です/ます) that closes "ご注文…は{status}。" and takes
    /// ので in `cancelRefused`; no exclamation marks anywhere.
    @Test func japaneseStatusesArePolitePredicates() {
        let p = Phrases.forLanguage("ja")
        #expect(p.orderLine == "ご注文{order}は{status}。")
        #expect(p.cancelRefused.contains("{status}ので"))
        for (key, status) in p.status {
            #expect(status.hasSuffix("です") || status.hasSuffix("ます") || status.hasSuffix("ません"), "status.\(key): \(status)")
        }
        for (key, text) in p.customerFacing where !key.hasPrefix("status.") {
            #expect(text.hasSuffix("。") || text.hasSuffix("？"), "\(key): \(text)")
            #expect(!text.contains("!") && !text.contains("！") && !text.contains("ごめん"), "\(key): \(text)")
        }
    }

    /// Thai: every customer-facing sentence ends with the polite particle ค่ะ (คะ after นะ and in
    /// questions), and the brand's female persona never says ครับ.
    @Test func thaiSentencesEndWithTheParticle() {
        for (key, text) in Phrases.forLanguage("th").customerFacing where !key.hasPrefix("status.") {
            #expect(text.hasSuffix("ค่ะ") || text.hasSuffix("คะ"), "\(key): \(text)")
            #expect(!text.contains("ครับ"), "\(key): \(text)")
        }
    }

    /// Spanish: Spain gets tú, Mexico and the US usted, and neither register leaks into the other.
    @Test func spanishRegisters() {
        let usted: Set<String> = ["usted", "ustedes", "su", "sus", "le", "les"]
        let tu: Set<String> = ["tú", "tu", "tus", "te", "ti", "contigo", "tienes", "puedes", "quieres"]
        func words(_ s: String) -> Set<String> {
            Set(s.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        }
        for (key, text) in Phrases.forLanguage("es", market: "ES").customerFacing {
            #expect(words(text).isDisjoint(with: usted), "ES \(key): \(text)")
        }
        for market in ["MX", "US", nil] {
            for (key, text) in Phrases.forLanguage("es", market: market).customerFacing {
                #expect(words(text).isDisjoint(with: tu), "\(market ?? "base") \(key): \(text)")
            }
        }
        #expect(Phrases.forLanguage("es", market: "ES").orderLine == "Tu pedido {order} {status}.")
        #expect(Phrases.forLanguage("es", market: "MX").orderLine == "Su pedido {order} {status}.")
        // Spain's register is informal but still not more than one exclamation per phrase, and no emoji.
        for (key, text) in Phrases.forLanguage("es", market: "ES").customerFacing {
            #expect(text.filter { $0 == "!" }.count <= 1, "ES \(key)")
        }
    }

    /// The forms of address FACTS.md names, in the phrases that speak to the customer directly.
    @Test(arguments: [
        ("de", "Ihre Bestellung", "askOrderNumber", "Ihre"), ("fr", "Votre commande", "askOrderNumber", "votre"),
        ("it", "Il Suo ordine", "greetingReply", "aiutarLa"), ("nl", "Je bestelling", "greetingReply", "je"),
        ("pl", "Państwa zamówienie", "askOrderNumber", "Państwo"), ("ja", "ご注文", "delayed", "お客様"),
        ("th", "คุณลูกค้า", "askOrderNumber", "คุณลูกค้า"), ("vi", "Quý khách", "greetingReply", "Quý khách"),
        ("id", "Pesanan Kakak", "greetingReply", "Kak"), ("ms", "tuan/puan", "askOrderNumber", "tuan/puan"),
        ("fil", "Ang inyong order", "greetingReply", "po"), ("zh", "您的订单", "greetingReply", "您"),
    ])
    func formOfAddress(_ language: String, _ orderLineStart: String, _ key: String, _ address: String) throws {
        let p = Phrases.forLanguage(language)
        #expect(p.orderLine.contains(orderLineStart), "\(p.orderLine)")
        #expect(try #require(p.customerFacing[key]).contains(address))
    }

    @Test func unknownLanguageFallsBackToEnglish() {
        #expect(Phrases.forLanguage("pt") == Self.english)
        #expect(Phrases.forLanguage("de", market: "XX") == Phrases.forLanguage("de"))
    }
}
