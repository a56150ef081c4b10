/// A market id the workspace does not define, with the ids it does: one wording for every command
/// and for the evaluation.
public struct UnknownMarket: Error, CustomStringConvertible, Equatable, Sendable {
    public var id: String
    public var known: [String]

    public var description: String {
        "unknown market '\(id)' (known: \(known.isEmpty ? "none: the workspace defines no market in kb/markets/" : known.joined(separator: ", ")))"
    }
}

extension WorkspaceContent {
    /// The market with this id, in any case ("de" is DE).
    public func market(named id: String) throws(UnknownMarket) -> Market {
        guard let market = markets[id.uppercased()] else { throw UnknownMarket(id: id, known: marketIDs) }
        return market
    }
}
