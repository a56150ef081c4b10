import Foundation
import Testing
import Lint

/// Issue 13's acceptance test: the sample workspace, copied, with defects planted for every rule in
/// several languages and scripts (Latin, CJK, Thai, full-width and Thai digits, numbers in words,
/// dates in each language's forms, carrier and payment names, missing headings);
/// lint must find each one and nothing else that was not there before.
@Suite struct PlantedDefectsTests {
    @Test func lintFindsEveryPlantedDefectAndNothingElse() throws {
        let fixture = try LintFixture()
        defer { fixture.remove() }
        let before = try fixture.lint()
        // The sample itself: the deliberately stale Italian warranty page, and nothing else.
        #expect(before.findings.map(\.key) == ["stale.document it/warranty"])

        var expected = Set<String>()
        func plant(_ keys: String...) { expected.formUnion(keys) }

        // facts: a figure the English source does not state for the page's market.
        try fixture.append("kb/docs/de/shipping.md", "Die Lieferung dauert 47 Werktage.")
        try fixture.append("kb/docs/ja/returns.md", "返品は４７日以内に受け付けます。")            // full-width digits
        try fixture.append("kb/docs/th/warranty.md", "การรับประกันมีอายุ ๖๑ วัน")                  // Thai digits
        try fixture.append("kb/docs/fr/returns.md", "Le remboursement prend quatorze semaines.")     // a number in words
        try fixture.append("kb/docs/zh/payment.md", "退款将在83天内完成。")
        plant("facts.value de/shipping", "facts.value ja/returns", "facts.value th/warranty", "facts.value fr/returns", "facts.value zh/payment")

        // facts: dates the source does not give (numeric in the market's order, 年月日, month names).
        try fixture.append("kb/docs/de/shipping.md", "Lieferpause vom 24.12.2026 bis zum 02.01.2027.")
        try fixture.append("kb/docs/ja/returns.md", "2026年12月28日から年末休業です。")
        try fixture.append("kb/docs/zh/payment.md", "请在12月31日前付款。")
        try fixture.append("kb/docs/fr/invoices.md", "La facture de décembre est disponible le 15 décembre 2026.")
        try fixture.append("kb/docs/th/warranty.md", "ลงทะเบียนสินค้าก่อนวันที่ 31 ธันวาคม 2026")
        try fixture.append("kb/docs/es/order-changes.md", "Los cambios se aceptan hasta el 20/12/2026.")
        plant("facts.date de/shipping", "facts.date ja/returns", "facts.date zh/payment", "facts.date fr/invoices", "facts.date th/warranty",
              "facts.date es/order-changes")

        // facts: carrier and payment names (the glossary's) the source gives only for other markets.
        try fixture.append("kb/docs/de/shipping.md", "Alternativ versenden wir mit Colissimo.")
        try fixture.append("kb/docs/ja/returns.md", "返品の集荷はEstafetaが行います。")
        try fixture.append("kb/docs/zh/payment.md", "也可以使用PromptPay付款。")
        try fixture.append("kb/docs/th/warranty.md", "ส่งซ่อมผ่าน Royal Mail")
        try fixture.append("kb/docs/it/order-changes.md", "Le spedizioni partono con SingPost.")
        try fixture.append("kb/docs/pl/payment.md", "Można też zapłacić przez PayNow.")
        plant("facts.name de/shipping", "facts.name ja/returns", "facts.name zh/payment", "facts.name th/warranty", "facts.name it/order-changes",
              "facts.name pl/payment")

        // stale: translated from a version of the source older than the current one.
        for doc in ["de/payment", "pl/customs-duties", "ja/invoices", "th/invoices", "zh/warranty", "vi/shipping"] {
            let path = "kb/docs/\(doc).md"
            let text = try String(contentsOf: fixture.root.appendingPathComponent(path), encoding: .utf8)
            let line = text.split(separator: "\n").first { $0.hasPrefix("source_updated:") }.map(String.init) ?? "no source_updated line"
            try fixture.replace(path, line, "source_updated: 2026-01-01")
            plant("stale.document \(doc)")
        }

        // glossary: terms the glossary avoids, for languages and for one market.
        try fixture.replace("kb/glossary.yaml", "  - id: refund\n",
                            "  - id: refund\n    avoid: {de: [Rückvergütung], fr: [ristourne], ja: [払戻し], th: [คืนตังค์], zh: [退钱], MX: [lana de vuelta]}\n")
        try fixture.append("kb/docs/de/order-changes.md", "Die Rückvergütung erfolgt schnell.")
        try fixture.append("kb/docs/fr/invoices.md", "La ristourne figure sur la facture.")
        try fixture.append("kb/docs/ja/customs-duties.md", "払戻しは不要です。")
        try fixture.append("kb/docs/th/order-changes.md", "คืนตังค์ได้ทันที")
        try fixture.append("kb/docs/zh/customer-care.md", "退钱很快。")
        try fixture.append("kb/docs/es/order-changes.md", "La lana de vuelta llega pronto.")
        plant("glossary.avoid de/order-changes", "glossary.avoid fr/invoices", "glossary.avoid ja/customs-duties", "glossary.avoid th/order-changes",
              "glossary.avoid zh/customer-care", "glossary.avoid es/order-changes")

        // tone: the market's forbidden forms of address, and Japanese plain form.
        try fixture.append("kb/docs/fr/customer-care.md", "Tu peux nous écrire à tout moment.")
        try fixture.append("kb/docs/de/invoices.md", "Du findest die Rechnung im Konto.")
        try fixture.append("kb/docs/it/order-changes.md", "Puoi annullare il tuo ordine.")
        try fixture.append("kb/docs/nl/invoices.md", "U vindt de factuur in het account.")
        try fixture.append("kb/docs/th/manual-blendgo-350.md", "ขอบคุณครับ")
        try fixture.append("kb/docs/ja/manual-packscale-50.md", "電池を交換する。")
        plant("tone.fr.fr.no-tu fr/customer-care", "tone.de.de.no-du de/invoices", "tone.it.it.no-tu it/order-changes",
              "tone.nl.nl.no-u nl/invoices", "tone.th.th.one-persona th/manual-blendgo-350", "tone.register.polite-ending ja/manual-packscale-50")
        // …and one the page excuses, with a reason: no finding.
        try fixture.append("kb/docs/zh/manual-packscale-50.md", "“你好”是顾客的原话。<!-- kbkit-lint: ignore tone — a customer's words, quoted -->")

        // parity: contact details the source does not give, passages left in English.
        try fixture.append("kb/docs/ms/invoices.md", "Hubungi bil@contoh.example untuk bantuan.")
        try fixture.append("kb/docs/ja/order-changes.md", "お問い合わせ：support@example.jp までご連絡ください。")
        try fixture.append("kb/docs/pl/payment.md", "Infolinia: +48 22 123 45 67.")
        try fixture.append("kb/docs/vi/returns.md", "Items must be unused and in their original packaging, and you can start a return from your account.")
        try fixture.append("kb/docs/zh/shipping.md", "Orders placed before the cut-off time on a business day are dispatched the same day from the warehouse.")
        try fixture.append("kb/docs/it/customs-duties.md", "All import duties and taxes are included in the price you pay at checkout, so there is nothing to pay on delivery.")
        plant("parity.email ms/invoices", "parity.email ja/order-changes", "parity.phone pl/payment",
              "parity.untranslated vi/returns", "parity.untranslated zh/shipping", "parity.untranslated it/customs-duties")

        // parity: sections of the source (their headings) missing from the translation, more of them
        // than the translation has sections of its own (pages the duplicates below give a heading are
        // left alone: they would have as many again; the links at the end of vi/returns and th/order-changes
        // are text now, planted above, and count as sections).
        try fixture.replace("kb/docs/vi/returns.md", "## Đổi sang sản phẩm khác\n", "")
        try fixture.replace("kb/docs/vi/returns.md", "### Ai trả phí gửi hàng về?\n", "")
        try fixture.replace("kb/docs/vi/returns.md", "## Hoàn tiền\n", "")
        try fixture.replace("kb/docs/nl/order-changes.md", "## Bezorgadres wijzigen\n", "")
        try fixture.replace("kb/docs/th/order-changes.md", "## เปลี่ยนที่อยู่จัดส่ง\n", "")
        try fixture.replace("kb/docs/th/order-changes.md", "## เปลี่ยนสินค้าหรือจำนวน\n", "")
        try fixture.replace("kb/docs/th/order-changes.md", "## ต้องการความช่วยเหลือ?\n", "")
        try fixture.replace("kb/docs/id/order-changes.md", "## Menambah atau mengganti barang\n", "")
        try fixture.replace("kb/docs/de/shipping.md", "## Sendungsverfolgung\n", "")
        try fixture.replace("kb/docs/de/shipping.md", "## Lieferadresse ändern\n", "")
        try fixture.replace("kb/docs/de/shipping.md", "## Mein Paket ist noch nicht da\n", "")
        plant("parity.heading vi/returns", "parity.heading nl/order-changes", "parity.heading th/order-changes", "parity.heading id/order-changes",
              "parity.heading de/shipping")

        // duplicates: a question two policy pages answer, and answers that disagree.
        try fixture.append("kb/docs/de/payment.md", "## Wo finde ich meine Rechnung?\n\nIm Kundenkonto unter Bestellungen.")
        try fixture.append("kb/docs/fr/warranty.md", "## Où trouver ma facture ?\n\nDans votre compte client.")
        try fixture.append("kb/docs/nl/returns.md", "## Waar vind ik mijn factuur?\n\nIn je account.")
        try fixture.append("kb/docs/pl/customer-care.md", "## Kiedy zamówienie zostanie wysłane?\n\nW dniu roboczym.")
        try fixture.append("kb/docs/ja/invoices.md", "## 返品の期限は何日ですか？\n\n7日以内です。")
        try fixture.append("kb/docs/ja/returns.md", "## 返品の期限は何日ですか？\n\n14日以内です。")
        // th/faq answers this one with 15 วัน (the Thai return window); 10 วัน is the refund time.
        try fixture.append("kb/docs/th/invoices.md", "## คืนสินค้าได้ภายในกี่วัน?\n\n10 วัน")
        plant("duplicates.question de/payment", "duplicates.question fr/warranty", "duplicates.question nl/returns", "duplicates.question pl/shipping",
              "duplicates.contradiction ja/returns", "duplicates.contradiction th/faq")

        // coverage: a new intent whose only document is English for the US and GB.
        try fixture.replace("kb/intents/taxonomy.yaml", "intents:\n",
                            "intents:\n  - id: gift.cards\n    description: Buying and redeeming gift cards.\n    topics: [gift-cards]\n\n")
        try fixture.write("kb/docs/en/gift-cards.md", """
            ---
            id: gift-cards
            title: Gift cards
            lang: en
            markets: [US, GB]
            type: policy
            updated: 2026-11-01
            ---
            # Gift cards

            Gift cards are sold in the online shop and never expire.
            """)
        plant("coverage.evalset US/en gift.cards", "coverage.evalset GB/en gift.cards", "coverage.fallback US/es gift.cards")
        for cell in ["DE/de", "ES/es", "FR/fr", "ID/id", "IT/it", "JP/ja", "MX/es", "MY/ms", "MY/en", "MY/zh", "NL/nl", "PH/en", "PH/fil",
                     "PL/pl", "SG/en", "SG/zh", "TH/th", "VN/vi"] {
            plant("coverage.document \(cell) gift.cards")
        }

        let after = try fixture.lint()
        let old = Set(before.findings.map(\.key))
        let new = Set(after.findings.map(\.key)).subtracting(old)
        #expect(expected.subtracting(new).sorted() == [], "planted but not found")
        #expect(new.subtracting(expected).sorted() == [], "found but not planted")
        #expect(after.suppressed >= 1)
        #expect(after.failed)  // facts and coverage are errors: CI would stop here
    }
}
