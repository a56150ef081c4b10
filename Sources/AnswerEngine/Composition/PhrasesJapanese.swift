extension PhraseTables {
    /// Japanese (JP): keigo with お客様, です/ます throughout, no exclamation marks, apologies with
    /// 申し訳ございません. Each status is a whole polite predicate ("発送済みです", "遅れが生じております"),
    /// so it closes "ご注文{order}は{status}。" and, followed by ので, opens the reason in `cancelRefused`.
    static let japanese = Phrases(
        orderLine: "ご注文{order}は{status}。",
        status: [
            "processing": "現在発送の準備中で、まだ出荷されておりません",
            "awaiting_payment": "お支払いの確認待ちとなっております",
            "shipped": "発送済みです",
            "delayed": "配送に遅れが生じております",
            "held_at_customs": "現在、税関にて保管されております",
            "delivered": "お届け済みです",
            "return_requested": "返品のお手続き中です",
            "returned": "返品済みです",
            "refund_in_progress": "返金のお手続き中です",
            "cancelled": "キャンセル済みです",
        ],
        shipped: "{date}に{carrier}にて発送いたしました。お問い合わせ番号は{tracking}です。",
        eta: "お届け予定日は{date}です。",
        delivered: "{date}にお届けが完了しております。",
        heldAtCustoms: "お荷物は現在、税関にて通関手続き中です。通関には通常2～5営業日ほどかかりますが、お手続きは弊社にて対応いたしますのでご安心ください。",
        delayed: "配送業者にて遅延の調査を開始しております。進展がございましたら、改めてお客様にご連絡いたします。",
        awaitingPayment: "お支払い期限は{date}です。期限までにお支払いが確認できない場合、ご注文は自動的にキャンセルとなります。",
        returnLabelSent: "{date}に返品用の送り状をお送りいたしました。返品商品の到着を確認次第、ご返金いたします。",
        returnReceived: "{date}に返品商品を確かに受領いたしました。",
        refundIssued: "{date}に{amount}のご返金（{method}）の手続きを完了いたしました。",
        refundDue: "{amount}のご返金を手続き中です。遅くとも{date}までにご返金いたします。",
        replacementShipped: "{date}に代替品を発送いたしました。",
        cancelDone: "ご注文{order}のキャンセルを承りました。キャンセル料は一切かかりません。",
        cancelRefused: "ご注文{order}は{status}ので、キャンセルを承ることができかねます。商品がお手元に届きましたら、返品としてお手続きいただけます。",
        askOrderNumber: "恐れ入りますが、ご注文番号をお知らせいただけますでしょうか。MGに続く8桁の数字です。",
        orderNotFound: "ご注文番号{order}に該当するご注文が見つかりませんでした。恐れ入りますが、番号をご確認いただけますでしょうか。",
        greetingReply: "本日はどのようなご用件でしょうか。",
        thanksReply: "こちらこそ、ご連絡いただきありがとうございます。お役に立てましたら幸いです。",
        agentsAvailable: "担当者の対応時間は{hours}です。",
        agentsAfterHours: "ただいま担当者の対応時間外のため、お問い合わせチケットを作成いたしました。12時間以内にご返信いたします。",
        summaryLabels: [
            "title": "引き継ぎサマリー", "market": "マーケット", "language": "言語", "intent": "意図", "orders": "注文",
            "emotion": "感情", "wants": "お客様のご要望", "answered": "回答済み・確認済みの内容", "reason": "引き継ぎ理由",
            "none": "なし",
        ],
        reasons: [
            "angry": "お客様がお怒り", "distressed": "お客様が強い不安を感じている", "asked_for_human": "お客様が担当者による対応を希望",
            "chargeback": "チャージバック・支払い異議への言及", "lawyer": "弁護士・法的措置への言及",
            "authority": "消費者保護機関への言及", "review": "レビュー・SNSへの投稿を示唆",
            "third_contact": "同じ未解決の注文に関する3回目の問い合わせ", "vip": "VIPのお客様",
            "two_failures": "アシスタントが2回続けて回答できず",
        ]
    )
}
