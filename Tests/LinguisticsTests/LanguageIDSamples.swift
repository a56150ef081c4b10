import Testing

/// The unit tests' own language-ID texts, written separately from the benchmark's
/// (Benchmarks/langid) so the tests stay fast and the benchmark stays a held-out measure.
struct LanguageSample: Sendable, CustomTestStringConvertible {
    let language: String
    let text: String
    var testDescription: String { "\(language): \(text)" }
}

enum LanguageIDSamples {
    /// One long text (a sentence or two) per language.
    static let long: [LanguageSample] = [
        .init(language: "en", text: "I placed an order on Monday and the confirmation email said it would arrive by Thursday, but nothing has come."),
        .init(language: "de", text: "Ich habe am Montag bestellt und laut Bestätigung sollte die Ware am Donnerstag kommen, aber bisher ist nichts da."),
        .init(language: "fr", text: "J'ai passé commande lundi et l'e-mail de confirmation annonçait une livraison jeudi, mais je n'ai toujours rien."),
        .init(language: "es", text: "Hice el pedido el lunes y en el correo de confirmación decía que llegaría el jueves, pero no ha llegado nada."),
        .init(language: "it", text: "Ho fatto l'ordine lunedì e nella mail di conferma c'era scritto che sarebbe arrivato giovedì, ma non è arrivato niente."),
        .init(language: "nl", text: "Ik heb maandag besteld en in de bevestiging stond dat het donderdag zou komen, maar er is nog niets gekomen."),
        .init(language: "pl", text: "Złożyłem zamówienie w poniedziałek i w potwierdzeniu było napisane, że przyjdzie w czwartek, ale nic nie dostałem."),
        .init(language: "pt", text: "Fiz a encomenda na segunda-feira e o e-mail de confirmação dizia que chegava na quinta, mas até agora nada."),
        .init(language: "ja", text: "月曜日に注文して、確認メールには木曜日に届くと書いてありましたが、まだ何も届いていません。"),
        .init(language: "zh", text: "我星期一下的单，确认邮件上说星期四就能到，可是到现在什么都没收到。"),
        .init(language: "ko", text: "월요일에 주문했고 확인 메일에는 목요일에 도착한다고 되어 있었는데 아직 아무것도 안 왔어요."),
        .init(language: "th", text: "สั่งของไปตั้งแต่วันจันทร์ อีเมลยืนยันบอกว่าจะได้วันพฤหัส แต่ตอนนี้ยังไม่ได้อะไรเลย"),
        .init(language: "vi", text: "Tôi đặt hàng hôm thứ Hai, email xác nhận nói thứ Năm sẽ giao nhưng đến giờ vẫn chưa thấy gì."),
        .init(language: "id", text: "Saya pesan hari Senin dan di email konfirmasi katanya sampai hari Kamis, tapi sampai sekarang belum ada apa-apa."),
        .init(language: "ms", text: "Saya buat pesanan pada hari Isnin dan emel pengesahan kata akan sampai hari Khamis, tetapi sampai sekarang tiada apa-apa pun."),
        .init(language: "fil", text: "Nag-order ako noong Lunes at sabi sa confirmation email darating daw sa Huwebes, pero hanggang ngayon wala pa rin."),
        .init(language: "ar", text: "طلبت يوم الاثنين وكان مكتوبا في رسالة التأكيد أن الطلب سيصل يوم الخميس لكن لم يصلني شيء حتى الآن."),
        .init(language: "ru", text: "Я оформил заказ в понедельник, в письме с подтверждением было написано, что он придёт в четверг, но пока ничего нет."),
        .init(language: "tr", text: "Pazartesi sipariş verdim, onay e-postasında perşembe geleceği yazıyordu ama hâlâ hiçbir şey gelmedi."),
        .init(language: "hi", text: "मैंने सोमवार को ऑर्डर किया था और कन्फर्मेशन ईमेल में लिखा था कि गुरुवार तक आ जाएगा, लेकिन अभी तक कुछ नहीं आया।"),
        .init(language: "sv", text: "Jag beställde i måndags och i bekräftelsen stod det att det skulle komma på torsdag, men ingenting har kommit än."),
        .init(language: "cs", text: "Objednávku jsem udělal v pondělí a v potvrzení stálo, že dorazí ve čtvrtek, ale zatím nepřišlo nic."),
        .init(language: "ro", text: "Am plasat comanda luni, iar în e-mailul de confirmare scria că ajunge joi, dar până acum nu a venit nimic."),
        .init(language: "uk", text: "Я оформив замовлення в понеділок, у листі-підтвердженні було написано, що воно прийде в четвер, але досі нічого немає."),
    ]

    /// Two or three words per language, the way customers type them.
    static let short: [LanguageSample] = [
        .init(language: "en", text: "where's my refund"),
        .init(language: "en", text: "order never arrived"),
        .init(language: "de", text: "wo ist paket"),
        .init(language: "de", text: "Rückgabe wie lange"),
        .init(language: "fr", text: "commande pas arrivée"),
        .init(language: "fr", text: "je veux rembourser"),
        .init(language: "es", text: "mi pedido no llega"),
        .init(language: "es", text: "devolución del dinero"),
        .init(language: "it", text: "rimborso non ricevuto"),
        .init(language: "it", text: "dove il pacco"),
        .init(language: "nl", text: "pakket nog niet bezorgd"),
        .init(language: "nl", text: "geld terugstorten"),
        .init(language: "pl", text: "gdzie moja przesyłka"),
        .init(language: "pl", text: "zwrot nie dotarł"),
        .init(language: "pt", text: "cadê minha encomenda"),
        .init(language: "pt", text: "não recebi nada"),
        .init(language: "ja", text: "返品したい"),
        .init(language: "ja", text: "配送状況"),
        .init(language: "zh", text: "退款"),
        .init(language: "zh", text: "我要退货"),
        .init(language: "ko", text: "배송 언제"),
        .init(language: "ko", text: "환불 요청"),
        .init(language: "th", text: "ขอคืนเงิน"),
        .init(language: "th", text: "ของยังไม่มา"),
        .init(language: "vi", text: "đổi trả hàng"),
        .init(language: "vi", text: "chưa nhận hàng"),
        .init(language: "id", text: "refund kapan"),
        .init(language: "id", text: "barangnya belum sampai kak"),
        .init(language: "ms", text: "bila barang nak sampai"),
        .init(language: "ms", text: "duit belum masuk"),
        .init(language: "fil", text: "nasaan na po"),
        .init(language: "fil", text: "wala pa ang order ko"),
        .init(language: "ar", text: "وين طلبي"),
        .init(language: "ar", text: "استرجاع المبلغ"),
        .init(language: "ru", text: "где посылка"),
        .init(language: "ru", text: "хочу вернуть деньги"),
        .init(language: "tr", text: "kargom nerede"),
        .init(language: "tr", text: "param ne zaman"),
        .init(language: "hi", text: "पैसे कब मिलेंगे"),
        .init(language: "hi", text: "ऑर्डर नहीं आया"),
        .init(language: "sv", text: "var är paketet"),
        .init(language: "sv", text: "pengarna tillbaka"),
        .init(language: "cs", text: "kde je zásilka"),
        .init(language: "cs", text: "vrácení peněz"),
        .init(language: "ro", text: "unde e coletul"),
        .init(language: "ro", text: "vreau rambursare"),
        .init(language: "uk", text: "де посилка"),
        .init(language: "uk", text: "хочу повернути гроші"),
    ]
}
