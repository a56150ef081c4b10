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
