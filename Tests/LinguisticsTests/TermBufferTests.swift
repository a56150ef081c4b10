import Testing
@testable import Linguistics

/// The analyzer writes terms into one buffer (`TermBuffer`, `WordCache`) instead of a `String` per
/// term. These are the tokens the String-per-term analyzer gave for the same texts (recorded at
/// cb5a449, before the change): term@position, with :kind unless a word. Every script the
/// analyzer treats differently is here — folding, stemming, stop words, Thai and CJK dictionary
/// runs and bigrams, Hangul pairs, Vietnamese originals, Cherokee, characters beyond the BMP.
@Suite struct TermBufferTests {
    /// (language, text) pairs in many scripts: what the buffer analyzer must analyse exactly as the
    /// String-per-term analyzer did (expected tokens recorded from that analyzer at cb5a449).
    static let analyzerSamples: [(String, String)] = [
        ("en", "Returns & refunds: you've 30 days (e.g. until 2026-01-15) to send it back — don't wait! The refund's processed in 5–7 business days."),
        ("en", "HELLO World, HELLO again; mixed-CASE e-mail addresses like John.Doe@Example.COM and URLs https://shop.example.com/a_b?x=1"),
        ("de", "Rückgabe, Rücksendung und Rueckgabe: Straße oder Strasse? Die Bestellungen wurden storniert; ÄÖÜ äöü ß."),
        ("fr", "Livraison prévue à l'hôtel d'ici jeudi ; l'adresse de facturation n'est pas modifiable. Œuvre, cœur, naïve."),
        ("es", "¿Cuál es la política de devolución? Las devoluciones se procesan en 14 días hábiles. Ñandú año."),
        ("pt", "Devolução do pedido: as devoluções são processadas em até 30 dias. Não há cobrança."),
        ("it", "Perché il rimborso non è arrivato? I rimborsi arrivano entro cinque giorni lavorativi."),
        ("vi", "Chính sách đổi trả hàng: đổi trả trong vòng 30 ngày. Tiếng Việt có dấu: ma má mà mả mã mạ."),
        ("ru", "Где мой заказ? Заказы доставляются за 3–5 дней. Ёлка, ёж, ЁЛКА. Возврат средств."),
        ("uk", "Повернення коштів: ґанок, їжак, є, і. Замовлення доставлено."),
        ("el", "Πολιτική επιστροφών: ΕΠΙΣΤΡΟΦΉ χρημάτων σε δέκα ημέρες. Άλλος, ήταν, ΌΛΟΙ, ς σ Σ."),
        ("tr", "Siparişim nerede? İADE ve IĞDIR, ıslak, İstanbul'a gönderildi."),
        ("ja", "ご注文の商品は発送済みです。返品ポリシーについてはヘルプセンターをご覧ください。インストール手順、ｶﾀｶﾅ、ＡＢＣ１２３。"),
        ("ja", "values ファイルを指定してインストールする方法。東京都、大阪府。ないです。"),
        ("zh", "我的订单什么时候发货？退货政策：三十天内可以退貨。請問運費怎麼計算？繁體中文轉換。"),
        ("zh", "退货政策 退货 政策 關稅 关税 𠀋𠀀 abc123 混合Mixed文本"),
        ("ko", "주문한 상품은 언제 도착하나요? 환불은 영업일 기준 5일 이내에 처리됩니다. 환불"),
        ("th", "สวัสดีครับ ฉันต้องการคืนสินค้า สินค้าชำรุด ขอเงินคืนภายใน 7 วัน"),
        ("ar", "سياسة الإرجاع: يمكنك إرجاع المنتج خلال ٣٠ يومًا. أُرِيدُ استرداد أموالي ــ شكرًا"),
        ("he", "מדיניות החזרות: שָׁלוֹם, אפשר להחזיר תוך 30 יום."),
        ("hi", "मेरा ऑर्डर कहाँ है? रिफंड नीति: 30 दिनों के भीतर वापसी।"),
        ("bn", "আমার অর্ডার কোথায়? ফেরতের নীতি।"),
        ("id", "Pengembalian dana: mengembalikan barang dalam 30 hari. Pembayaran diproses."),
        ("ms", "Pembayaran balik: bayaran akan dibayar dalam masa 14 hari."),
        ("pl", "Zwrot pieniędzy za zamówienie; Łódź, źdźbło, ŻÓŁW."),
        ("fil", "Nasaan ang order ko? Ibabalik ang bayad sa loob ng 7 araw."),
        ("und", "Ꭰ ꭰ Cherokee ᏣᎳᎩ; emoji 😀👍🏽 and 𝐁𝐨𝐥𝐝; fullwidth ＨＥＬＬＯ; ﬁ ligature; Ⅻ; ½; ㍿"),
        ("en", "supercalifragilisticexpialidocioussupercalifragilisticexpialidocioussupercalifragilistic short words after it"),
        ("en", "refund refund refund refunds refunded refunding the the the a an"),
        ("km", "សូមអរគុណ ការបញ្ជាទិញ"),
        ("lo", "ຂອບໃຈ ສິນຄ້າ ຄຳ"),
        ("my", "ကျေးဇူးတင်ပါတယ် မှာယူမှု"),
        ("ja", "ｱｲｳ ABC ﾊﾟｿｺﾝ 〒100-0001 ①②③"),
        ("en", ""),
        ("de", "   ...   --- !!! "),
    ]

    static let expected: [String] = [
        "return@0 refund@1 ve@3 30@4 day@5 e@6 g@7 until@8 2026@9 01@10 15@11 send@13 back@15 don@16 t@17 wait@18 refund@20 s@21 process@22 5@24 7@25 busi@26 day@27",
        "hello@0 world@1 hello@2 again@3 mix@4 case@5 e@6 mail@7 address@8 like@9 john@10 doe@11 exampl@12 com@13 url@15 https@16 shop@17 exampl@18 com@19 b@21 x@22 1@23",
        "ruckgab@0 rucksend@1 ruckgab@3 strass@4 strass@6 bestell@8 wurd@9 storniert@10 aou@11 aou@12 ss@13",
        "livraison@0 prevu@1 hotel@4 ici@6 jeud@7 adress@9 factur@11 n@12 pas@14 modifi@15 oeuvr@16 coeur@17 naiv@18",
        "cual@0 polit@3 devolu@5 devolu@7 proces@9 14@11 dias@12 habil@13 nandu@14 ano@15",
        "devolu@0 ped@2 devolu@4 process@6 ate@8 30@9 dias@10 nao@11 cobranc@13",
        "perc@0 rimbors@2 non@3 arriv@5 rimbors@7 arriv@8 entro@9 cinqu@10 giorn@11 lavor@12",
        "chinh@0 chính@0:original sach@1 sách@1:original doi@2 đổi@2:original tra@3 trả@3:original hang@4 hàng@4:original doi@5 đổi@5:original tra@6 trả@6:original vong@8 vòng@8:original 30@9 ngay@10 ngày@10:original tieng@11 tiếng@11:original viet@12 việt@12:original dau@14 dấu@14:original",
        "где@0 заказ@2 заказ@3 доставля@4 3@6 5@7 дне@8 елк@9 еж@10 елк@11 возврат@12 средств@13",
        "повернення@0 коштів@1 ґанок@2 їжак@3 замовлення@6 доставлено@7",
        "πολιτικ@0 επιστροφ@1 επιστροφ@2 χρημ@3 σε@4 δεκ@5 ημερ@6 αλλ@7 ητ@8 ολ@9 σ@10 σ@11 σ@12",
        "siparis@0 nere@1 ia@2 igi@4 islak@5 istanbul@6 a@7 gonderil@8",
        "ご@0 注文@1:bigram 商品@3:bigram 発送@5:bigram 送済@5:bigram 済み@6 返品@8:bigram 品ポ@8:bigram ポリシー@9:cjkWord ポリ@9:bigram リシ@9:bigram シー@9:bigram について@10 ヘルプ@12:cjkWord ヘル@12:bigram ルプ@12:bigram プセ@12:bigram センター@13:cjkWord セン@13:bigram ンタ@13:bigram ター@13:bigram ご覧@15 くだ@16 さい@17 インストール@18:cjkWord イン@18:bigram ンス@18:bigram スト@18:bigram トー@18:bigram ール@18:bigram ル手@18:bigram 手順@19:bigram カタカナ@20:cjkWord カタ@20:bigram タカ@20:bigram カナ@20:bigram abc123@21",
        "values@0 ファイル@1:cjkWord ファ@1:bigram ァイ@1:bigram イル@1:bigram 指定@3:bigram インストール@6:cjkWord イン@6:bigram ンス@6:bigram スト@6:bigram トー@6:bigram ール@6:bigram 方法@8:bigram 東京@9:bigram 京都@9:bigram 都@10:cjkWord 大阪@11:bigram 阪府@11:bigram 府@12:cjkWord ない@13",
        "我的@0:bigram 的订@0:bigram 订单@1:bigram 单什@1:bigram 什么时候@2:cjkWord 什么@2:bigram 么时@2:bigram 时候@2:bigram 候发@2:bigram 发@3:cjkWord 发货@3:bigram 货@4:cjkWord 退@5:cjkWord 退货@5:bigram 货@6:cjkWord 货政@6:bigram 政策@7:bigram 三十@8:bigram 十天@8:bigram 天内@9:bigram 内可@9:bigram 可以@10:bigram 以退@10:bigram 退@11:cjkWord 退货@11:bigram 货@12:cjkWord 请问@13:bigram 问运@13:bigram 运费@14:bigram 费怎@14:bigram 怎么@15:bigram 么计@15:bigram 计算@16:bigram 繁体@17:bigram 体中@17:bigram 中文@18:bigram 文转@18:bigram 转换@19:bigram",
        "退@0:cjkWord 退货@0:bigram 货@1:cjkWord 货政@1:bigram 政策@2:bigram 退@3:cjkWord 退货@3:bigram 货@4:cjkWord 政策@5:bigram 关税@6:bigram 关税@7:bigram 𠀋@8 𠀀@9 abc123@10 混合@11:bigram mixed@12 文本@13:bigram",
        "주문한@0 주문@0:bigram 문한@0:bigram 상품은@1 상품@1:bigram 품은@1:bigram 언제@2 도착하나요@3 도착@3:bigram 착하@3:bigram 하나@3:bigram 나요@3:bigram 환불은@4 환불@4:bigram 불은@4:bigram 영업일@5 영업@5:bigram 업일@5:bigram 기준@6 5@7 일@8 이내에@9 이내@9:bigram 내에@9:bigram 처리됩니다@10 처리@10:bigram 리됩@10:bigram 됩니@10:bigram 니다@10:bigram 환불@11",
        "สวัสดี@0 ฉัน@2 ต้องการ@3 คืน@4 สินค้า@5 สินค้า@6 ชำรุด@7 ขอ@8 เงิน@9 คืน@10 ภายใน@11 7@12 วัน@13",
        "سياس@0 ارجاع@1 يمك@2 ارجاع@3 منتج@4 خلال@5 30@6 يوم@7 اريد@8 استرداد@9 اموال@10 شكر@12",
        "מדיניות@0 החזרות@1 שלום@2 אפשר@3 להחזיר@4 תוך@5 30@6 יום@7",
        "ऑर्डर@1 कह@2 रिफंड@4 नीत@5 30@6 दिन@7 भीतर@9 वापस@10",
        "আমার@0 অর্ডার@1 কোথায়@2 ফেরতের@3 নীতি@4",
        "embali@0 dana@1 embali@2 barang@3 30@5 hari@6 bayar@7 proses@8",
        "bayar@0 balik@1 bayar@2 bayar@4 masa@6 14@7 hari@8",
        "zwrot@0 pieniedz@1 zamowien@3 lodz@4 zdzbl@5 zolw@6",
        "nasaan@0 order@2 ibabalik@4 bayad@6 loob@8 7@10 araw@11",
        "Ꭰ@0 Ꭰ@1 cherokee@2 ᏣᎳᎩ@3 emoji@4 and@5 bold@6 fullwidth@7 hello@8 fi@9 ligature@10 xii@11 1@12 2@13 株式会社@14:cjkWord 株式@14:bigram 式会@14:bigram 会社@14:bigram",
        "short@1 word@2 after@3",
        "refund@0 refund@1 refund@2 refund@3 refund@4 refund@5",
        "សូម@0 អរគុណ@1 ការ@2 បញ្ជាទិញ@3",
        "ຂອບໃຈ@0 ສິນຄ້າ@1 ຄຳ@2",
        "ကျေးဇူးတင်@0 ပါ@1 တယ်@2 မှာ@3 ယူ@4 မှု@5",
        "アイウ@0:cjkWord アイ@0:bigram イウ@0:bigram abc@1 パソコン@2:cjkWord パソ@2:bigram ソコ@2:bigram コン@2:bigram 100@3 0001@4 123@5",
        "",
        "",
    ]

    @Test func tokensAreTheStringAnalyzersTokens() {
        #expect(Self.analyzerSamples.count == Self.expected.count)
        for ((lang, text), expected) in zip(Self.analyzerSamples, Self.expected) {
            let got = Analyzer(language: lang).tokens(text)
                .map { "\($0.term)@\($0.position)\($0.kind == .word ? "" : ":" + $0.kind.rawValue)" }.joined(separator: " ")
            #expect(got == expected, "\(lang): \(text)")
        }
    }

    /// The same again with every word already in the cache (the first pass filled it), and with one
    /// buffer reused for every text.
    @Test func aReusedBufferAndAWarmCacheGiveTheSameTerms() {
        var buffer = TermBuffer()
        for _ in 0..<2 {
            for ((lang, text), expected) in zip(Self.analyzerSamples, Self.expected) {
                buffer.removeAll()
                Analyzer(language: lang).terms(text, into: &buffer)
                let terms = (0..<buffer.count).map(buffer.term)
                #expect(terms == expected.split(separator: " ").map { String($0.split(separator: "@")[0]) }, "\(lang): \(text)")
            }
        }
    }

    @Test func termsAppendToWhatTheBufferHolds() {
        var buffer = TermBuffer()
        let en = Analyzer(language: "en")
        en.terms("refund policy", into: &buffer)
        en.terms("shipping", into: &buffer)
        #expect((0..<buffer.count).map(buffer.term) == ["refund", "polici", "ship"])
        #expect(buffer.position(2) == 0)
        #expect(String(decoding: buffer.bytes, as: UTF8.self) == "refundpoliciship")
    }
}
