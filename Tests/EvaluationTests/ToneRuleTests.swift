import Testing
@testable import Evaluation

/// Hand-written answers that break a market's rules, each flagged with exactly the words that
/// broke it.
@Suite struct ToneRuleTests {
    @Test func germanDuIsFlaggedAndSieIsRequired() throws {
        let r = try ToneFixtures.check("Guten Tag,\nkannst du mir deine Bestellnummer schicken? Dann melde ich mich bei dir.\nMit freundlichen Grüßen",
                                       market: "DE", language: "de")
        #expect(!r.passed)
        #expect(r.offending("de.de.no-du") == ["du", "deine", "dir"])
        #expect(r.result("de.de.sie")?.passed == false)
        #expect(r.offending("de.de.sie") == ["Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres"])
        #expect(r.result("de.de.closing")?.passed == true)
    }

    @Test func wholeWordsOnly() throws {
        // "Dusche", "dirigiert", "Deinstallation" contain du/dir/dein but are other words.
        let r = try ToneFixtures.check("Die Dusche wird nicht dirigiert. Die Deinstallation ist für Sie einfach.", market: "DE", language: "de")
        #expect(r.result("de.de.no-du")?.passed == true)
        // `case` match: a lower-case "sie" (they) is not the formal Sie.
        let lower = try ToneFixtures.check("Wir haben sie gestern versendet.", market: "DE", language: "de")
        #expect(lower.result("de.de.sie")?.passed == false)
        // Word matching ignores case: "Du" at the start of a sentence is du.
        let capital = try ToneFixtures.check("Du bekommst das Paket morgen.", market: "DE", language: "de")
        #expect(capital.offending("de.de.no-du") == ["Du"])
    }

    @Test func frenchTutoiementAndElision() throws {
        let r = try ToneFixtures.check("Bonjour, tu peux suivre ton colis en ligne. Je t'envoie le lien. Cordialement", market: "FR", language: "fr")
        #expect(r.offending("fr.fr.no-tu") == ["tu", "ton"])
        #expect(r.offending("fr.fr.no-t-elision") == ["t'envoie"])
        #expect(r.result("fr.fr.vous")?.passed == false)
        // The elided "l'" and "d'" of vouvoiement are fine.
        let ok = try ToneFixtures.check("Bonjour, vous recevrez l'étiquette d'ici demain. Cordialement", market: "FR", language: "fr")
        #expect(ok.passed, "\(ok.failures)")
    }

    @Test func spainForbidsUstedMexicoForbidsTu() throws {
        let es = try ToneFixtures.check("¡Hola! Usted puede devolver el pedido. Te ayudamos.", market: "ES", language: "es")
        #expect(es.offending("es.es.no-usted") == ["Usted"])
        let mx = try ToneFixtures.check("Hola, tú puedes rastrear tu pedido en su cuenta.", market: "MX", language: "es")
        #expect(mx.offending("mx.es.no-tu") == ["tú", "puedes", "tu"])
        #expect(mx.result("mx.es.usted")?.passed == true)
        // The same tú text in the US Spanish site is only a warning: reported, not failing.
        let us = try ToneFixtures.check("Hola, tú puedes rastrear tu pedido en su cuenta.", market: "US", language: "es")
        #expect(us.result("us.es.address.usted")?.severity == .warning)
        #expect(us.offending("us.es.address.usted") == ["tú", "puedes", "tu"])
        #expect(us.passed)
    }

    @Test func britishSpelling() throws {
        let r = try ToneFixtures.check("Hello, the color you ordered was canceled. Kind regards", market: "GB", language: "en")
        #expect(r.offending("gb.en.spelling") == ["color", "canceled"])
        #expect(!r.passed)
        let us = try ToneFixtures.check("Hi there, the color you ordered was canceled.", market: "US", language: "en")
        #expect(us.passed, "\(us.failures)")
    }

    @Test func japanNoEmojiNoExclamation() throws {
        let r = try ToneFixtures.check("お客様、ご注文ありがとうございます！発送いたしました😊", market: "JP", language: "ja")
        #expect(r.offending("jp.all.no-exclamation") == ["ありがとうございます！"])
        #expect(r.offending("jp.all.no-emoji") == ["😊"])
        #expect(r.result("jp.ja.desu-masu")?.passed == true)
        let ascii = try ToneFixtures.check("お客様、ありがとうございます!", market: "JP", language: "ja")
        #expect(ascii.offending("jp.all.no-exclamation") == ["ありがとうございます!"])
        let casual = try ToneFixtures.check("お客様、ごめんなさい。", market: "JP", language: "ja")
        #expect(casual.offending("jp.ja.no-casual-apology") == ["ごめん"])
    }

    @Test func thaiNeedsThePoliteParticle() throws {
        let r = try ToneFixtures.check("สวัสดีครับ คุณลูกค้า", market: "TH", language: "th")
        #expect(r.result("th.th.particle")?.passed == false)
        #expect(r.offending("th.th.particle") == ["ค่ะ", "คะ"])
        #expect(r.offending("th.th.one-persona") == ["ครับ"])
        #expect(r.result("th.th.one-persona")?.severity == .warning)
        #expect(r.failedIDs == ["th.th.particle", "th.th.one-persona"])
    }

    @Test func chineseNiInsteadOfNin() throws {
        let sg = try ToneFixtures.check("你好，你们的订单已经发货了。", market: "SG", language: "zh")
        #expect(sg.offending("sg.zh.no-ni") == ["你"])
        #expect(sg.offending("sg.zh.nin") == ["您"])
        let my = try ToneFixtures.check("您好，你的订单已经发货了。", market: "MY", language: "zh")
        #expect(my.failedIDs == ["my.zh.no-ni"])
    }

    @Test func indonesianKamuAndSlang() throws {
        let r = try ToneFixtures.check("Halo Kak, kamu bisa cek pesanan kamu di aplikasi.", market: "ID", language: "id")
        #expect(r.failedIDs == ["id.id.no-kamu"])
        #expect(r.offending("id.id.no-kamu") == ["kamu"])
        let slang = try ToneFixtures.check("Kak, lo bisa cek sendiri ya.", market: "ID", language: "id")
        #expect(slang.offending("id.id.no-slang-pronouns") == ["lo"])
        // The PackScale display shows "Lo" for a low battery: `case` matching lets it through.
        let display = try ToneFixtures.check("Kak, kalau layar menampilkan Lo, baterainya perlu diganti.", market: "ID", language: "id")
        #expect(display.passed, "\(display.failures)")
    }

    @Test func otherMarketsFormsOfAddress() throws {
        let it = try ToneFixtures.check("Buongiorno, ti scriviamo per il tuo ordine. Cordiali saluti", market: "IT", language: "it")
        #expect(it.offending("it.it.no-tu") == ["ti", "tuo"])
        let nl = try ToneFixtures.check("Hoi, u kunt uw pakket volgen via de link.", market: "NL", language: "nl")
        #expect(nl.offending("nl.nl.no-u") == ["u", "uw"])
        #expect(nl.result("nl.nl.je")?.passed == false)
        let pl = try ToneFixtures.check("Dzień dobry, twoja paczka jest w drodze do ciebie.", market: "PL", language: "pl")
        #expect(pl.offending("pl.pl.no-ty") == ["twoja", "ciebie"])
        let vn = try ToneFixtures.check("Chào bạn, đơn hàng của bạn đã được giao.", market: "VN", language: "vi")
        #expect(vn.offending("vn.vi.no-ban") == ["bạn"])
        #expect(vn.failedIDs == ["vn.vi.quy-khach", "vn.vi.no-ban"])
        let ms = try ToneFixtures.check("Hai awak, pesanan kamu sudah dihantar.", market: "MY", language: "ms")
        #expect(ms.offending("my.ms.no-familiar") == ["awak", "kamu"])
        let fil = try ToneFixtures.check("Salamat sa iyong order, darating ito sa lalong madaling panahon.", market: "PH", language: "fil")
        #expect(fil.offending("ph.fil.po") == ["po", "opo"])
    }

    @Test func exclamationAndEmojiLimits() throws {
        let us = try ToneFixtures.check("Great news!! Your order has shipped 🎉", market: "US", language: "en")
        #expect(us.offending("us.all.exclamations") == ["news!!"])
        #expect(us.offending("us.all.no-emoji") == ["🎉"])
        let one = try ToneFixtures.check("Great news! Your order has shipped.", market: "US", language: "en")
        #expect(one.result("us.all.exclamations")?.passed == true)
        // Spain allows one emoji; two are one too many, and both are named.
        let es = try ToneFixtures.check("¡Hola! 😊 Te escribimos por tu pedido 👍", market: "ES", language: "es")
        #expect(es.offending("es.es.emoji") == ["😊", "👍"])
        let esOne = try ToneFixtures.check("¡Hola! 😊 Te escribimos por tu pedido.", market: "ES", language: "es")
        #expect(esOne.passed, "\(esOne.failures)")
    }

    @Test func rulesForOneLanguageOnlyApplyToIt() throws {
        // MY's Chinese rules do not judge a Malay answer, nor its Malay rules an English one.
        let ms = try ToneFixtures.check("Salam sejahtera, tuan/puan. Pesanan anda sudah dihantar.", market: "MY", language: "ms")
        #expect(!ms.results.contains { $0.id.hasPrefix("my.zh.") || $0.id.hasPrefix("my.en.") })
        let en = try ToneFixtures.check("Hi there, your order has shipped.", market: "MY", language: "en-MY")
        #expect(en.results.map(\.id).filter { !$0.hasPrefix("builtin.") } == ["my.en.exclamations", "my.en.no-emoji"])
    }
}
