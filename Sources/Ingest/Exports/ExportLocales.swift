import Foundation
import Support

/// A help centre's locales (`en-us`, `pt-BR`, `zh_CN`) as kbkit's languages (`en`, `pt`, `zh`): the
/// primary tag, normalised like every other tag (`LanguageTag`). The region is kept in the document's
/// metadata (`locale`); two locales of one language in one article (`pt-br`, `pt-pt`) make the same
/// document twice, and the importer skips the second as a duplicate.
struct ExportLocales: Sendable {
    /// The languages a document may have: kbkit's ISO 639 codes and the workspace's markets' languages.
    let known: Set<String>

    func language(of locale: String) -> String? {
        guard let tag = LanguageTag.normalize(locale), known.contains(tag) else { return nil }
        return tag
    }
}

/// Dates as exports write them, to kbkit's YYYY-MM-DD (a date that does not read is left out).
enum ExportDates {
    /// "2026-10-02T09:15:00Z" → "2026-10-02".
    static func day(iso value: String?) -> String? {
        guard let value else { return nil }
        return try? MetadataRules.date(value, field: "date", line: nil)
    }

    /// Seconds since 1970 (Intercom) → "2026-10-02" in UTC.
    static func day(unixSeconds value: Double?) -> String? {
        guard let value, value > 0 else { return nil }
        return String(timestamp(unixSeconds: value).prefix(10))
    }

    /// Seconds since 1970 → "2026-10-02T09:15:00Z".
    static func timestamp(unixSeconds value: Double) -> String {
        let f = ISO8601DateFormatter()
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: Date(timeIntervalSince1970: value))
    }
}
