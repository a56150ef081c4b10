import Workspace

// ISODate (module Workspace) is not Codable; the order record writes it as ISO text ("2026-11-24"),
// the same form the ERP stores, so these helpers code it explicitly.

extension KeyedDecodingContainer {
    func decodeISODateIfPresent(_ key: Key) throws -> ISODate? {
        guard let text = try decodeIfPresent(String.self, forKey: key) else { return nil }
        guard let date = ISODate(text) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "'\(text)' is not a date (YYYY-MM-DD)")
        }
        return date
    }
}

extension KeyedEncodingContainer {
    mutating func encodeISODateIfPresent(_ date: ISODate?, forKey key: Key) throws {
        try encodeIfPresent(date?.description, forKey: key)
    }
}
