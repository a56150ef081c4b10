/// Word lists for language identification: Indonesian, Malay, Filipino, Vietnamese (Latin script).
///
/// Indonesian and Malay share most of their grammar words, so both lists carry the shared ones
/// (they cancel out) and the "!" words that differ in standard usage and in chat: Malay boleh,
/// mahu, kerana, sahaja, wang, percuma, hantar, bila, akaun, kad, semak, tak, nak, awak vs.
/// Indonesian bisa, mau, karena, saja, uang, gratis, kirim, kapan, akun, kartu, cek, gak, nggak,
/// kamu, dong, sih. Filipino messages mix English (Taglish), so its list is mostly grammar words
/// and particles (ang, ng, mga, po, naman, ba), which English never uses.
extension Lexicons {
    static let southeastAsia: [String: String] = [
        "id": """
        asisten! panduan pengguna model baterai tombol tekan tahan makasih! nunggu! ongkir! ongkirnya! \
        kepotong! dipotong! retur! batalkan pesanan gagal tukar cs! dan atau tetapi tapi jika kalau yang di \
        ke dari pada untuk dengan dalam oleh tentang saya aku kami kita anda dia ia mereka ini itu ada \
        adalah sudah telah akan juga lagi sangat tidak belum bukan ya apa siapa mana kenapa mengapa \
        bagaimana berapa terima kasih! halo selamat pagi siang sore malam tolong mohon pesan barang paket \
        pengiriman! dikirim! terkirim kirim! sampai tiba diterima lacak pelacakan resi! pengembalian! \
        dikembalikan mengembalikan dana! refund pembayaran bayar dibayar kartu! tagihan! akun! kata sandi! \
        alamat batal dibatalkan membatalkan ganti ukuran! warna rusak! salah kurang hilang produk harga \
        diskon kode toko! layanan pelanggan bantuan butuh perlu hari besok minggu nomor! status bisa! mau! \
        karena! saja! uang! gratis! kapan! kamu! gak! nggak! enggak! udah! gimana! dong! sih! kok! banget! \
        nih! aja! tahu! sekarang kemarin sedang masih segera cek! silakan! mobil! email! handphone! tanya \
        sepatu! celana! kantor! rumah sakit! polisi! bis! pesawat! libur! ongkos! telepon! faktur! nota! \
        struk! benar! deh! yaitu! coba! pikir! paham! depan! setelah! sesudah! ketika! saat! perbaiki! \
        bapak! ibu! kak! terlambat! telat! seru! garansi! voucher! pemesanan! ketinggalan! peramban! film! \
        bioskop! kardus! petunjuk! gampang! nonton! bareng! beda! apa-apa
        """,
        "ms": """
        pembantu! maya manual pengguna model bateri! butang! tekan tahan menunggu pemulangan! dipotong \
        batalkan gagal tempahan! staf! kakitangan! caj! dan atau tetapi tapi jika kalau yang di ke dari pada \
        untuk dengan dalam oleh tentang saya aku kami kita anda dia ia mereka ini itu ada adalah sudah telah \
        akan juga lagi sangat! tidak belum bukan ya apa siapa mana kenapa mengapa bagaimana berapa terima \
        kasih helo hai selamat pagi petang malam tolong mohon pesanan barang bungkusan! parsel! \
        penghantaran! dihantar! hantar! sampai tiba diterima jejak! penjejakan! pulangan! dipulangkan! \
        bayaran! balik wang! pembayaran bayar dibayar kad! bil! akaun! kata laluan! alamat batal dibatalkan \
        membatalkan tukar saiz! warna rosak! salah kurang hilang produk harga diskaun! kod! kedai! \
        perkhidmatan! pelanggan bantuan perlu hari esok! minggu nombor! status boleh! mahu! kerana! sahaja! \
        percuma! bila! bilakah! awak! tak! nak! dah! macam! betul! sekarang semalam sedang masih segera \
        semak! telefon! emel! sila! ialah! kasut! seluar! pejabat! hospital! polis! bas! kapal terbang! \
        cuti! kos! bimbit! invois! resit! lah! pun! tu! ni! je! kot! iaitu! cuba! fikir! faham! hadapan! \
        selepas! semasa! apabila! baiki! guna! tiada! tuan! puan! encik! cik! lewat! seronok! jaminan! \
        baucar! terlepas! pelayar! wayang! pihak! kemek! panduan! senang! pulangkan! duit! tertera! bersama! \
        sahkan! dicaj! maklumkan!
        """,
        "fil": """
        gabay gumagamit pindutin pindot hawakan po!! ang!! ng!! mga!! yung!! naman!! lang! ba! ko! na! sa! \
        ninyo! nyo! niyo! ayaw! gumana! gumagana! dumating! darating! dumarating! wala! pa! rin! siningil! \
        bayad! pera! ibalik! papalitan! kulang! sira! kahon! resibo! kausapin! tulungan! umaga! hapon! \
        salamat! si ni kay at o pero kasi kung ay ako akin kami namin! tayo natin! ikaw ka mo iyo kayo siya \
        niya! sila nila! ito iyan iyon dito diyan doon ho opo hindi oo may mayroon meron din nga kaya yun \
        dun ano sino saan kailan! bakit paano magkano ilan maraming kumusta magandang gabi pakiusap paki \
        order aking! padala pinadala natanggap nakuha binayaran magbayad isauli refund palitan mali nawala \
        produkto presyo tindahan tulong kailangan gusto gustong ngayon bukas kahapon linggo numero pakisuyo \
        hanggang nasaan! nasan! pwede! puwede! sana! talaga! mag! nag! dahil! lahat!
        """,
        "vi": """
        hướng dẫn sử dụng người dùng pin nút nhấn giữ và hoặc nhưng nếu của là thì mà ở tại trong trên với \
        cho từ về các những một cái này đó kia tôi ta chúng mình bạn anh chị em họ nó đã đang sẽ được bị có \
        không chưa rồi vâng dạ gì ai đâu nào khi bao giờ sao thế nhiêu mấy cảm ơn xin chào vui lòng làm đơn \
        hàng gói giao vận chuyển gửi nhận đến theo dõi mã đổi trả hoàn tiền thanh toán thẻ hóa tài khoản mật \
        khẩu địa chỉ hủy thay size kích cỡ màu hỏng vỡ sai thiếu mất sản phẩm giá giảm cửa chăm sóc khách hỗ \
        trợ giúp cần muốn hôm nay ngày mai tuần số điện thoại shop ạ nhé nha lại vẫn còn luôn quá lắm rất \
        cũng
        """,
    ]
}
