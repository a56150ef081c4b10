extension PhraseTables {
    /// German (DE): formal Sie throughout, never du; the status phrases complete "Ihre Bestellung … {status}"
    /// and, in `cancelRefused`, "… {status} und kann daher …", so each is a finite verb phrase.
    static let german = Phrases(
        orderLine: "Ihre Bestellung {order} {status}.",
        status: [
            "processing": "wird gerade vorbereitet und wurde noch nicht versandt",
            "awaiting_payment": "wartet noch auf Ihre Zahlung",
            "shipped": "wurde versandt",
            "delayed": "verzögert sich",
            "held_at_customs": "befindet sich derzeit beim Zoll",
            "delivered": "wurde zugestellt",
            "return_requested": "ist zur Rücksendung angemeldet",
            "returned": "wurde an uns zurückgesendet",
            "refund_in_progress": "wird gerade erstattet",
            "cancelled": "wurde storniert",
        ],
        shipped: "Das Paket wurde am {date} an {carrier} übergeben, die Sendungsnummer lautet {tracking}.",
        eta: "Voraussichtliche Zustellung: {date}.",
        delivered: "Das Paket wurde am {date} zugestellt.",
        heldAtCustoms: "Das Paket liegt derzeit beim Zoll. Die Verzollung dauert in der Regel 2–5 Werktage, und wir kümmern uns für Sie darum.",
        delayed: "Der Versanddienstleister hat einen Nachforschungsauftrag zu der Verzögerung eröffnet. Wir halten Sie auf dem Laufenden.",
        awaitingPayment: "Die Zahlung ist bis zum {date} fällig, andernfalls wird die Bestellung automatisch storniert.",
        returnLabelSent: "Wir haben Ihnen das Rücksendeetikett am {date} geschickt. Die Erstattung erfolgt, sobald Ihre Rücksendung bei uns eingegangen ist.",
        returnReceived: "Ihre Rücksendung ist am {date} bei uns eingegangen.",
        refundIssued: "Am {date} haben wir Ihnen {amount} auf Ihr Zahlungsmittel {method} erstattet.",
        refundDue: "Ihre Erstattung über {amount} ist auf dem Weg und wird spätestens am {date} gutgeschrieben.",
        replacementShipped: "Am {date} haben wir Ihnen einen Ersatzartikel geschickt.",
        cancelDone: "Ich habe Ihre Bestellung {order} kostenfrei storniert.",
        cancelRefused: "Ihre Bestellung {order} {status} und kann daher leider nicht mehr storniert werden. Sobald sie bei Ihnen angekommen ist, können Sie sie stattdessen zurücksenden.",
        askOrderNumber: "Könnten Sie mir bitte Ihre Bestellnummer nennen? Sie beginnt mit MG, gefolgt von 8 Ziffern.",
        orderNotFound: "Eine Bestellung {order} kann ich leider nicht finden. Könnten Sie die Nummer bitte noch einmal prüfen?",
        greetingReply: "Wie kann ich Ihnen heute helfen?",
        thanksReply: "Sehr gern geschehen, es freut mich, dass ich Ihnen helfen konnte.",
        agentsAvailable: "Unser Kundenservice ist {hours} für Sie erreichbar.",
        agentsAfterHours: "Unser Kundenservice ist gerade nicht besetzt. Deshalb habe ich ein Ticket für Sie angelegt: Wir melden uns innerhalb von 12 Stunden bei Ihnen.",
        summaryLabels: [
            "title": "Übergabe-Zusammenfassung", "market": "Markt", "language": "Sprache", "intent": "Intent", "orders": "Bestellungen",
            "emotion": "Stimmung", "wants": "Anliegen des Kunden", "answered": "Bereits beantwortet / nachgeschlagen", "reason": "Grund der Übergabe",
            "none": "keine",
        ],
        reasons: [
            "angry": "Kunde ist verärgert", "distressed": "Kunde ist sehr belastet oder in Not", "asked_for_human": "Kunde möchte mit einem Mitarbeiter sprechen",
            "chargeback": "Rückbuchung (Chargeback) oder Zahlungsstreit erwähnt", "lawyer": "Anwalt oder rechtliche Schritte erwähnt",
            "authority": "Verbraucherzentrale oder Behörde erwähnt", "review": "droht mit öffentlicher Bewertung oder Social Media",
            "third_contact": "dritter Kontakt zur selben ungelösten Bestellung", "vip": "VIP-Kunde",
            "two_failures": "Assistent konnte zweimal in Folge nicht antworten",
        ]
    )
}
