import Testing
import Linguistics
@testable import KnowledgeStore

extension IndexTerms {
    /// A field term by term through `String`s, the way the index spelled it before `IndexField`:
    /// what the byte path must equal.
    static func fieldByTerm(_ text: String, analyzer: Analyzer) -> String {
        analyzer.terms(text).map(term).joined(separator: " ")
    }
}

/// `IndexField` spells a field's terms on bytes; it must give exactly what `IndexTerms.term` gives
/// term by term through strings, or the index would change (and contentless FTS5 deletes would
/// remove terms that were never written).
@Suite struct IndexFieldTests {
    @Test(arguments: [
        ("en", "Returns & refunds: you've 30 days (e.g. until 2026-01-15) — don't wait! John.Doe@Example.COM"),
        ("de", "Rückgabe, Rücksendung und Rueckgabe: Straße oder Strasse? ÄÖÜ äöü ß."),
        ("vi", "Chính sách đổi trả hàng: đổi trả trong vòng 30 ngày."),
        ("ru", "Где мой заказ? Ёлка, ёж, ЁЛКА."),
        ("el", "ΕΠΙΣΤΡΟΦΉ χρημάτων σε δέκα ημέρες. Άλλος, ΌΛΟΙ, ς σ Σ."),
        ("tr", "İADE ve IĞDIR, ıslak, İstanbul'a"),
        ("ja", "ご注文の商品は発送済みです。インストール手順、ｶﾀｶﾅ、ＡＢＣ１２３。"),
        ("zh", "我的订单什么时候发货？退貨。𠀋𠀀 abc123 混合Mixed文本"),
        ("ko", "환불은 영업일 기준 5일 이내에 처리됩니다."),
        ("th", "สวัสดีครับ ฉันต้องการคืนสินค้า สินค้าชำรุด"),
        ("ar", "أُرِيدُ استرداد أموالي ــ شكرًا"),
        ("und", "Ꭰ ꭰ ᏣᎳᎩ; emoji 😀👍🏽 𝐁𝐨𝐥𝐝; ＨＥＬＬＯ; ﬁ; Ⅻ; ½; ㍿"),
    ])
    func analysedFieldsAreSpelledAsTermByTerm(language: String, text: String) {
        let analyzer = Analyzer(language: language)
        #expect(IndexTerms.field(text, analyzer: analyzer) == IndexTerms.fieldByTerm(text, analyzer: analyzer))
    }

    /// Terms the analyzer would not make (capitals, punctuation, a capital İ, Cherokee capitals,
    /// characters beyond the BMP) take the same spelling too.
    @Test func anyTermIsSpelledAsIndexTermsSpellsIt() {
        let raw = ["refund", "Refund", "e-mail", "don't", "a_b", "ÉCOLE", "İstanbul", "Ꭰꭰ", "ᏣᎳᎩ", "ΣΊΣΥΦΟΣ", "straße",
                   "𝐁𝐨𝐥𝐝", "😀x", "株式会社", "Ⅻ", "ǅ", "K", "Ω", "東京-タワー", "ÅNGSTRÖM", "x\u{0301}", ""]
        var terms = TermBuffer()
        for (i, t) in raw.enumerated() { terms.append(t, position: i) }
        #expect(IndexField.spell(terms) == raw.map(IndexTerms.term).joined(separator: " "))
    }

    /// What `IndexField` relies on: a character that Unicode does not flag Changes_When_Lowercased
    /// is its own lower-case mapping (so `lowercased()` leaves it alone), in every plane.
    @Test func unflaggedCharactersAreTheirOwnLowercase() {
        var wrong: [UInt32] = []
        for v in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(v), !s.properties.changesWhenLowercased else { continue }
            if !s.properties.lowercaseMapping.unicodeScalars.elementsEqual([s]) { wrong.append(v) }
        }
        #expect(wrong.isEmpty)
    }
}
