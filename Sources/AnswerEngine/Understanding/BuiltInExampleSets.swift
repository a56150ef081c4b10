import Foundation
import Support

/// Generic example messages in languages customers write but a workspace may have no intent
/// examples for (pt, ko, ar, ru, uk, tr, hi, ro, cs, sv), grouped in named sets (`order_status`,
/// `shipping_times`, `returns`…), one file per language: `Resources/examples/examples_<lang>.tsv`
/// (docs/RESOURCES.md, "Built-in example sets").
///
/// A set is not an intent: the taxonomy says which of its intents a set trains (`examples_from:`,
/// by default the intent's role), whatever the store calls it. They join the training set of the
/// one multilingual model, so their words meet the workspace's own examples in a shared feature
/// space. A workspace that has `kb/intents/<lang>.yaml` for one of these languages replaces its
/// built-in sets entirely.
enum BuiltInExampleSets {
    /// language → set name → messages, in file order.
    static let byLanguage: [String: [String: [String]]] = {
        var out: [String: [String: [String]]] = [:]
        for file in files {
            out[file.language] = BuiltInResource.read { try parse(file.bytes, language: file.language) }
        }
        return out
    }()

    /// Stands for an order number in the store's own format: the classifier reads the message as
    /// one that gives an order number, with the placeholder's text left out.
    static let orderNumber = "{order_number}"

    /// One line: `set <TAB> message`. Set names are lower-case words joined by `_`.
    static func parse(_ bytes: [UInt8], language: String) throws(ResourceTable.Malformed) -> [String: [String]] {
        let table = try ResourceTable(bytes, file: "examples_\(language).tsv", columns: 2)
        var sets: [String: [String]] = [:]
        for line in table.lines {
            let (set, message) = (line.fields[0], line.fields[1])
            guard set.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || $0 == "_" }) else {
                throw table.error(line, "set name '\(set)' is not lower-case words joined by _")
            }
            if message.contains("{"), message.replacingOccurrences(of: orderNumber, with: "").contains("{") {
                throw table.error(line, "unknown placeholder in \"\(message)\" (only \(orderNumber))")
            }
            if sets[set]?.contains(message) == true { throw table.error(line, "duplicate example \"\(message)\"") }
            sets[set, default: []].append(message)
        }
        return sets
    }

    /// The embedded files (Package.swift lists the same ones).
    static let files: [(language: String, bytes: [UInt8])] = [
        ("ar", PackageResources.examples_ar_tsv), ("cs", PackageResources.examples_cs_tsv),
        ("hi", PackageResources.examples_hi_tsv), ("ko", PackageResources.examples_ko_tsv),
        ("pt", PackageResources.examples_pt_tsv), ("ro", PackageResources.examples_ro_tsv),
        ("ru", PackageResources.examples_ru_tsv), ("sv", PackageResources.examples_sv_tsv),
        ("tr", PackageResources.examples_tr_tsv), ("uk", PackageResources.examples_uk_tsv),
    ]
}
