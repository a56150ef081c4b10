import Foundation
import Testing
@testable import Linguistics

@Suite struct AnalyzerTests {
    /// A query typed without diacritics finds the document written with them: every query term
    /// is among the document's terms.
    @Test(arguments: [
        ("de", "Rückgabe und Rücksendung", "ruckgabe rucksendung"),
        ("de", "Rückgabe und Rücksendung", "rueckgabe ruecksendung"),
        ("es", "Política de devolución", "politica devolucion"),
        ("es", "devoluciones", "devolucion"),
        ("fr", "Livraison prévue à l'hôtel", "livraison prevue hotel"),
        ("pt", "Devolução do pedido", "devolucao pedido"),
        ("pl", "Zwrot pieniędzy za zamówienie", "zwrot pieniedzy zamowienie"),
        ("cs", "Vrácení zboží a reklamace", "vraceni zbozi"),
        ("tr", "Siparişim nerede?", "siparisim nerede"),
        ("ro", "Rambursarea banilor în două săptămâni", "rambursarea banilor saptamani"),
        ("sv", "Återbetalning av beställningen", "aterbetalning bestallningen"),
        ("vi", "Chính sách đổi trả hàng", "doi tra hang"),
        ("it", "Perché il rimborso non è arrivato?", "perche rimborso"),
    ])
    func queriesWithoutDiacriticsMatch(language: String, document: String, query: String) {
        let analyzer = Analyzer(language: language)
        let doc = Set(analyzer.terms(document))
        let q = analyzer.terms(query)
        #expect(!q.isEmpty)
        #expect(Set(q).isSubset(of: doc), "\(q) ⊄ \(doc)")
    }

    @Test func vietnameseKeepsTheOriginalNextToTheFoldedTerm() {
        let tokens = Analyzer(language: "vi").tokens("đổi trả")
        #expect(tokens == [
            Token(term: "doi", position: 0), Token(term: "đổi", position: 0, kind: .original),
            Token(term: "tra", position: 1), Token(term: "trả", position: 1, kind: .original),
        ])
    }

    @Test func germanStemmingAndUmlauts() {
        let de = Analyzer(language: "de")
        #expect(de.terms("Rücksendungen") == de.terms("Rücksendung"))
        #expect(de.terms("Rückgabe") == ["ruckgab"])
        #expect(de.terms("Rueckgabe") == ["ruckgab"])
        #expect(de.terms("Straße") == de.terms("Strasse"))
    }

    @Test(arguments: [
        ("en", ["refunds", "refunded", "refund", "refunding"]),
        ("de", ["Bestellungen", "Bestellung"]),
        ("fr", ["remboursements", "remboursement"]),
        ("es", ["devoluciones", "devolución", "devolucion"]),
        ("pt", ["devoluções", "devolução", "devolucao"]),
        ("it", ["rimborsi", "rimborso"]),
        ("nl", ["bestellingen", "bestelling"]),
        ("sv", ["beställningar", "beställning"]),
        ("ru", ["заказы", "заказ", "заказа"]),
        ("tr", ["siparişler", "sipariş"]),
        ("ro", ["comenzile", "comenzi"]),
        ("id", ["pengembalian", "mengembalikan"]),
        ("ms", ["pembayaran", "bayaran", "dibayar"]),
    ])
    func stemmingConflatesInflections(language: String, forms: [String]) {
        let analyzer = Analyzer(language: language)
        let stems = Set(forms.map { analyzer.terms($0) })
        #expect(stems.count == 1, "\(stems)")
    }

    @Test func languagesWithoutSnowballAreNotStemmed() {
        for lang in ["pl", "cs", "uk", "fil", "vi", "th", "ja", "zh", "ko"] {
            #expect(Analyzer(language: lang).stemmerAlgorithm == nil, "\(lang)")
        }
        #expect(Analyzer(language: "ms").stemmerAlgorithm == "indonesian")
        #expect(Analyzer(language: "pt-BR").stemmerAlgorithm == "portuguese")
        #expect(Analyzer(language: "uk").terms("замовлення") == ["замовлення"])
    }

    @Test func stopWordsLeavePositionGaps() {
        let tokens = Analyzer(language: "en").tokens("Where is the refund for my order?")
        #expect(tokens.map(\.term) == ["where", "refund", "order"])
        #expect(tokens.map(\.position) == [0, 3, 6])
    }

    @Test func questionWordsAndNegationsAreKept() {
        #expect(Analyzer(language: "en").terms("how long, not delivered").contains("not"))
        #expect(Analyzer(language: "de").terms("Wie lange dauert es nicht").contains("wie"))
        #expect(Analyzer(language: "fr").terms("pas livré").contains("pas"))
    }

    @Test func normalizationFoldsCaseWidthAndCompatibilityForms() {
        let en = Analyzer(language: "en")
        #expect(en.terms("ＲＥＦＵＮＤ") == ["refund"])              // full-width
        #expect(en.terms("ﬁle") == en.terms("file"))                 // ligature
        #expect(Analyzer(language: "ja").terms("ｷｬﾝｾﾙ") == Analyzer(language: "ja").terms("キャンセル"))
        #expect(Analyzer(language: "tr").terms("İADE") == Analyzer(language: "tr").terms("iade"))
    }

    @Test func apostrophesAndHyphensSplit() {
        #expect(Analyzer(language: "fr").terms("l'adresse") == Analyzer(language: "fr").terms("adresse"))
        #expect(Analyzer(language: "en").terms("e-mail") == ["e", "mail"])
    }

    @Test func orderNumbersStayWhole() {
        #expect(Analyzer(language: "en").terms("Order MG10000005") == ["order", "mg10000005"])
    }

    @Test func tagsAreReducedToTheirPrimaryLanguage() {
        #expect(Analyzer(language: "pt-BR").language == "pt")
        #expect(Analyzer(language: "zh-Hant").terms("退貨") == Analyzer(language: "zh").terms("退货"))
        #expect(Analyzer(language: "tl").language == "fil")
        #expect(Analyzer(language: "").language == "und")
    }

    @Test func unknownLanguagesGetTheGenericChain() {
        let xx = Analyzer(language: "xx")
        #expect(xx.stemmerAlgorithm == nil)
        #expect(xx.terms("Über Café, the end") == ["uber", "cafe", "the", "end"])
    }

    @Test func emptyAndSymbolOnlyTextGiveNoTokens() {
        #expect(Analyzer(language: "en").tokens("").isEmpty)
        #expect(Analyzer(language: "en").tokens("?! -- 😀").isEmpty)
    }

    /// The importer analyzes on both cores with one shared analyzer per language.
    @Test func concurrentUseGivesTheSameResults() async {
        let texts = LanguageIDSamples.long.map { ($0.language, $0.text) }
        let expected = texts.map { Analyzer(language: $0.0).tokens($0.1) }
        await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    var ok = true
                    for _ in 0..<20 {
                        for (i, (lang, text)) in texts.enumerated() where Analyzer(language: lang).tokens(text) != expected[i] {
                            ok = false
                        }
                    }
                    return ok
                }
            }
            for await ok in group { #expect(ok) }
        }
    }
}
