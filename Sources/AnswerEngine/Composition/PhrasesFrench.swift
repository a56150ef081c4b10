extension PhraseTables {
    /// French (FR): vouvoiement throughout, never tu nor an elided t'. The status phrases complete
    /// "Votre commande … {status}" (feminine agreement: expédiée, livrée) and "… {status} et ne peut donc …".
    static let french = Phrases(
        orderLine: "Votre commande {order} {status}.",
        status: [
            "processing": "est en cours de préparation et n'a pas encore été expédiée",
            "awaiting_payment": "est en attente de votre paiement",
            "shipped": "a été expédiée",
            "delayed": "a pris du retard",
            "held_at_customs": "est retenue en douane",
            "delivered": "a été livrée",
            "return_requested": "fait l'objet d'un retour en cours",
            "returned": "nous a été retournée",
            "refund_in_progress": "est en cours de remboursement",
            "cancelled": "a été annulée",
        ],
        shipped: "Le colis a été remis à {carrier} le {date} ; votre numéro de suivi est le {tracking}.",
        eta: "Date de livraison estimée : {date}.",
        delivered: "Le colis a été livré le {date}.",
        heldAtCustoms: "Le colis est actuellement en douane. Le dédouanement prend généralement 2 à 5 jours ouvrés, et nous nous en chargeons pour vous.",
        delayed: "Le transporteur a ouvert une enquête sur ce retard, et nous vous tiendrons au courant de son avancement.",
        awaitingPayment: "Le paiement est attendu au plus tard le {date} ; à défaut, la commande sera annulée automatiquement.",
        returnLabelSent: "Nous vous avons envoyé l'étiquette de retour le {date} ; votre remboursement suivra dès réception de votre colis retour.",
        returnReceived: "Nous avons bien reçu votre retour le {date}.",
        refundIssued: "Un remboursement de {amount} a été effectué le {date} sur votre moyen de paiement {method}.",
        refundDue: "Votre remboursement de {amount} est en cours et vous sera versé au plus tard le {date}.",
        replacementShipped: "Un article de remplacement vous a été expédié le {date}.",
        cancelDone: "J'ai annulé votre commande {order} sans frais.",
        cancelRefused: "Votre commande {order} {status} et ne peut donc plus être annulée. Dès sa réception, vous pourrez en revanche nous la retourner.",
        askOrderNumber: "Pourriez-vous m'indiquer votre numéro de commande ? Il commence par MG, suivi de 8 chiffres.",
        orderNotFound: "Je ne trouve aucune commande {order}. Pourriez-vous vérifier le numéro ?",
        greetingReply: "Comment puis-je vous aider aujourd'hui ?",
        thanksReply: "Je vous en prie, c'est avec plaisir.",
        agentsAvailable: "Notre équipe est disponible {hours}.",
        agentsAfterHours: "Notre équipe n'est pas disponible pour le moment : j'ai donc ouvert un ticket, et nous vous répondrons sous 12 heures.",
        summaryLabels: [
            "title": "Résumé de transfert", "market": "Marché", "language": "Langue", "intent": "Intention", "orders": "Commandes",
            "emotion": "Émotion", "wants": "Demande du client", "answered": "Déjà répondu / consulté", "reason": "Motif du transfert",
            "none": "aucun",
        ],
        reasons: [
            "angry": "client en colère", "distressed": "client en détresse", "asked_for_human": "le client a demandé à parler à un conseiller",
            "chargeback": "rétrofacturation (chargeback) ou litige de paiement évoqué", "lawyer": "avocat ou action en justice évoqués",
            "authority": "autorité de protection des consommateurs évoquée", "review": "menace d'un avis public ou d'une publication sur les réseaux sociaux",
            "third_contact": "troisième contact pour la même commande non résolue", "vip": "client VIP",
            "two_failures": "l'assistant n'a pas pu répondre deux fois de suite",
        ]
    )
}
