import Foundation

/// The tracking-number formats of the carriers the store uses (kb/erp fixtures, FACTS.md "Markets"),
/// most specific first: a number claimed by an earlier format is not offered to a later one.
///
/// Bare digit runs of 10–14 digits (DHL Express, SEUR, LBC, J&T Malaysia) look like phone or bank
/// numbers too, so they count only when the message names a carrier or speaks of tracking.
enum TrackingFormats {
    struct Format {
        let carrier: String?
        let regex: NSRegularExpression
        /// Needs a carrier name or a tracking word in the message.
        let needsContext: Bool
    }

    private static func format(_ carrier: String?, _ pattern: String, needsContext: Bool = false) -> Format {
        // The patterns are constants of this file: failing to compile them is a programming error.
        Format(carrier: carrier, regex: try! NSRegularExpression(pattern: "(?<![A-Z0-9])" + pattern + "(?![A-Z0-9])", options: [.caseInsensitive]), needsContext: needsContext)
    }

    /// Matched against the upper-cased, width-folded message.
    static let formats: [Format] = [
        format("UPS", "1Z[0-9A-Z]{16}"),
        format("USPS", "9[2-5]\\d{20}(?:\\d{4})?"),
        format("InPost", "\\d{24}"),
        format("DHL", "00\\d{18}"),
        format("DHL", "JJD\\d{18,20}"),
        format("PostNL", "3S[A-Z0-9]{11,13}"),
        format("Evri", "H[0-9A-Z]{5}\\d{10}"),
        format("Ninja Van", "NV[A-Z]{2}[A-Z]{0,6}\\d{6,12}"),
        format("GHN", "GHN\\d{6,12}[A-Z]{0,2}"),
        format("Flash Express", "TH\\d{10}[A-Z0-9]{1,2}"),
        format("J&T Express", "JP\\d{10,12}"),
        format("Yamato Transport", "\\d{4}-\\d{4}-\\d{4}"),
        format("Colissimo", "\\d[A-Z]\\d{11}"),
        // UPU S10 (Royal Mail, SingPost, Pos Malaysia, Japan Post, …): the carrier is the suffix's post.
        format(nil, "[A-Z]{2}\\d{9}[A-Z]{2}"),
        format(nil, "\\d{10,14}", needsContext: true),
    ]

    /// The national post of a UPU S10 number's country suffix.
    static let postByCountry: [String: String] = [
        "GB": "Royal Mail", "US": "USPS", "SG": "SingPost", "MY": "Pos Malaysia", "JP": "Japan Post",
        "DE": "Deutsche Post", "FR": "La Poste", "ES": "Correos", "IT": "Poste Italiane", "NL": "PostNL",
        "PL": "Poczta Polska", "TH": "Thailand Post", "VN": "Vietnam Post", "ID": "Pos Indonesia",
        "PH": "PHLPost", "MX": "Correos de México", "CN": "China Post", "HK": "Hongkong Post",
    ]

    /// Carrier names as customers write them (folded to upper case) → the carrier's name.
    static let carrierNames: [(String, String)] = [
        ("UPS", "UPS"), ("USPS", "USPS"), ("DHL", "DHL"), ("COLISSIMO", "Colissimo"), ("CHRONOPOST", "Chronopost"),
        ("POSTNL", "PostNL"), ("INPOST", "InPost"), ("DPD", "DPD"), ("YAMATO", "Yamato Transport"), ("ヤマト", "Yamato Transport"),
        ("SEUR", "SEUR"), ("CORREOS", "Correos"), ("BRT", "BRT"), ("ESTAFETA", "Estafeta"), ("EVRI", "Evri"),
        ("ROYAL MAIL", "Royal Mail"), ("FLASH", "Flash Express"), ("KERRY", "Kerry Express"), ("GHN", "GHN"),
        ("VIETTEL", "Viettel Post"), ("J&T", "J&T Express"), ("JNT", "J&T Express"), ("SICEPAT", "SiCepat"),
        ("LBC", "LBC"), ("NINJA VAN", "Ninja Van"), ("NINJAVAN", "Ninja Van"), ("SINGPOST", "SingPost"), ("POS LAJU", "Pos Laju"),
    ]

    /// Words that say a number is a tracking number, in the KB languages.
    static let trackingWords: [String] = [
        "TRACK", "SENDUNG", "SUIVI", "SEGUIMIENTO", "RASTREO", "SPEDIZIONE", "TRACCIA", "VOLG", "ŚLEDZ", "PRZESYŁK",
        "追跡", "問い合わせ番号", "伝票", "单号", "快递", "物流", "พัสดุ", "เลข", "VẬN ĐƠN", "MÃ VẬN", "RESI", "NOMBOR", "PARCEL",
    ]

    /// The carrier the message names, when it names exactly one.
    static func namedCarrier(in upper: String) -> String? {
        let named = Set(carrierNames.filter { TextSearch.contains(upper, $0.0) }.map(\.1))
        return named.count == 1 ? named.first : nil
    }

    static func mentionsTracking(_ upper: String) -> Bool {
        trackingWords.contains { TextSearch.contains(upper, $0) } || namedCarrier(in: upper) != nil
    }
}
