extension PhraseTables {
    /// The other languages' tables (one file each: PhrasesGerman.swift, …), registered here.
    static let others: [String: Phrases] = [
        "de": german, "fr": french, "es": spanish, "it": italian, "nl": dutch, "pl": polish, "ja": japanese,
        "th": thai, "vi": vietnamese, "id": indonesian, "ms": malay, "fil": filipino, "zh": chinese,
    ]
}

extension Phrases {
    /// Every phrase the customer reads, keyed as `variants` keys them ("orderLine", "status.shipped", …),
    /// unfilled. The handoff summary's labels and reasons are left out: they are for the agents. Lets
    /// checks (tests, tone lint) walk a table without naming each property.
    public var customerFacing: [String: String] {
        var all: [String: String] = [
            "orderLine": orderLine, "shipped": shipped, "eta": eta, "delivered": delivered, "heldAtCustoms": heldAtCustoms,
            "delayed": delayed, "awaitingPayment": awaitingPayment, "returnLabelSent": returnLabelSent,
            "returnReceived": returnReceived, "refundIssued": refundIssued, "refundDue": refundDue,
            "replacementShipped": replacementShipped, "cancelDone": cancelDone, "cancelRefused": cancelRefused,
            "askOrderNumber": askOrderNumber, "orderNotFound": orderNotFound, "greetingReply": greetingReply,
            "thanksReply": thanksReply, "agentsAvailable": agentsAvailable, "agentsAfterHours": agentsAfterHours,
        ]
        for (key, value) in status { all["status." + key] = value }
        return all
    }
}
