import Foundation
import Workspace

/// The market an optional `--market` names: nil when none is given, `UnknownMarket` (one readable
/// line) for an id the workspace does not define.
extension WorkspaceContent {
    func market(_ id: String?) throws -> Market? {
        guard let id else { return nil }
        return try market(named: id)
    }
}
