import Testing
@testable import Linguistics

/// Dictionary-based word segmentation (ICU) for the scripts without spaces, and the CJK bigram
/// fallback. The generic analyzer ("und") is used where stop words would hide segments.
@Suite struct SegmentationTests {
    let generic = Analyzer(language: "und")

    /// The segmenter's words in order (a two-character word is its own bigram).
    func words(_ text: String, _ analyzer: Analyzer) -> [String] {
        var seen = Set<Int>()
        return analyzer.tokens(text).filter { seen.insert($0.position).inserted }.map(\.term)
    }

    @Test func thai() {
        #expect(words("สวัสดีครับฉันต้องการคืนสินค้า", generic) == ["สวัสดี", "ครับ", "ฉัน", "ต้องการ", "คืน", "สินค้า"])
        // The Thai analyzer drops the polite particle ครับ as a stop word.
        #expect(Analyzer(language: "th").terms("สวัสดีครับฉันต้องการคืนสินค้า") == ["สวัสดี", "ฉัน", "ต้องการ", "คืน", "สินค้า"])
    }

    /// NFKC decomposes SARA AM (ำ); the analyzer recomposes it so the dictionary still sees ชำรุด.
    @Test func thaiSaraAmSurvivesNormalization() {
        #expect(words("สินค้าชำรุด", generic) == ["สินค้า", "ชำรุด"])
        #expect(TextNormalizer.caseFolded("ชำรุด") == "ชำรุด")
    }

    @Test func chinese() {
        #expect(words("我的订单什么时候发货", generic) == ["我的", "订单", "什么时候", "发", "货"])
        #expect(words("我想申请退款和发票", generic) == ["我想", "申请", "退款", "和", "发票"])
    }

    @Test func japanese() {
        #expect(words("注文した商品はいつ届きますか", generic) == ["注文", "した", "商品", "は", "いつ", "届", "き", "ます", "か"])
        #expect(words("関税がかかりますか", generic) == ["関税", "が", "かかり", "ます", "か"])
        // Particles are stop words for Japanese.
        #expect(!Analyzer(language: "ja").terms("注文した商品はいつ届きますか").contains("は"))
    }

    @Test func positionsFollowWords() {
        let tokens = Analyzer(language: "zh").tokens("我的订单什么时候发货")
        #expect(tokens.filter { $0.kind != .bigram }.map(\.position) == [2, 3, 4])   // 什么时候 发 货
        // A two-character word is its own bigram; a bigram sits at the position of the word its
        // first character belongs to.
        #expect(tokens.contains(Token(term: "订单", position: 1, kind: .bigram)))
        #expect(tokens.contains(Token(term: "发货", position: 3, kind: .bigram)))
        #expect(tokens.contains(Token(term: "什么时候", position: 2, kind: .cjkWord)))
    }

    /// Two-character terms match whatever the dictionary did with the text around them.
    @Test(arguments: [
        ("zh", "开发票", "发票"),                       // the dictionary says 开发|票
        ("zh", "我想申请退款和发票", "退款"),
        ("zh", "我的订单什么时候发货", "发货"),          // 发|货 as single characters
        ("ja", "関税がかかりますか", "関税"),
        ("ja", "海外発送の関税について", "関税"),
        ("ja", "返品・返金の手続き", "返金"),
        ("ko", "환불은 언제 되나요", "환불"),             // Hangul: particle glued to the noun
    ])
    func bigramFallback(language: String, document: String, query: String) {
        let analyzer = Analyzer(language: language)
        let docTerms = Set(analyzer.terms(document))
        let queryTerms = analyzer.terms(query)
        #expect(!queryTerms.isEmpty)
        #expect(Set(queryTerms).isSubset(of: docTerms), "\(queryTerms) ⊄ \(docTerms)")
    }

    /// The matching contract: a document that contains the query's text contains every query
    /// term that is not a `.cjkWord`, however differently the dictionary segmented the two.
    @Test(arguments: [
        ("zh", "退货", "我想了解退货政策"),
        ("zh", "什么时候发货", "为什么时候发货这么慢"),
        ("ja", "届かない", "荷物が届かないのですが"),
        ("ja", "返品手続き", "返品手続きについて"),
    ])
    func requiredTermsSurviveResegmentation(language: String, query: String, document: String) {
        let analyzer = Analyzer(language: language)
        let doc = Set(analyzer.terms(document))
        let required = analyzer.tokens(query).filter { $0.kind != .cjkWord }.map(\.term)
        #expect(!required.isEmpty)
        #expect(Set(required).isSubset(of: doc), "\(required) ⊄ \(doc)")
    }

    @Test func longerQueriesMatchThroughTheirBigrams() {
        let analyzer = Analyzer(language: "zh")
        let doc = Set(analyzer.tokens("请问退款申请提交以后多久到账").map(\.term))
        let queryBigrams = analyzer.tokens("退款申请").filter { $0.kind == .bigram }.map(\.term)
        #expect(!queryBigrams.isEmpty)
        #expect(Set(queryBigrams).isSubset(of: doc))
    }

    @Test func traditionalChineseFoldsToSimplified() {
        let zh = Analyzer(language: "zh")
        #expect(zh.terms("退貨") == zh.terms("退货"))
        #expect(zh.terms("發票") == zh.terms("发票"))
        #expect(zh.terms("我想申請退貨，發票呢") == zh.terms("我想申请退货，发票呢"))
        // Only the Chinese analyzer folds: Japanese kanji stay as written.
        #expect(Analyzer(language: "ja").terms("関税") == ["関税"])
    }

    @Test func mixedScriptsSplitAtScriptChanges() {
        let terms = generic.terms("iPhone15のケース")
        #expect(terms.contains("iphone15"))
        #expect(terms.contains("ケース"))
    }
}

@Suite struct OtherDictionaryScriptTests {
    /// Khmer, Lao and Burmese also go through ICU's dictionaries: a run splits into several words.
    @Test(arguments: ["ខ្ញុំចង់ប្តូរទំនិញ", "ຂ້ອຍຕ້ອງການສົ່ງສິນຄ້າຄືນ", "ကျွန်တော်ပစ္စည်းပြန်ပို့ချင်ပါတယ်"])
    func splitsIntoWords(_ text: String) {
        let words = Analyzer(language: "und").tokens(text)
        #expect(words.count >= 3, "\(words.map(\.term))")
        #expect(words.map(\.term).joined() == text)
    }
}

@Suite struct TextNormalizerTests {
    @Test func folding() {
        #expect(TextNormalizer.caseFolded("ＲＥＦＵＮＤ Straße") == "refund strasse")
        #expect(TextNormalizer.folded("Devolución, Đổi trả") == "devolucion, doi tra")
        #expect(TextNormalizer.nfc("e\u{301}") == "é")
    }
}
