import Foundation
import Workspace

/// Market lookups the commands share: a clear error for an unknown id, and the language prior a
/// market gives language identification (its default language most, its other languages less).
extension WorkspaceContent {
    func market(_ id: String?) throws -> Market? {
        guard let id else { return nil }
        guard let m = markets[id.uppercased()] else {
            throw CLIError(description: "unknown market '\(id)' (known: \(marketIDs.joined(separator: ", ")))")
        }
        return m
    }
}

extension Market {
    var languagePrior: [String: Double] {
        var prior: [String: Double] = [:]
        for (i, lang) in languages.enumerated() { prior[lang] = i == 0 ? 1.0 : 0.6 }
        return prior
    }

    /// Where retrieval looks, in order: the customer's language, the market's default, English.
    func searchLanguages(customer: String) -> [String] {
        var out = [customer]
        for l in [defaultLanguage, "en"] where !out.contains(l) { out.append(l) }
        return out
    }
}
