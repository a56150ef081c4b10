extension PhraseTables {
    /// Spanish. The base table speaks usted, neutral Latin American (MX and US: "pedido", "número de
    /// rastreo", "costo"); `variants["ES"]` is Spain's tuteo ("tu pedido", "número de seguimiento",
    /// "coste"), overriding every phrase that addresses the customer. The status phrases address no one,
    /// so both registers share them; they complete "Su/Tu pedido … {status}" (masculine: enviado, entregado)
    /// and "… {status}, por lo que …".
    static let spanish = Phrases(
        orderLine: "Su pedido {order} {status}.",
        status: [
            "processing": "está en preparación y todavía no ha sido enviado",
            "awaiting_payment": "está pendiente de pago",
            "shipped": "ha sido enviado",
            "delayed": "presenta un retraso",
            "held_at_customs": "está retenido en la aduana",
            "delivered": "ha sido entregado",
            "return_requested": "tiene una devolución en curso",
            "returned": "ha sido devuelto",
            "refund_in_progress": "está en proceso de reembolso",
            "cancelled": "ha sido cancelado",
        ],
        shipped: "El paquete se entregó a {carrier} el {date}; el número de rastreo es {tracking}.",
        eta: "Fecha estimada de entrega: {date}.",
        delivered: "El paquete se entregó el {date}.",
        heldAtCustoms: "El paquete se encuentra en la aduana. El trámite aduanal suele tardar de 2 a 5 días hábiles, y nosotros nos encargamos de todo por usted.",
        delayed: "La paquetería abrió una investigación sobre el retraso, y le iremos informando de cualquier novedad.",
        awaitingPayment: "El plazo de pago vence el {date}; si no se recibe el pago, el pedido se cancelará automáticamente.",
        returnLabelSent: "Le enviamos la guía de devolución el {date}; su reembolso se realizará en cuanto recibamos el paquete devuelto.",
        returnReceived: "Recibimos su devolución el {date}.",
        refundIssued: "El {date} se realizó un reembolso de {amount} al método de pago {method}.",
        refundDue: "Su reembolso de {amount} ya está en proceso y se verá reflejado a más tardar el {date}.",
        replacementShipped: "El {date} se envió un artículo de reemplazo.",
        cancelDone: "Listo, cancelé su pedido {order} sin ningún costo.",
        cancelRefused: "Su pedido {order} {status}, por lo que ya no es posible cancelarlo. Cuando lo reciba, puede devolverlo sin problema.",
        askOrderNumber: "¿Me podría proporcionar su número de pedido? Empieza con MG seguido de 8 dígitos.",
        orderNotFound: "No encuentro ningún pedido {order}. ¿Podría verificar el número, por favor?",
        greetingReply: "¿En qué le puedo ayudar hoy?",
        thanksReply: "Con mucho gusto, es un placer ayudarle.",
        agentsAvailable: "Nuestro equipo está disponible {hours}.",
        agentsAfterHours: "En este momento nuestro equipo no está disponible, así que abrí un ticket: le responderemos en un plazo máximo de 12 horas.",
        summaryLabels: [
            "title": "Resumen de transferencia", "market": "Mercado", "language": "Idioma", "intent": "Intención", "orders": "Pedidos",
            "emotion": "Emoción", "wants": "Lo que pide el cliente", "answered": "Ya respondido / consultado", "reason": "Motivo de la transferencia",
            "none": "ninguno",
        ],
        reasons: [
            "angry": "el cliente está muy molesto", "distressed": "el cliente está angustiado", "asked_for_human": "el cliente pidió hablar con una persona",
            "chargeback": "menciona un contracargo o una disputa de pago", "lawyer": "menciona a un abogado o acciones legales",
            "authority": "menciona a una autoridad de protección al consumidor", "review": "amenaza con una reseña pública o en redes sociales",
            "third_contact": "tercer contacto por el mismo pedido sin resolver", "vip": "cliente VIP",
            "two_failures": "el asistente no pudo responder dos veces seguidas",
        ],
        variants: [
            // Spain: tú, warm and informal (FACTS.md, "Brand voice by market"); peninsular words.
            "ES": [
                "orderLine": "Tu pedido {order} {status}.",
                "shipped": "El paquete se entregó a {carrier} el {date}; el número de seguimiento es {tracking}.",
                "heldAtCustoms": "El paquete está en la aduana. El despacho suele tardar de 2 a 5 días laborables, y nosotros nos encargamos de todo por ti.",
                "delayed": "La empresa de transporte ha abierto una investigación sobre el retraso, y te iremos contando cualquier novedad.",
                "returnLabelSent": "Te enviamos la etiqueta de devolución el {date}; el reembolso se hará en cuanto recibamos tu paquete.",
                "returnReceived": "Recibimos tu devolución el {date}.",
                "refundDue": "Tu reembolso de {amount} ya está en camino y lo tendrás como muy tarde el {date}.",
                "cancelDone": "Listo, he cancelado tu pedido {order} sin ningún coste.",
                "cancelRefused": "Tu pedido {order} {status}, así que ya no se puede cancelar. Cuando te llegue, puedes devolverlo sin problema.",
                "askOrderNumber": "¿Me pasas tu número de pedido? Empieza por MG seguido de 8 dígitos.",
                "orderNotFound": "No encuentro ningún pedido {order}. ¿Puedes revisar el número?",
                "greetingReply": "¿En qué te puedo ayudar?",
                "thanksReply": "¡De nada! Ha sido un placer ayudarte.",
                "agentsAfterHours": "Ahora mismo nuestro equipo no está disponible, así que he abierto una incidencia: te responderemos en un plazo de 12 horas.",
            ],
        ]
    )
}
