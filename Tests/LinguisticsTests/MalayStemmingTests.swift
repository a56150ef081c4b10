import Testing
@testable import Linguistics

/// Snowball has no Malay stemmer. Malay shares Indonesian's affixes (meN-, di-, peN-...-an, ber-,
/// -kan, ke-...-an), so the Indonesian algorithm is the candidate. This is the measurement behind
/// `LanguageProfile.stemmerName("ms")`: of 15 everyday Malay word families, libstemmer 2.2's
/// Indonesian algorithm conflates 8 completely (and most of the others partly), where matching
/// surface forms conflates none. Its misses are over-stems such as pesanan → "sanan" and
/// terima → "ima"/"erima", which the Indonesian analyzer shares.
@Suite struct MalayStemmingTests {
    static let families: [[String]] = [
        ["bayar", "dibayar", "pembayaran", "membayar", "bayaran"],
        ["hantar", "dihantar", "penghantaran", "menghantar"],
        ["pulang", "pulangkan", "dipulangkan", "pemulangan", "memulangkan"],
        ["tukar", "ditukar", "penukaran", "menukar", "pertukaran"],
        ["batal", "dibatalkan", "pembatalan", "membatalkan"],
        ["pesan", "pesanan", "memesan", "dipesan"],
        ["terima", "diterima", "penerimaan", "menerima"],
        ["rosak", "kerosakan", "merosakkan"],
        ["semak", "disemak", "semakan", "menyemak"],
        ["guna", "digunakan", "penggunaan", "menggunakan", "pengguna"],
        ["jual", "penjual", "jualan", "menjual", "dijual"],
        ["beli", "pembeli", "pembelian", "membeli", "dibeli"],
        ["kira", "dikira", "pengiraan", "mengira"],
        ["caj", "dicaj", "mengecaj"],
        ["tempah", "tempahan", "menempah", "ditempah"],
    ]

    static func conflated(_ stem: (String) -> String) -> Int {
        families.filter { Set($0.map(stem)).count == 1 }.count
    }

    @Test func indonesianStemmerHelpsMalay() {
        let stemmer = SnowballStemmer(algorithm: "indonesian")!
        let withStemmer = Self.conflated { stemmer.stem($0) }
        let without = Self.conflated { $0 }
        #expect(without == 0)
        #expect(withStemmer >= 8, "families conflated: \(withStemmer) of \(Self.families.count)")
        // And the Malay analyzer uses it.
        let ms = Analyzer(language: "ms")
        #expect(Set(["pembayaran", "dibayar", "bayaran"].map { ms.terms($0) }).count == 1)
    }
}
