extension PhraseTables {
    /// Dutch (NL): informal je/jij, never u or uw ("uur" written in full). The status phrases complete
    /// "Je bestelling … {status}" and "… {status}, dus …".
    static let dutch = Phrases(
        orderLine: "Je bestelling {order} {status}.",
        status: [
            "processing": "wordt klaargemaakt en is nog niet verzonden",
            "awaiting_payment": "wacht nog op je betaling",
            "shipped": "is verzonden",
            "delayed": "heeft vertraging",
            "held_at_customs": "ligt bij de douane",
            "delivered": "is bezorgd",
            "return_requested": "is aangemeld voor retour",
            "returned": "is geretourneerd",
            "refund_in_progress": "wordt terugbetaald",
            "cancelled": "is geannuleerd",
        ],
        shipped: "Het pakket is op {date} aan {carrier} meegegeven. Je track & trace-code is {tracking}.",
        eta: "Verwachte bezorgdatum: {date}.",
        delivered: "Het pakket is op {date} bezorgd.",
        heldAtCustoms: "Het pakket ligt bij de douane. Inklaren duurt meestal 2 tot 5 werkdagen, en wij regelen dat voor je.",
        delayed: "De vervoerder is een onderzoek naar de vertraging gestart. We houden je op de hoogte.",
        awaitingPayment: "De betaling moet uiterlijk {date} binnen zijn, anders wordt de bestelling automatisch geannuleerd.",
        returnLabelSent: "We hebben je op {date} het retourlabel gestuurd. Je krijgt je geld terug zodra je retour bij ons binnen is.",
        returnReceived: "We hebben je retour op {date} ontvangen.",
        refundIssued: "Op {date} hebben we {amount} teruggestort via {method}.",
        refundDue: "Je terugbetaling van {amount} is onderweg en staat uiterlijk {date} op je rekening.",
        replacementShipped: "Op {date} hebben we een vervangend product naar je verstuurd.",
        cancelDone: "Ik heb je bestelling {order} kosteloos geannuleerd.",
        cancelRefused: "Je bestelling {order} {status}, dus annuleren kan helaas niet meer. Zodra je het pakket hebt ontvangen, kun je het wel retourneren.",
        askOrderNumber: "Wil je me je bestelnummer sturen? Het begint met MG, gevolgd door 8 cijfers.",
        orderNotFound: "Ik kan geen bestelling {order} vinden. Wil je het nummer nog even checken?",
        greetingReply: "Waarmee kan ik je vandaag helpen?",
        thanksReply: "Graag gedaan, fijn dat ik je kon helpen.",
        agentsAvailable: "Ons team is {hours} bereikbaar.",
        agentsAfterHours: "Ons team is nu niet bereikbaar, dus ik heb een ticket voor je aangemaakt: je krijgt binnen 12 uur antwoord.",
        summaryLabels: [
            "title": "Samenvatting voor overdracht", "market": "Markt", "language": "Taal", "intent": "Intentie", "orders": "Bestellingen",
            "emotion": "Emotie", "wants": "Wat de klant wil", "answered": "Al beantwoord / opgezocht", "reason": "Reden van overdracht",
            "none": "geen",
        ],
        reasons: [
            "angry": "klant is boos", "distressed": "klant is erg van streek", "asked_for_human": "klant vroeg om een medewerker",
            "chargeback": "chargeback of betalingsgeschil genoemd", "lawyer": "advocaat of juridische stappen genoemd",
            "authority": "consumentenautoriteit genoemd", "review": "dreigt met een openbare review of social media",
            "third_contact": "derde contact over dezelfde onopgeloste bestelling", "vip": "VIP-klant",
            "two_failures": "de assistent kon twee keer achter elkaar geen antwoord geven",
        ]
    )
}
