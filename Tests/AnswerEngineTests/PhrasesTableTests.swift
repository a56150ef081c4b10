import Foundation
import Orders
import Testing
import Linguistics
@testable import AnswerEngine
import Workspace

/// The engine's built-in phrase files (Resources/phrases/<lang>.yaml): each parses, says everything
/// the English file says, with the same placeholders, the same facts, no store's facts, and the
/// register its markets ask for (FACTS.md, "Brand voice by market"). The markets' full tone rules
/// are checked in EvaluationTests/PhrasesToneTests.swift; workspace overrides in PhraseOverrideTests.
@Suite struct PhrasesTableTests {
    static let book = PhraseBook()
    static let english = book.phrases("en")
    static let others = ["de", "fr", "es", "it", "nl", "pl", "ja", "th", "vi", "id", "ms", "fil", "zh"]

    static func phrases(_ language: String, market: String? = nil) -> Phrases { book.phrases(language, market: market) }

    /// A table as each market reads it: the base table, then the base with each market's variants applied.
    static func resolved(_ language: String) -> [(label: String, phrases: Phrases)] {
        let variants = BuiltinPhrases.files[language]?.markets.keys.sorted() ?? []
        return [(language, phrases(language))] + variants.map { ("\(language)/\($0)", phrases(language, market: $0)) }
    }

    static func placeholders(_ text: String) -> Set<String> { PhraseFile.placeholders(in: text) }

    @Test func fourteenLanguagesAreBuiltIn() {
        #expect(PhraseBook.builtinLanguages == (["en"] + Self.others).sorted())
    }

    /// Every key but the store's voice, in every file; the voice is never built in.
    @Test(arguments: ["en"] + others)
    func everyKeyInEveryFile(_ language: String) throws {
        let file = try #require(BuiltinPhrases.files[language])
        let expected = Set(PhraseKey.allCases.filter { !$0.isVoice })
        #expect(Set(file.phrases.keys) == expected, "\(language): missing \(expected.subtracting(file.phrases.keys).sorted())")
        for (key, value) in file.phrases {
            #expect(!value.trimmingCharacters(in: .whitespaces).isEmpty, "\(language) \(key) is empty")
        }
        let statuses = Set(OrderStatus.allCases.map { "status." + $0.rawValue })
        #expect(statuses == Set(PhraseKey.allCases.map(\.rawValue).filter { $0.hasPrefix("status.") }))
        let reasons = Set(EscalationReason.allCases.map { "reason." + $0.rawValue })
        #expect(reasons == Set(PhraseKey.allCases.map(\.rawValue).filter { $0.hasPrefix("reason.") }))
    }

    /// No built-in phrase names a store's facts: its order numbers, its promises ("within 12 hours").
    @Test(arguments: ["en"] + others)
    func noStoreFacts(_ language: String) throws {
        for (key, text) in try #require(BuiltinPhrases.files[language]).phrases {
            #expect(!text.contains("MG") && !text.contains("12") && !text.contains("8"), "\(language) \(key): \(text)")
        }
    }

    /// The store's example order number goes into the question; without one, the plain question.
    @Test(arguments: ["en"] + others)
    func askingForTheOrderNumber(_ language: String) {
        for (label, p) in Self.resolved(language) {
            let with = p.askOrderNumber(example: "EX-12345")
            #expect(with.contains("EX-12345") && !with.contains("{"), "\(label): \(with)")
            let without = p.askOrderNumber(example: nil)
            #expect(!without.contains("{") && with.hasPrefix(without), "\(label): \(without)")
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

    /// Market sections name markets; their keys are checked by the loader.
    @Test(arguments: ["en"] + others)
    func variantKeysNameMarkets(_ language: String) {
        for market in BuiltinPhrases.files[language]?.markets.keys.sorted() ?? [] {
            #expect(market.count == 2 && market == market.uppercased(), "\(language): market id \(market)")
        }
    }

    /// Nothing left in English by mistake.
    @Test(arguments: others)
    func translated(_ language: String) {
        let english = Self.english.customerFacing
        for (key, text) in Self.phrases(language).customerFacing {
            #expect(text != english[key], "\(language) \(key) is the English text")
            #expect(text.range(of: #"\b(the|your|has been|we will)\b"#, options: [.regularExpression, .caseInsensitive]) == nil,
                    "\(language) \(key): \(text)")
        }
    }

    /// The customs range survives translation: 2–5 business days.
    @Test(arguments: ["en"] + others)
    func factsKept(_ language: String) {
        for (label, p) in Self.resolved(language) {
            #expect(p.heldAtCustoms.contains("2") && p.heldAtCustoms.contains("5"), "\(label): \(p.heldAtCustoms)")
            #expect(p.heldAtCustoms.range(of: #"2\s*(–|-|～|〜|à|a|tot|do|đến|hingga|sampai)?\s*5"#, options: .regularExpression) != nil,
                    "\(label): \(p.heldAtCustoms)")
        }
    }

    /// Each status fills both sentences that take one into a whole sentence, with no doubled spaces or
    /// punctuation left over.
    @Test(arguments: ["en"] + others)
    func statusesFillTheirSentences(_ language: String) {
        for (label, p) in Self.resolved(language) {
            for status in OrderStatus.allCases.map(p.status) {
                let key = status
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
        let p = Self.phrases("ja")
        #expect(p.orderLine == "ご注文{order}は{status}。")
        #expect(p.cancelRefused.contains("{status}ので"))
        for status in OrderStatus.allCases.map(p.status) {
            let key = status
            #expect(status.hasSuffix("です") || status.hasSuffix("ます") || status.hasSuffix("ません"), "status.\(key): \(status)")
        }
        for (key, text) in p.customerFacing where !key.rawValue.hasPrefix("status.") {
            #expect(text.hasSuffix("。") || text.hasSuffix("？"), "\(key): \(text)")
            #expect(!text.contains("!") && !text.contains("！") && !text.contains("ごめん"), "\(key): \(text)")
        }
    }

    /// An order's lines, a product note and the agents' hours are one sentence in every language, as
    /// in English ("The carrier has opened an investigation into the delay, and we will keep you
    /// updated."): each counts against the answer's length budget once, beside an escalation's
    /// empathy and handoff lines. (Thai, whose sentences are counted at spaces, writes spaces around
    /// a template's placeholders: its delay line is held to one sentence below.)
    @Test(arguments: ["en"] + others.filter { $0 != "th" })
    func linesOfOneSentenceInEnglishAreOneEverywhere(_ language: String) {
        let keys: [PhraseKey] = [.shipped, .eta, .delivered, .delayed, .awaitingPayment, .returnLabelSent, .returnReceived,
                                 .refundIssued, .refundDue, .replacementShipped, .cancelDone, .productWithoutManual,
                                 .productNotInManual, .productManualLanguage, .agentsAvailable, .agentsAfterHours]
        let phrases = Self.phrases(language)
        for key in keys {
            let line = phrases[key] ?? ""
            #expect(Sentences.asRead(line, language: language).count == 1, "\(language) \(key.rawValue): \(line)")
        }
    }

    @Test func theThaiDelayLineIsOneSentence() {
        let line = Self.phrases("th").delayed
        #expect(Sentences.asRead(line, language: "th").count == 1, "\(line)")
    }

    /// Thai: every customer-facing sentence ends with the polite particle ค่ะ (คะ after นะ and in
    /// questions), and the brand's female persona never says ครับ.
    @Test func thaiSentencesEndWithTheParticle() {
        for (key, text) in Self.phrases("th").customerFacing where !key.rawValue.hasPrefix("status.") {
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
        for (key, text) in Self.phrases("es", market: "ES").customerFacing {
            #expect(words(text).isDisjoint(with: usted), "ES \(key): \(text)")
        }
        for market in ["MX", "US", nil] {
            for (key, text) in Self.phrases("es", market: market).customerFacing {
                #expect(words(text).isDisjoint(with: tu), "\(market ?? "base") \(key): \(text)")
            }
        }
        #expect(Self.phrases("es", market: "ES").orderLine == "Tu pedido {order} {status}.")
        #expect(Self.phrases("es", market: "MX").orderLine == "Su pedido {order} {status}.")
        // Spain's register is informal but still not more than one exclamation per phrase, and no emoji.
        for (key, text) in Self.phrases("es", market: "ES").customerFacing {
            #expect(text.filter { $0 == "!" }.count <= 1, "ES \(key)")
        }
    }

    /// The forms of address FACTS.md names, in the phrases that speak to the customer directly.
    @Test(arguments: [
        ("de", "Ihre Bestellung", "ask_order_number", "Ihre"), ("fr", "Votre commande", "ask_order_number", "votre"),
        ("it", "Il Suo ordine", "greeting_reply", "aiutarLa"), ("nl", "Je bestelling", "greeting_reply", "je"),
        ("pl", "Państwa zamówienie", "ask_order_number", "Państwo"), ("ja", "ご注文", "delayed", "お客様"),
        ("th", "คุณลูกค้า", "ask_order_number", "คุณลูกค้า"), ("vi", "Quý khách", "greeting_reply", "Quý khách"),
        ("id", "Pesanan Kakak", "greeting_reply", "Kak"), ("ms", "tuan/puan", "ask_order_number", "tuan/puan"),
        ("fil", "Ang inyong order", "greeting_reply", "po"), ("zh", "您的订单", "greeting_reply", "您"),
    ])
    func formOfAddress(_ language: String, _ orderLineStart: String, _ key: String, _ address: String) throws {
        let p = Self.phrases(language)
        #expect(p.orderLine.contains(orderLineStart), "\(p.orderLine)")
        let phraseKey = try #require(PhraseKey(rawValue: key))
        #expect(try #require(p.customerFacing[phraseKey]).contains(address))
    }

    @Test func unknownLanguageFallsBackToEnglish() {
        #expect(Self.phrases("pt").texts == Self.english.texts)
        #expect(Self.phrases("de", market: "XX") == Self.phrases("de"))
    }
}
