extension PhraseTables {
    /// Italian (IT): the formal Lei with its courtesy capitals (La, Le, Suo, Sua), never tu. The status
    /// phrases complete "Il Suo ordine … {status}" (masculine: spedito, consegnato) and "… {status}, quindi …".
    static let italian = Phrases(
        orderLine: "Il Suo ordine {order} {status}.",
        status: [
            "processing": "è in preparazione e non è ancora stato spedito",
            "awaiting_payment": "è in attesa del pagamento",
            "shipped": "è stato spedito",
            "delayed": "è in ritardo",
            "held_at_customs": "è fermo in dogana",
            "delivered": "è stato consegnato",
            "return_requested": "ha un reso in corso",
            "returned": "ci è stato reso",
            "refund_in_progress": "è in fase di rimborso",
            "cancelled": "è stato annullato",
        ],
        shipped: "Il pacco è stato affidato a {carrier} il {date}; il codice di tracciamento è {tracking}.",
        eta: "Consegna prevista: {date}.",
        delivered: "Il pacco è stato consegnato il {date}.",
        heldAtCustoms: "Il pacco si trova in dogana. Lo sdoganamento richiede di solito da 2 a 5 giorni lavorativi e ce ne occupiamo noi per Lei.",
        delayed: "Il corriere ha aperto un'indagine sul ritardo e Le daremo aggiornamenti non appena possibile.",
        awaitingPayment: "Il pagamento va effettuato entro il {date}; in caso contrario l'ordine verrà annullato automaticamente.",
        returnLabelSent: "Le abbiamo inviato l'etichetta di reso il {date}; il rimborso seguirà non appena riceveremo il pacco.",
        returnReceived: "Abbiamo ricevuto il Suo reso il {date}.",
        refundIssued: "Il {date} è stato effettuato un rimborso di {amount} su {method}.",
        refundDue: "Il Suo rimborso di {amount} è in corso e verrà accreditato al più tardi entro il {date}.",
        replacementShipped: "Il {date} Le abbiamo spedito un articolo sostitutivo.",
        cancelDone: "Ho annullato il Suo ordine {order} senza alcun costo.",
        cancelRefused: "Il Suo ordine {order} {status}, quindi non è più possibile annullarlo. Una volta ricevuto, potrà comunque restituirlo.",
        askOrderNumber: "Potrebbe indicarmi il numero d'ordine? Inizia con MG seguito da 8 cifre.",
        orderNotFound: "Non trovo alcun ordine {order}. Potrebbe verificare il numero?",
        greetingReply: "Come posso aiutarLa oggi?",
        thanksReply: "Si figuri, è stato un piacere esserLe d'aiuto.",
        agentsAvailable: "Il nostro team è disponibile {hours}.",
        agentsAfterHours: "Al momento il nostro team non è disponibile, quindi ho aperto un ticket: riceverà una risposta entro 12 ore.",
        summaryLabels: [
            "title": "Riepilogo del passaggio all'operatore", "market": "Mercato", "language": "Lingua", "intent": "Intento", "orders": "Ordini",
            "emotion": "Emozione", "wants": "Richiesta del cliente", "answered": "Già risposto / verificato", "reason": "Motivo del passaggio",
            "none": "nessuno",
        ],
        reasons: [
            "angry": "cliente arrabbiato", "distressed": "cliente angosciato", "asked_for_human": "il cliente ha chiesto di parlare con un operatore",
            "chargeback": "menzionati chargeback o contestazione del pagamento", "lawyer": "menzionati avvocato o azioni legali",
            "authority": "menzionata un'autorità per la tutela dei consumatori", "review": "minaccia di recensione pubblica o sui social",
            "third_contact": "terzo contatto sullo stesso ordine non risolto", "vip": "cliente VIP",
            "two_failures": "l'assistente non ha saputo rispondere due volte di seguito",
        ]
    )
}
