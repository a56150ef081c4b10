/// Rows of a tab-separated data file embedded in the binary (`PackageResources`): lines split on
/// tabs, blank lines and lines starting with "#" skipped, a trailing "\r" dropped. Linguistics
/// depends on C libraries only, so its data files are TSV read by hand rather than YAML.
enum TabSeparated {
    /// `line` is 1-based, for error messages about malformed rows.
    static func rows(_ bytes: [UInt8]) -> [(line: Int, fields: [Substring])] {
        let text = String(decoding: bytes, as: UTF8.self)
        var out: [(Int, [Substring])] = []
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            out.append((i + 1, line.split(separator: "\t", omittingEmptySubsequences: false)))
        }
        return out
    }
}
