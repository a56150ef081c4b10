import Foundation

/// Calendar dates in the formats the store's customers write: ISO, dd.MM.yyyy, dd/MM(/yyyy),
/// dd-MM-yyyy, yyyy/MM/dd, 11月21日, 11월 21일, "21 November", "November 21st", "21. November",
/// "21 de noviembre", "21 listopada", "ngày 21 tháng 11", "21 พฤศจิกายน 2569" (Buddhist era).
enum DateMentions {
    /// Month names per language (nominative and, for Polish, genitive; common abbreviations).
    static let monthNames: [[String]] = [
        // en, de, fr, es, it, nl, pl, pt, id, ms, fil, th (full and abbreviated)
        ["january", "jan", "januar", "jänner", "janvier", "enero", "gennaio", "januari", "stycznia", "styczeń", "janeiro", "ene", "มกราคม", "ม.ค."],
        ["february", "feb", "februar", "février", "febrero", "febbraio", "februari", "lutego", "luty", "fevereiro", "pebrero", "feb", "กุมภาพันธ์", "ก.พ."],
        ["march", "mar", "märz", "mars", "marzo", "maart", "marca", "marzec", "março", "maret", "mac", "marso", "มีนาคม", "มี.ค."],
        ["april", "apr", "avril", "abril", "aprile", "kwietnia", "kwiecień", "abr", "เมษายน", "เม.ย."],
        ["may", "mai", "mayo", "maggio", "mei", "maja", "maj", "maio", "พฤษภาคม", "พ.ค."],
        ["june", "jun", "juni", "juin", "junio", "giugno", "czerwca", "czerwiec", "junho", "hunyo", "มิถุนายน", "มิ.ย."],
        ["july", "jul", "juli", "juillet", "julio", "luglio", "lipca", "lipiec", "julho", "julai", "hulyo", "กรกฎาคม", "ก.ค."],
        ["august", "aug", "août", "agosto", "augustus", "sierpnia", "sierpień", "agustus", "ogos", "ago", "สิงหาคม", "ส.ค."],
        ["september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "września", "wrzesień", "setembro", "setyembre", "กันยายน", "ก.ย."],
        ["october", "oct", "oktober", "octobre", "octubre", "ottobre", "października", "październik", "outubro", "oktubre", "okt", "ตุลาคม", "ต.ค."],
        ["november", "nov", "novembre", "noviembre", "listopada", "listopad", "novembro", "nobyembre", "พฤศจิกายน", "พ.ย."],
        ["december", "dec", "dezember", "décembre", "diciembre", "dicembre", "grudnia", "grudzień", "dezembro", "desember", "disember", "disyembre", "dic", "dez", "ธันวาคม", "ธ.ค."],
    ]

    /// name (also without diacritics) → month number; a name listed under two months keeps the first.
    static let monthByName: [String: Int] = {
        var map: [String: Int] = [:]
        for (i, names) in monthNames.enumerated() {
            for n in names {
                for v in [n, stripped(n)] where map[v] == nil { map[v] = i + 1 }
            }
        }
        return map
    }()

    private static func stripped(_ s: String) -> String {
        s.folding(options: [.diacriticInsensitive], locale: nil).replacingOccurrences(of: "ł", with: "l")
    }

    private static let monthAlternation: String = monthByName.keys.sorted { $0.count > $1.count }
        .map(NSRegularExpression.escapedPattern(for:)).joined(separator: "|")

    struct Pattern {
        let regex: NSRegularExpression
        /// Capture group numbers of year, month (or month name) and day; 0 = absent.
        let year: Int, month: Int, day: Int
    }

    private static func p(_ pattern: String, y: Int, m: Int, d: Int) -> Pattern {
        Pattern(regex: try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive]), year: y, month: m, day: d)
    }

    /// Tried in order; a later pattern does not take text an earlier one matched.
    static let patterns: [Pattern] = [
        p("(?<![\\d/.-])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d])", y: 1, m: 2, d: 3),
        p("(?<![\\d/.-])(\\d{4})/(\\d{1,2})/(\\d{1,2})(?![\\d])", y: 1, m: 2, d: 3),
        p("(?:(\\d{4})\\s?年\\s?)?(\\d{1,2})\\s?月\\s?(\\d{1,2})\\s?[日号號]", y: 1, m: 2, d: 3),
        p("(?:(\\d{4})년\\s?)?(\\d{1,2})월\\s?(\\d{1,2})일", y: 1, m: 2, d: 3),
        p("(?:ngày\\s+)?(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s+năm\\s+(\\d{4}))?", y: 3, m: 2, d: 1),
        // dd.MM.yyyy and dd.MM. (the trailing dot tells a date from a decimal number)
        p("(?<![\\d.,])(\\d{1,2})\\.(\\d{1,2})\\.(?:(\\d{4})|(?!\\d))", y: 3, m: 2, d: 1),
        p("(?<![\\d/])(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?(?![\\d/])", y: 3, m: 2, d: 1),
        // dd-MM-yyyy only with the year: "3-6" is a range of days, not the 3rd of June.
        p("(?<![\\d-])(\\d{1,2})-(\\d{1,2})-(\\d{4})(?![\\d])", y: 3, m: 2, d: 1),
        p("(?<![\\d])(\\d{1,2})(?:\\.|st|nd|rd|th|er|º)?\\s*(?:de\\s+)?(\(monthAlternation))(?![\\p{L}])\\.?(?:,?\\s*(?:de\\s+|del\\s+)?(\\d{4}))?", y: 3, m: 2, d: 1),
        p("(?<![\\p{L}])(\(monthAlternation))\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d])(?:,?\\s+(\\d{4}))?", y: 3, m: 1, d: 2),
    ]

    /// Day first unless that is impossible (13/05 and 05/13 are both 13 May); `monthFirst` reads
    /// slash dates the US way.
    static func make(year: Int?, month rawMonth: String, day: Int, text: String, swapAllowed: Bool, monthFirst: Bool) -> DateMention? {
        var month = Int(rawMonth) ?? monthByName[rawMonth.lowercased()] ?? monthByName[stripped(rawMonth.lowercased())] ?? 0
        var day = day
        if swapAllowed, monthFirst || month > 12, (1...12).contains(day) { swap(&month, &day) }
        var year = year
        if let y = year, y < 100 { year = 2000 + y }
        if let y = year, y > 2400 { year = y - 543 } // Thai Buddhist era
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        return DateMention(year: year, month: month, day: day, text: text)
    }
}
