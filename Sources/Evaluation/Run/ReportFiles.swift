import Foundation

/// Writes a report's four files into a folder, and reads a report back (for baselines and the gate).
public enum ReportFiles {
    public static func write(_ report: EvaluationReport, to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(report).write(to: folder.appendingPathComponent("report.json"))
        try Data(MarkdownReport.render(report).utf8).write(to: folder.appendingPathComponent("report.md"))
        try Data(HTMLReport.render(report).utf8).write(to: folder.appendingPathComponent("report.html"))
        try Data(JUnitReport.render(report).utf8).write(to: folder.appendingPathComponent("junit.xml"))
    }

    /// A report.json, or a folder holding one.
    public static func read(_ url: URL) throws -> EvaluationReport {
        var isDir: ObjCBool = false
        let file = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) && isDir.boolValue
            ? url.appendingPathComponent("report.json") : url
        guard FileManager.default.fileExists(atPath: file.path) else { throw ReportError.missing(file.path) }
        do { return try JSONDecoder().decode(EvaluationReport.self, from: Data(contentsOf: file)) } catch {
            throw ReportError.unreadable(file.path, "\(error)")
        }
    }

    public enum ReportError: Error, CustomStringConvertible, Sendable {
        case missing(String)
        case unreadable(String, String)
        public var description: String {
            switch self {
            case .missing(let p): return "\(p): no report there (a report.json or a folder holding one)"
            case let .unreadable(p, why): return "\(p): not a kbkit report (\(why.prefix(200)))"
            }
        }
    }
}
