extension PhraseTables {
    /// Indonesian (ID): friendly-polite, the customer is Kak / Kakak, never kamu, kau or Jakarta slang.
    /// The status phrases complete "Pesanan Kakak dengan nomor … {status}" and "… {status}, jadi …".
    static let indonesian = Phrases(
        orderLine: "Pesanan Kakak dengan nomor {order} {status}.",
        status: [
            "processing": "sedang disiapkan dan belum dikirim",
            "awaiting_payment": "masih menunggu pembayaran",
            "shipped": "sudah dikirim",
            "delayed": "mengalami keterlambatan",
            "held_at_customs": "sedang tertahan di bea cukai",
            "delivered": "sudah sampai di tujuan",
            "return_requested": "sedang dalam proses retur",
            "returned": "sudah diretur",
            "refund_in_progress": "sedang dalam proses pengembalian dana",
            "cancelled": "sudah dibatalkan",
        ],
        shipped: "Paketnya sudah diserahkan ke {carrier} pada {date}, dengan nomor resi {tracking}.",
        eta: "Perkiraan paket tiba: {date}.",
        delivered: "Paketnya sudah sampai pada {date}.",
        heldAtCustoms: "Paketnya sedang berada di bea cukai. Prosesnya biasanya memakan waktu 2–5 hari kerja, dan semuanya kami yang urus untuk Kakak.",
        delayed: "Pihak kurir sudah membuka investigasi atas keterlambatan ini, dan kami akan terus mengabari Kakak perkembangannya.",
        awaitingPayment: "Pembayarannya ditunggu paling lambat {date} ya, Kak. Kalau lewat dari itu, pesanan akan dibatalkan otomatis.",
        returnLabelSent: "Label retur sudah kami kirim ke Kakak pada {date}. Dananya akan kami kembalikan setelah barang returnya kami terima.",
        returnReceived: "Barang retur Kakak sudah kami terima pada {date}.",
        refundIssued: "Dana sebesar {amount} sudah kami kembalikan ke {method} Kakak pada {date}.",
        refundDue: "Pengembalian dana sebesar {amount} sedang diproses dan akan masuk paling lambat {date}.",
        replacementShipped: "Barang pengganti sudah kami kirim pada {date}.",
        cancelDone: "Pesanan {order} sudah saya batalkan tanpa biaya apa pun ya, Kak.",
        cancelRefused: "Pesanan Kakak dengan nomor {order} {status}, jadi sudah tidak bisa dibatalkan lagi. Setelah paketnya sampai, Kakak bisa mengajukan retur, ya.",
        askOrderNumber: "Boleh minta nomor pesanannya, Kak? Nomornya diawali MG lalu 8 angka.",
        orderNotFound: "Pesanan {order} tidak kami temukan, Kak. Boleh dicek lagi nomornya?",
        greetingReply: "Ada yang bisa kami bantu hari ini, Kak?",
        thanksReply: "Sama-sama, Kak. Senang bisa membantu.",
        agentsAvailable: "Tim kami siap membantu {hours}.",
        agentsAfterHours: "Saat ini tim kami sedang di luar jam operasional, jadi kami sudah membuatkan tiket untuk Kakak: balasannya akan kami kirim dalam 12 jam.",
        summaryLabels: [
            "title": "Ringkasan pengalihan", "market": "Pasar", "language": "Bahasa", "intent": "Maksud", "orders": "Pesanan",
            "emotion": "Emosi", "wants": "Keinginan pelanggan", "answered": "Sudah dijawab / dicek", "reason": "Alasan pengalihan",
            "none": "tidak ada",
        ],
        reasons: [
            "angry": "pelanggan marah", "distressed": "pelanggan sangat tertekan", "asked_for_human": "pelanggan minta bicara dengan agen",
            "chargeback": "menyebut chargeback atau sengketa pembayaran", "lawyer": "menyebut pengacara atau jalur hukum",
            "authority": "menyebut lembaga perlindungan konsumen", "review": "mengancam memberi ulasan publik atau memviralkan di media sosial",
            "third_contact": "kontak ketiga soal pesanan yang sama dan belum selesai", "vip": "pelanggan VIP",
            "two_failures": "asisten gagal menjawab dua kali berturut-turut",
        ]
    )
}
