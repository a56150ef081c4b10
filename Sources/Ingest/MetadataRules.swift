import Support
import Foundation
import Linguistics
/// Validation of metadata values, shared by front matter and HTML `<meta name="kb:…">`, so both formats
/// accept and reject exactly the same things.
enum MetadataRules {
    /// Fields that describe a document but do not identify it (type, dates): a bad value is dropped
    /// with a warning instead of refusing the whole file, so that a Hugo page with `type: docs` or a
    /// malformed date still imports. Identity fields (id, lang, markets) stay strict.
    static func soft<T>(_ warnings: inout [IngestFailure], _ body: () throws(IngestFailure) -> T) -> T? {
        do { return try body() } catch {
            warnings.append(error)
            return nil
        }
    }

    static func id(_ value: String, line: Int?) throws(IngestFailure) -> String {
        let v = value.trimmingSpaces()
        let ok = !v.isEmpty && v.unicodeScalars.allSatisfy { ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || $0 == "-" || $0 == "_" || $0 == "." }
        guard ok else {
            throw .invalidMetadata(field: "id", line: line, message: "'\(value)' is not a document id (letters, digits, '-', '_', '.')")
        }
        return v.lowercased()
    }

    /// A BCP 47 tag reduced to its primary language ("de-DE" → "de"); "zh-Hant" keeps its script
    /// only in metadata, the document language is "zh".
    static func language(_ value: String, field: String, line: Int?) throws(IngestFailure) -> String {
        guard let tag = normalizedLanguage(value) else {
            throw .invalidMetadata(field: field, line: line, message: "'\(value)' is not a language tag (e.g. en, de, zh, fil)")
        }
        return tag
    }

    /// One normalisation for every language tag kbkit reads (`LanguageTag.normalize`).
    static func normalizedLanguage(_ value: String) -> String? {
        LanguageTag.normalize(value.trimmingSpaces())
    }

    static func markets(_ values: [String], line: Int?) throws(IngestFailure) -> [String] {
        try values.map { (v: String) throws(IngestFailure) -> String in
            let m = v.trimmingSpaces().uppercased()
            guard m.count == 2, m.allSatisfy({ $0.isASCII && $0.isLetter }) else {
                throw .invalidMetadata(field: "markets", line: line, message: "'\(v)' is not a market id (ISO 3166 code such as DE, JP, GB)")
            }
            return m
        }
    }

    static func type(_ value: String, line: Int?) throws(IngestFailure) -> String {
        let t = value.trimmingSpaces().lowercased()
        guard DocumentMetadata.types.contains(t) else {
            throw .invalidMetadata(field: "type", line: line, message: "'\(value)' is not one of \(DocumentMetadata.types.sorted().joined(separator: ", "))")
        }
        return t
    }

    /// ISO 8601 dates (a time part is accepted and dropped).
    static func date(_ value: String, field: String, line: Int?) throws(IngestFailure) -> String {
        let v = value.trimmingSpaces()
        let day = String(v.prefix(10))
        let parts = day.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1900...2999).contains(y), (1...12).contains(m), (1...31).contains(d) else {
            throw .invalidMetadata(field: field, line: line, message: "'\(value)' is not a date (YYYY-MM-DD)")
        }
        return day
    }
}
