import Foundation

/// The words the facts rule reads (Resources/fact-units.tsv, fact-currencies.tsv, number-words.tsv;
/// docs/RESOURCES.md, "Lint"): units of duration per language, currency marks, numbers written as
/// words. Loaded once; the engine knows what a unit or a currency is, never which words say it.
struct FactLexicon: Sendable {
    /// language → (folded word → unit), and the longest word in characters, for longest-match look-ahead.
    let units: [String: [String: DurationUnit]]
    let longestUnit: Int
    /// mark → currency, the longest mark first so that "MX$" wins over "$".
    let currencies: [(mark: String, currency: String)]
    /// The same marks as scalars, compared without building strings.
    let currencyScalars: [(mark: [Unicode.Scalar], currency: String)]
    /// language → folded word → value.
    let numberWords: [String: [String: Int]]
    /// language → set phrases whose numbers are no facts ("24時間365日").
    let ignored: [String: [String]]

    static let shared = FactLexicon(
        units: DataFile.rows(PackageResources.fact_units_tsv, name: "fact-units.tsv", columns: 3),
        currencies: DataFile.rows(PackageResources.fact_currencies_tsv, name: "fact-currencies.tsv", columns: 2),
        numberWords: DataFile.rows(PackageResources.number_words_tsv, name: "number-words.tsv", columns: 3),
        ignored: DataFile.rows(PackageResources.fact_ignore_tsv, name: "fact-ignore.tsv", columns: 2))

    init(units unitRows: [[String]], currencies currencyRows: [[String]], numberWords wordRows: [[String]], ignored ignoredRows: [[String]]) {
        var units: [String: [String: DurationUnit]] = [:]
        var longest = 1
        for row in unitRows {
            guard let unit = DurationUnit(rawValue: row[1]) else { preconditionFailure("fact-units.tsv: unknown unit '\(row[1])'") }
            units[row[0], default: [:]][row[2].lowercased()] = unit
            longest = max(longest, row[2].unicodeScalars.count)
        }
        self.units = units
        self.longestUnit = longest
        currencies = currencyRows.map { ($0[0], $0[1]) }.sorted { $0.mark.unicodeScalars.count > $1.mark.unicodeScalars.count }
        currencyScalars = currencies.map { (Array($0.mark.unicodeScalars), $0.currency) }
        var words: [String: [String: Int]] = [:]
        for row in wordRows {
            guard let value = Int(row[2]) else { preconditionFailure("number-words.tsv: '\(row[2])' is not a number") }
            words[row[0], default: [:]][row[1].lowercased()] = value
        }
        numberWords = words
        ignored = Dictionary(grouping: ignoredRows, by: { $0[0] }).mapValues { $0.map { $0[1] }.sorted { $0.count > $1.count } }
    }

    /// The units of `language`, with English's as a fallback (help centres keep English units in places).
    func units(for language: String) -> [String: DurationUnit] {
        units[language] ?? units["en"] ?? [:]
    }
}

/// A tab-separated data file of the Lint module: comment and blank lines skipped, every line with
/// exactly `columns` non-empty fields (a broken file stops the process with its name and line; the
/// tests parse every file, so it never ships broken).
enum DataFile {
    static func rows(_ bytes: [UInt8], name: String, columns: Int) -> [[String]] {
        var rows: [[String]] = []
        for (index, line) in String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == columns, fields.allSatisfy({ !$0.isEmpty && $0 == $0.trimmingCharacters(in: .whitespaces) }) else {
                preconditionFailure("\(name), line \(index + 1): expected \(columns) tab-separated fields")
            }
            rows.append(fields)
        }
        return rows
    }
}
