extension PhraseTables {
    /// Filipino (PH): polite with po / opo and the respectful plural (kayo, inyo, ninyo); everyday
    /// online-shop words stay as Filipinos write them (order, tracking number, refund). Each status
    /// carries its own po and completes "Ang inyong order na … ay {status}" and "… ay {status}, kaya …".
    static let filipino = Phrases(
        orderLine: "Ang inyong order na {order} ay {status}.",
        status: [
            "processing": "inihahanda pa po at hindi pa naipapadala",
            "awaiting_payment": "naghihintay pa po ng bayad",
            "shipped": "naipadala na po",
            "delayed": "naaantala po",
            "held_at_customs": "kasalukuyang nasa customs po",
            "delivered": "naihatid na po",
            "return_requested": "nasa proseso na po ng pagbabalik",
            "returned": "naibalik na po sa amin",
            "refund_in_progress": "nasa proseso na po ng refund",
            "cancelled": "nakansela na po",
        ],
        shipped: "Ipinasa po namin ito sa {carrier} noong {date}, at ang tracking number po ay {tracking}.",
        eta: "Inaasahan pong darating ito sa {date}.",
        delivered: "Naihatid po ito noong {date}.",
        heldAtCustoms: "Nasa customs po ang parcel. Karaniwang 2–5 araw ng trabaho po bago ito ma-clear ng customs, at kami na po ang bahala rito para sa inyo.",
        delayed: "Nagbukas na po ng imbestigasyon ang courier tungkol sa pagkaantala, at aabisuhan po namin kayo sa bawat update.",
        awaitingPayment: "Kailangan pong mabayaran ito hanggang {date}; kung hindi, awtomatiko pong makakansela ang order.",
        returnLabelSent: "Ipinadala po namin sa inyo ang return label noong {date}; susunod po ang inyong refund kapag natanggap na namin ang ibinalik na item.",
        returnReceived: "Natanggap na po namin ang inyong ibinalik na item noong {date}.",
        refundIssued: "Nai-refund na po ang {amount} sa inyong {method} noong {date}.",
        refundDue: "Pinoproseso na po ang inyong refund na {amount}, at matatanggap ninyo ito nang hindi lalampas sa {date}.",
        replacementShipped: "Naipadala na po ang kapalit na item noong {date}.",
        cancelDone: "Nakansela ko na po ang inyong order na {order} nang walang bayad.",
        cancelRefused: "Ang inyong order na {order} ay {status}, kaya hindi na po ito maaaring i-cancel. Pagdating po nito, maaari ninyo itong ibalik.",
        askOrderNumber: "Maaari po bang malaman ang inyong order number? Nagsisimula po ito sa MG at sinusundan ng 8 na numero.",
        orderNotFound: "Wala po akong makitang order na {order}. Maaari po bang pakisuri ulit ang numero?",
        greetingReply: "Ano po ang maitutulong namin sa inyo ngayon?",
        thanksReply: "Walang anuman po, ikinagagalak po naming makatulong.",
        agentsAvailable: "Maaari po ninyong makausap ang aming team {hours}.",
        agentsAfterHours: "Sa ngayon po ay wala nang naka-duty sa aming team, kaya nagbukas na po kami ng ticket para sa inyo: sasagot po kami sa loob ng 12 oras.",
        summaryLabels: [
            "title": "Buod ng handoff", "market": "Market", "language": "Wika", "intent": "Intent", "orders": "Mga order",
            "emotion": "Emosyon", "wants": "Gusto ng customer", "answered": "Nasagot na / natingnan na", "reason": "Dahilan ng handoff",
            "none": "wala",
        ],
        reasons: [
            "angry": "galit ang customer", "distressed": "labis na nababahala ang customer", "asked_for_human": "humiling ang customer na makausap ang isang agent",
            "chargeback": "binanggit ang chargeback o payment dispute", "lawyer": "binanggit ang abogado o legal na aksyon",
            "authority": "binanggit ang ahensya para sa proteksyon ng mamimili", "review": "nagbanta ng public review o pag-post sa social media",
            "third_contact": "ikatlong beses nang nakipag-ugnayan tungkol sa parehong order na hindi pa naaayos", "vip": "VIP na customer",
            "two_failures": "dalawang beses nang sunod na hindi nakasagot ang assistant",
        ]
    )
}
