extension EmotionLexicon {
    static let japanese = EmotionLexicon(language: "ja", entries: [
        .strongAnger: [
            "腹が立", "腹立た", "頭にくる", "頭に来", "ふざけ", "許せない", "激怒", "金返せ", "ムカつく", "むかつく", "最低",
            "二度と買わない", "二度と利用しない", "いい加減にし", "バカにして", "馬鹿にして", "詐欺",
        ],
        .anger: [
            "最悪", "ありえない", "あり得ない", "信じられない", "怒って", "怒り", "酷い", "ひどい", "不誠実", "対応が悪", "何やって",
            "どうなってるんだ", "誰も対応", "誰も返事", "無責任",
        ],
        .frustration: [
            "いつまで待", "困って", "困ります", "残念", "がっかり", "不満", "返事がない", "返信がない", "連絡がない", "遅すぎ",
            "イライラ", "不快", "納得できない", "納得いかない", "苦情", "クレーム", "まだ届かない", "全然届かない", "待たせ",
        ],
        .distress: [
            "不安", "心配", "困り果て", "助けて", "怖い", "恐い", "泣きそう", "泣いて", "焦って", "危険", "焦げ", "煙", "火傷",
            "やけど", "絶望", "どうしたらいいか分から", "パニック", "生活費", "~至急", "~緊急", "~急いで",
        ],
        .confusion: [
            "分からない", "わからない", "分かりません", "わかりません", "よく分から", "混乱", "意味が分か", "理解できな",
            "はっきりしない", "どういうこと", "戸惑",
        ],
        .positive: ["満足", "嬉しい", "うれしい", "納得"],
        .calming: ["急ぎません", "急ぎではない", "急がない", "お手すきの際", "ゆっくりで", "急ぎじゃない", "いつでも大丈夫"],
        // Negation follows the word; bare ない would also match つないで ("connect").
        .negator: ["ていない", "てない", "ていません", "できない", "できません", "じゃない", "ではない", "ではありません", "しない", "しません", "なかった", "くない"],
        .intensifier: ["本当に", "ほんとに", "非常に", "とても", "すごく", "かなり", "全く", "まったく", "大変", "めちゃくちゃ", "超", "もう"],
        .diminisher: ["少し", "ちょっと", "やや", "若干"],
        .repetition: ["三度目", "3回目", "三回目", "何度も", "何回も", "再三", "二度目", "2回目", "何度目", "前にも", "再度"],
        .human: [
            "オペレーター", "担当者", "人と話", "人間", "有人", "スタッフと話", "スタッフにつな", "電話で話", "人につな", "係の人",
            "担当の方", "~つないで",
        ],
        .chargeback: ["チャージバック", "カード会社に", "支払い停止", "支払いを止め", "銀行に相談", "銀行に連絡"],
        .legal: ["弁護士", "訴え", "訴訟", "裁判", "法的措置", "法的手段", "警察"],
        .consumerAuthority: ["消費生活センター", "消費者センター", "消費者庁", "国民生活センター", "消費者ホットライン"],
        .publicReview: ["レビュー", "口コミ", "低評価", "星1", "星一つ", "ツイッター", "インスタ", "晒", "拡散", "ネットに書", "sns"],
    ])

    static let chinese = EmotionLexicon(language: "zh", entries: [
        .strongAnger: [
            "太离谱", "气死", "愤怒", "骗子", "骗人", "坑人", "受够了", "忍无可忍", "岂有此理", "搞什么", "什么玩意", "再也不买",
            "混蛋", "不像话", "垃圾", "太过分",
        ],
        .anger: ["离谱", "生气", "恶心", "太差", "最差", "差劲", "无语", "过分", "欺负", "什么破", "没人管", "不负责任"],
        .frustration: [
            "失望", "还没", "还是没", "怎么还", "一直没", "不满", "烦", "郁闷", "没人回", "没有人回复", "没回复", "等了很久",
            "太慢", "催了", "~又",
        ],
        .distress: [
            "着急", "急死", "焦虑", "担心", "害怕", "救命", "帮帮我", "崩溃", "绝望", "哭", "危险", "冒烟", "烧焦", "生活费",
            "不知道怎么办", "~怎么办", "~很急",
        ],
        .confusion: ["不明白", "不懂", "搞不清", "搞不懂", "看不懂", "不清楚", "糊涂", "困惑", "什么意思", "不太确定"],
        .positive: ["满意", "高兴", "开心"],
        .calming: ["不急", "不着急", "没关系", "慢慢来", "不用急", "不赶时间"],
        .negator: ["不", "没", "别", "未"],
        .intensifier: ["非常", "很", "太", "特别", "真的", "超", "极其", "十分", "实在", "真是"],
        .diminisher: ["有点", "有一点", "一点", "稍微", "有些"],
        .repetition: ["第三次", "第二次", "又一次", "再次", "多次", "好几次", "三番五次", "一再", "已经问过", "已经说过"],
        .human: ["人工", "真人", "客服人员", "工作人员", "找个人", "经理", "主管"],
        .chargeback: ["拒付", "银行投诉", "银行申诉", "找银行", "信用卡公司", "撤销付款", "争议"],
        .legal: ["律师", "起诉", "法院", "法律途径", "告你们", "报警", "打官司"],
        .consumerAuthority: ["消协", "消费者协会", "消费者委员会", "12315", "工商", "市场监管", "case投诉", "去case"],
        .publicReview: ["差评", "曝光", "微博", "小红书", "抖音", "朋友圈", "社交媒体", "网上说"],
    ])

    static let thai = EmotionLexicon(language: "th", entries: [
        .strongAnger: ["โกรธ", "โมโห", "หัวร้อน", "โกง", "หลอกลวง", "ต้มตุ๋น", "ห่วยแตก", "ทนไม่ไหว", "ไม่เอาแล้ว", "แย่มาก", "เลวร้าย"],
        .anger: ["แย่", "ห่วย", "ไร้ความรับผิดชอบ", "ไม่มีใครตอบ", "ไม่มีใครสนใจ", "ไม่สนใจลูกค้า", "มั่ว"],
        .frustration: ["ผิดหวัง", "เซ็ง", "รำคาญ", "สักที", "ซะที", "รอนาน", "นานมาก", "ช้ามาก", "ร้องเรียน", "~ยังไม่"],
        .distress: [
            "ร้อนใจ", "กังวล", "เป็นห่วง", "กลัว", "ช่วยด้วย", "ทำยังไงดี", "ไม่รู้จะทำยังไง", "เครียด", "สิ้นหวัง", "ร้องไห้",
            "อันตราย", "ไฟไหม้", "ควัน", "ไหม้", "เดือดร้อน", "~ด่วน", "~ช่วยหน่อย",
        ],
        .confusion: ["งง", "ไม่เข้าใจ", "สับสน", "ไม่แน่ใจ", "หมายความว่า"],
        .positive: ["พอใจ", "ดีใจ", "โอเค"],
        .calming: ["ไม่รีบ", "ไม่เป็นไร", "ไม่ด่วน", "สบายๆ", "ค่อยๆ"],
        .negator: ["ไม่"],
        .intensifier: ["มาก", "มากๆ", "สุดๆ", "เหลือเกิน", "จริงๆ", "โคตร", "ที่สุด"],
        .diminisher: ["นิดหน่อย", "นิดนึง", "เล็กน้อย"],
        .repetition: ["ครั้งที่สาม", "ครั้งที่ 3", "หลายรอบ", "หลายครั้ง", "อีกแล้ว", "อีกรอบ", "รอบที่สาม", "รอบที่ 3"],
        // เจ้าหน้าที่ and พนักงาน alone are any staff (พนักงานส่งของ: the courier); asking is ขอคุยกับ…, ติดต่อ….
        .human: ["ขอคุยกับเจ้าหน้าที่", "ขอคุยกับพนักงาน", "ติดต่อเจ้าหน้าที่", "คุยกับคน", "คนจริง", "ไม่ใช่บอท", "แอดมินตัวจริง", "~เจ้าหน้าที่", "~พนักงาน", "~ขอคุยกับ"],
        .chargeback: ["ปฏิเสธการชำระ", "แจ้งธนาคาร", "ร้องเรียนธนาคาร", "อายัดบัตร", "ยกเลิกรายการบัตร"],
        .legal: ["ทนาย", "ฟ้อง", "ดำเนินคดี", "แจ้งความ", "ตำรวจ", "ดำเนินการทางกฎหมาย"],
        .consumerAuthority: ["สคบ", "คุ้มครองผู้บริโภค", "สภาองค์กรของผู้บริโภค"],
        .publicReview: ["รีวิว", "พันทิป", "pantip", "ประจาน", "โซเชียล", "เฟซบุ๊ก", "เฟสบุ๊ค", "ทวิตเตอร์", "ติ๊กต็อก", "แฉ", "โพสต์"],
    ])

    static let vietnamese = EmotionLexicon(language: "vi", entries: [
        .strongAnger: [
            "làm ăn kiểu gì", "kiểu gì vậy", "bực mình", "lừa đảo", "tệ hại", "tồi tệ", "vô trách nhiệm", "không chấp nhận được",
            "bức xúc", "phẫn nộ", "quá đáng", "mất dạy", "đểu",
        ],
        .anger: ["tức", "bực", "điên", "tệ", "quá tệ", "lừa", "không ai trả lời", "chẳng ai trả lời", "không ai xử lý", "chán"],
        .frustration: [
            "thất vọng", "vẫn chưa", "mãi chưa", "mãi không", "chờ lâu", "lâu quá", "khó chịu", "phiền", "không hài lòng",
        ],
        .distress: [
            "lo quá", "lo lắng", "sợ", "hoảng", "giúp mình với", "giúp tôi với", "giúp em với", "cứu", "không biết làm sao",
            "không biết phải làm sao", "khổ", "nguy hiểm", "cháy", "khói", "khóc", "tuyệt vọng", "~gấp", "~khẩn cấp",
        ],
        .confusion: ["không hiểu", "chưa hiểu", "bối rối", "không rõ", "chưa rõ", "thắc mắc", "ủa", "sao lại", "không chắc"],
        .positive: ["hài lòng", "vui", "ổn"],
        .calming: ["không gấp", "không vội", "từ từ", "không sao", "thong thả"],
        .negator: ["không", "chưa", "chẳng", "đừng", "chả"],
        .intensifier: ["rất", "quá", "lắm", "cực", "cực kỳ", "thật sự", "thực sự", "vô cùng", "siêu", "hết sức"],
        .diminisher: ["hơi", "một chút", "chút"],
        .repetition: ["lần thứ ba", "lần thứ 3", "lần thứ hai", "nhiều lần", "lại nữa", "mấy lần", "hỏi mãi", "lần nữa"],
        .human: [
            "người thật", "gặp người", "tư vấn viên", "nói chuyện với người", "không phải bot", "chuyển cho người",
            "gặp nhân viên", "nhân viên tư vấn", "nhân viên hỗ trợ", "nhân viên chăm sóc", "nói chuyện với nhân viên",
        ],
        .chargeback: ["khiếu nại ngân hàng", "báo ngân hàng", "tra soát", "chargeback", "hoàn tiền qua ngân hàng"],
        .legal: ["luật sư", "kiện", "tòa án", "công an", "pháp luật"],
        .consumerAuthority: ["bảo vệ người tiêu dùng", "hội bảo vệ", "cục cạnh tranh", "sở công thương", "quản lý thị trường"],
        .publicReview: [
            "bóc phốt", "phốt", "đăng lên", "đánh giá 1 sao", "1 sao", "một sao", "đánh giá xấu", "mạng xã hội", "cho mọi người biết",
        ],
    ])

    static let indonesian = EmotionLexicon(language: "id", entries: [
        .strongAnger: [
            "kecewa banget", "kesal", "kesel", "marah", "penipu", "nipu", "penipuan", "keterlaluan", "gak becus", "ga becus",
            "tidak becus", "brengsek", "sialan", "goblok", "terburuk", "nyebelin", "emosi",
        ],
        .anger: ["parah", "payah", "buruk", "jelek banget", "tipu", "bodoh", "tidak profesional", "gak profesional", "gila"],
        .frustration: [
            "kecewa", "belum juga", "masih belum", "lagi-lagi", "gak ada yang bales", "tidak ada respon", "gak dibales",
            "ga dibales", "lama banget", "lama sekali", "capek", "komplain", "tidak puas", "gak jelas", "ga jelas",
        ],
        .distress: [
            "panik", "takut", "khawatir", "cemas", "stres", "stress", "putus asa", "gimana ini", "bagaimana ini", "darurat",
            "nangis", "bahaya", "terbakar", "asap", "uang terakhir", "~tolong", "~urgent", "~mendesak",
        ],
        .confusion: [
            "bingung", "tidak mengerti", "gak ngerti", "ga ngerti", "nggak ngerti", "kurang paham", "gak paham", "tidak paham",
            "kurang ngerti", "aneh",
        ],
        .positive: ["puas", "senang", "bagus", "oke"],
        .calming: ["santai", "gak buru-buru", "tidak buru-buru", "tidak mendesak", "gapapa", "tidak apa-apa", "hehe", "wkwk", "maaf kak"],
        .negator: ["tidak", "tak", "gak", "ga", "nggak", "enggak", "ngga", "bukan", "belum", "jangan", "tanpa"],
        .intensifier: ["sangat", "banget", "sekali", "bgt", "amat", "benar-benar", "bener-bener", "super", "terlalu"],
        .diminisher: ["agak", "sedikit", "dikit", "rada"],
        .repetition: [
            "ketiga kalinya", "ketiga kali", "kali ketiga", "berkali-kali", "lagi-lagi", "sudah berkali", "udah berkali",
            "udah nanya", "sudah tanya", "kesekian kalinya",
        ],
        .human: ["orang beneran", "orang asli", "manusia", "agen", "petugas", "operator", "bukan bot", "ke cs", "sama cs", "cs orang", "~disambungin", "~sambungkan"],
        .chargeback: ["chargeback", "lapor ke bank", "komplain ke bank", "adukan ke bank", "sanggah transaksi", "blokir kartu"],
        .legal: ["pengacara", "lapor polisi", "polisi", "jalur hukum", "tuntut", "gugat", "pidana"],
        .consumerAuthority: ["ylki", "bpkn", "perlindungan konsumen", "lapor.go.id", "kemendag"],
        .publicReview: [
            "viral", "viralin", "viralkan", "review jelek", "ulasan jelek", "bintang 1", "bintang satu", "twitter", "medsos",
            "media sosial", "instagram", "tiktok", "facebook", "spill",
        ],
    ])

    static let malay = EmotionLexicon(language: "ms", entries: [
        .strongAnger: [
            "marah", "geram", "bengang", "sakit hati", "teruk betul", "penipu", "menipu", "tak guna", "celaka", "melampau",
            "hampeh", "sial",
        ],
        .anger: ["teruk", "tipu", "bodoh", "tak boleh pakai", "tak profesional", "tiada respon", "tak ada respon", "tak jawab"],
        .frustration: [
            "kecewa", "masih belum", "masih tak", "belum lagi", "tak ada khabar", "tiada khabar", "lambat", "lama sangat",
            "tak puas hati", "menyampah", "penat", "tension",
        ],
        .distress: [
            "risau", "bimbang", "takut", "panik", "tak tahu nak buat apa", "tertekan", "stres", "susah hati", "sedih", "menangis",
            "bahaya", "terbakar", "asap", "duit terakhir", "~tolong", "~tolonglah", "~kecemasan", "~segera",
        ],
        .confusion: ["keliru", "tak faham", "kurang faham", "tidak faham", "tak paham", "pelik", "tak pasti", "bingung"],
        .positive: ["puas hati", "puas", "gembira", "seronok"],
        .calming: ["tak apa", "takpe", "tak kisah", "tak perlu tergesa", "bila-bila masa", "tak urgent", "santai"],
        .negator: ["tak", "tidak", "bukan", "belum", "jangan", "tiada", "takde"],
        .intensifier: ["sangat", "betul", "betul-betul", "sungguh", "amat", "sgt", "terlalu", "langsung"],
        .diminisher: ["sikit", "sedikit", "agak"],
        .repetition: ["kali ketiga", "kali ke-3", "ketiga kali", "banyak kali", "berkali-kali", "sekali lagi", "dah tanya", "dah banyak kali"],
        .human: ["ejen", "khidmat pelanggan", "orang sebenar", "manusia", "bukan bot", "pegawai", "~staf", "~bercakap dengan"],
        .chargeback: ["caj balik", "chargeback", "pertikaian", "adu pada bank", "adu kepada bank", "tuntut dari bank"],
        .legal: ["peguam", "saman", "mahkamah", "tindakan undang-undang", "repot polis", "laporan polis", "polis"],
        .consumerAuthority: [
            "tribunal tuntutan pengguna", "tribunal", "kpdn", "kpdnhep", "kementerian perdagangan", "fomca", "persatuan pengguna",
            "aduan pengguna",
        ],
        .publicReview: ["viral", "tular", "tularkan", "ulasan buruk", "bintang satu", "1 bintang", "media sosial", "facebook", "twitter", "tiktok"],
    ])

    static let filipino = EmotionLexicon(language: "fil", entries: [
        .strongAnger: [
            "grabe naman", "grabe kayo", "galit", "nagagalit", "badtrip", "bwisit", "bwiset", "walang kwenta", "walang kuwenta",
            "manloloko", "panloloko", "nakakabwisit", "peste", "letse", "bulok",
        ],
        .anger: ["nakakainis", "kainis", "ang pangit", "inutil", "walang sumasagot", "walang pakialam"],
        .frustration: [
            "inis", "dismayado", "nadismaya", "wala pa rin", "hindi pa rin", "di pa rin", "hanggang ngayon", "na naman",
            "walang reply", "walang response", "ang tagal", "ano ba yan", "ano ba naman", "hay naku", "nakakapagod",
        ],
        .distress: [
            "nag-aalala", "nag aalala", "kinakabahan", "takot", "natatakot", "pakitulungan", "hindi ko alam gagawin",
            "di ko alam gagawin", "hindi ko na alam", "desperado", "umiiyak", "delikado", "nasunog", "usok", "~tulungan",
            "~tulong",
        ],
        .confusion: [
            "nalilito", "lito", "hindi ko maintindihan", "di ko maintindihan", "di ko gets", "hindi ko gets", "naguguluhan",
            "bakit ganun", "ano ibig sabihin",
        ],
        .positive: ["masaya", "kuntento", "maayos"],
        .calming: ["walang problema", "hindi nagmamadali", "di nagmamadali", "okay lang", "ok lang", "sige lang"],
        .negator: ["hindi", "di", "wala", "walang", "huwag", "wag"],
        .intensifier: ["sobrang", "sobra", "talaga", "napaka", "grabe", "super", "masyado"],
        .diminisher: ["medyo", "konti", "kaunti", "bahagya"],
        .repetition: ["ikatlong beses", "pangatlong beses", "ikalawang beses", "ilang beses", "paulit-ulit", "ulit", "na naman", "pangatlo"],
        .human: ["totoong tao", "makausap", "hindi bot", "di bot", "ahente", "~tao", "~agent"],
        .chargeback: ["ireklamo sa bangko", "sa bangko", "chargeback", "i-dispute"],
        .legal: ["abogado", "kakasuhan", "kaso", "idedemanda", "demanda", "pulis", "ipapa-pulis"],
        .consumerAuthority: ["dti", "ire-report", "irereport", "ireport"],
        .publicReview: ["ipo-post", "ipopost", "ipost", "i-post", "fb", "viral", "ibabash", "tiktok"],
    ])
}
