extension PhraseTables {
    /// Polish (PL): the formal plural Państwo (Państwa, Państwu), capitalised, never ty; "we" for the
    /// team, which also avoids a gendered first person. The status phrases complete "Państwa zamówienie
    /// … {status}" (neuter: wysłane, dostarczone) and "… {status}, dlatego …".
    static let polish = Phrases(
        orderLine: "Państwa zamówienie {order} {status}.",
        status: [
            "processing": "jest w trakcie przygotowania i nie zostało jeszcze wysłane",
            "awaiting_payment": "oczekuje na płatność",
            "shipped": "zostało wysłane",
            "delayed": "jest opóźnione",
            "held_at_customs": "jest obecnie w odprawie celnej",
            "delivered": "zostało dostarczone",
            "return_requested": "jest w trakcie zwrotu",
            "returned": "zostało do nas zwrócone",
            "refund_in_progress": "jest w trakcie zwrotu środków",
            "cancelled": "zostało anulowane",
        ],
        shipped: "Przesyłkę przekazaliśmy przewoźnikowi {carrier} w dniu {date}; numer przesyłki to {tracking}.",
        eta: "Przewidywana data doręczenia: {date}.",
        delivered: "Przesyłka została doręczona w dniu {date}.",
        heldAtCustoms: "Przesyłka jest obecnie w urzędzie celnym. Odprawa celna trwa zwykle 2–5 dni roboczych, a wszystkie formalności załatwiamy za Państwa.",
        delayed: "Przewoźnik wszczął postępowanie wyjaśniające w sprawie opóźnienia. Będziemy Państwa informować na bieżąco.",
        awaitingPayment: "Płatność należy uregulować do {date}; w przeciwnym razie zamówienie zostanie automatycznie anulowane.",
        returnLabelSent: "Etykietę zwrotną wysłaliśmy Państwu w dniu {date}; zwrot pieniędzy nastąpi, gdy tylko otrzymamy przesyłkę zwrotną.",
        returnReceived: "Otrzymaliśmy Państwa zwrot w dniu {date}.",
        refundIssued: "W dniu {date} zwróciliśmy Państwu kwotę {amount} ({method}).",
        refundDue: "Zwrot kwoty {amount} jest w toku i zostanie zaksięgowany najpóźniej do {date}.",
        replacementShipped: "W dniu {date} wysłaliśmy Państwu produkt zastępczy.",
        cancelDone: "Anulowaliśmy Państwa zamówienie {order} bez żadnych kosztów.",
        cancelRefused: "Państwa zamówienie {order} {status}, dlatego nie można go już anulować. Po otrzymaniu przesyłki mogą Państwo ją zwrócić.",
        askOrderNumber: "Czy mogą Państwo podać numer zamówienia? Zaczyna się od liter MG, po których następuje 8 cyfr.",
        orderNotFound: "Nie możemy znaleźć zamówienia o numerze {order}. Czy mogą Państwo sprawdzić numer?",
        greetingReply: "W czym możemy Państwu dzisiaj pomóc?",
        thanksReply: "Cała przyjemność po naszej stronie, cieszymy się, że mogliśmy pomóc.",
        agentsAvailable: "Nasz zespół jest dostępny {hours}.",
        agentsAfterHours: "Nasz zespół jest w tej chwili niedostępny, dlatego utworzyliśmy zgłoszenie: odpowiemy w ciągu 12 godzin.",
        summaryLabels: [
            "title": "Podsumowanie przekazania", "market": "Rynek", "language": "Język", "intent": "Intencja", "orders": "Zamówienia",
            "emotion": "Emocje", "wants": "Czego oczekuje klient", "answered": "Już odpowiedziano / sprawdzono", "reason": "Powód przekazania",
            "none": "brak",
        ],
        reasons: [
            "angry": "klient jest rozgniewany", "distressed": "klient jest w dużym stresie", "asked_for_human": "klient poprosił o rozmowę z konsultantem",
            "chargeback": "wspomniano o chargebacku lub sporze dotyczącym płatności", "lawyer": "wspomniano o prawniku lub krokach prawnych",
            "authority": "wspomniano o urzędzie ochrony konsumentów", "review": "groźba publicznej opinii lub wpisu w mediach społecznościowych",
            "third_contact": "trzeci kontakt w sprawie tego samego nierozwiązanego zamówienia", "vip": "klient VIP",
            "two_failures": "asystent dwa razy z rzędu nie udzielił odpowiedzi",
        ]
    )
}
