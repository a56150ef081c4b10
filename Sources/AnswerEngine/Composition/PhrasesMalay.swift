extension PhraseTables {
    /// Malay (MY): polite, the customer is tuan/puan, never kau, engkau, awak or kamu. The status
    /// phrases complete "Pesanan … tuan/puan {status}" and "… {status}, jadi …".
    static let malay = Phrases(
        orderLine: "Pesanan {order} tuan/puan {status}.",
        status: [
            "processing": "sedang disediakan dan belum dihantar",
            "awaiting_payment": "masih menunggu pembayaran",
            "shipped": "telah dihantar",
            "delayed": "mengalami kelewatan",
            "held_at_customs": "sedang ditahan di kastam",
            "delivered": "telah sampai ke alamat penghantaran",
            "return_requested": "sedang dalam proses pemulangan",
            "returned": "telah dipulangkan kepada kami",
            "refund_in_progress": "sedang dalam proses bayaran balik",
            "cancelled": "telah dibatalkan",
        ],
        shipped: "Bungkusan telah diserahkan kepada {carrier} pada {date}; nombor penjejakan ialah {tracking}.",
        eta: "Anggaran tarikh penghantaran: {date}.",
        delivered: "Bungkusan telah diterima pada {date}.",
        heldAtCustoms: "Bungkusan kini berada di kastam. Proses pelepasan kastam biasanya mengambil masa 2–5 hari bekerja, dan kami akan menguruskannya bagi pihak tuan/puan.",
        delayed: "Syarikat kurier telah membuka siasatan tentang kelewatan ini, dan kami akan sentiasa memaklumkan perkembangannya kepada tuan/puan.",
        awaitingPayment: "Bayaran perlu dibuat selewat-lewatnya pada {date}; jika tidak, pesanan akan dibatalkan secara automatik.",
        returnLabelSent: "Kami telah menghantar label pemulangan kepada tuan/puan pada {date}; bayaran balik akan dibuat sebaik sahaja kami menerima barang yang dipulangkan.",
        returnReceived: "Kami telah menerima barang yang dipulangkan oleh tuan/puan pada {date}.",
        refundIssued: "Bayaran balik sebanyak {amount} telah dibuat ke {method} tuan/puan pada {date}.",
        refundDue: "Bayaran balik sebanyak {amount} sedang diproses dan akan dikreditkan selewat-lewatnya pada {date}.",
        replacementShipped: "Barang gantian telah dihantar pada {date}.",
        cancelDone: "Saya telah membatalkan pesanan {order} tuan/puan tanpa sebarang caj.",
        cancelRefused: "Pesanan {order} tuan/puan {status}, jadi pesanan ini tidak lagi boleh dibatalkan. Setelah menerima pesanan, tuan/puan boleh memulangkannya.",
        askOrderNumber: "Boleh tuan/puan berikan nombor pesanan? Nombor itu bermula dengan MG diikuti 8 digit.",
        orderNotFound: "Saya tidak dapat mencari pesanan {order}. Boleh tuan/puan semak semula nombor tersebut?",
        greetingReply: "Apakah yang boleh kami bantu hari ini?",
        thanksReply: "Sama-sama, kami sentiasa gembira dapat membantu.",
        agentsAvailable: "Pasukan kami boleh dihubungi {hours}.",
        agentsAfterHours: "Pasukan kami tidak bertugas pada masa ini, jadi saya telah membuka tiket: kami akan membalas dalam tempoh 12 jam.",
        summaryLabels: [
            "title": "Ringkasan serahan", "market": "Pasaran", "language": "Bahasa", "intent": "Niat", "orders": "Pesanan",
            "emotion": "Emosi", "wants": "Kehendak pelanggan", "answered": "Telah dijawab / disemak", "reason": "Sebab serahan",
            "none": "tiada",
        ],
        reasons: [
            "angry": "pelanggan marah", "distressed": "pelanggan sangat tertekan", "asked_for_human": "pelanggan meminta untuk bercakap dengan ejen",
            "chargeback": "menyebut caj balik (chargeback) atau pertikaian pembayaran", "lawyer": "menyebut peguam atau tindakan undang-undang",
            "authority": "menyebut pihak berkuasa perlindungan pengguna", "review": "mengugut untuk memberi ulasan awam atau tular di media sosial",
            "third_contact": "hubungan kali ketiga tentang pesanan yang sama yang belum selesai", "vip": "pelanggan VIP",
            "two_failures": "pembantu gagal menjawab dua kali berturut-turut",
        ]
    )
}
