import Foundation

/// Where output goes: results on stdout (one JSON document with --json), progress and diagnostics on
/// stderr; colour only on a terminal and never with NO_COLOR.
enum Output {
    static let stderrIsTerminal = isatty(STDERR_FILENO) == 1
    static let stdoutIsTerminal = isatty(STDOUT_FILENO) == 1
    static let colour = stdoutIsTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    static let errorColour = stderrIsTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil

    /// Set once a JSON document went to stdout: an error after it must not print a second one.
    nonisolated(unsafe) static var printedJSON = false

    static func json<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        FileHandle.standardOutput.write(data)
        FileHandle.standardOutput.write(Data("\n".utf8))
        printedJSON = true
    }

    static func line(_ s: String = "") { print(s) }

    static func diagnostic(_ s: String) {
        FileHandle.standardError.write(Data((s + "\n").utf8))
    }

    enum Style: String { case bold = "1", dim = "2", red = "31", green = "32", yellow = "33", cyan = "36" }

    static func styled(_ s: String, _ style: Style, stderr: Bool = false) -> String {
        (stderr ? errorColour : colour) ? "\u{1B}[\(style.rawValue)m\(s)\u{1B}[0m" : s
    }
}

/// A progress bar on stderr, drawn only when stderr is a terminal, at most ~20 times a second.
final class ProgressBar: @unchecked Sendable {
    private let label: String
    private let lock = NSLock()
    private var lastDraw = Date.distantPast
    private let enabled: Bool

    init(_ label: String, enabled: Bool = Output.stderrIsTerminal) {
        self.label = label
        self.enabled = enabled
    }

    func update(done: Int, total: Int) {
        guard enabled, total > 0 else { return }
        lock.lock(); defer { lock.unlock() }
        let now = Date()
        guard done == total || now.timeIntervalSince(lastDraw) > 0.05 else { return }
        lastDraw = now
        let width = 30
        let filled = width * done / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\(label) \(bar) \(done)/\(total)".utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}

/// Fixed-width columns for terminal tables (display width: CJK characters count double).
enum Table {
    static func render(_ header: [String], _ rows: [[String]], maxWidths: [Int]? = nil) -> String {
        var widths = header.map(displayWidth)
        for row in rows { for (i, c) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], displayWidth(c)) } }
        if let maxWidths { for i in widths.indices where i < maxWidths.count { widths[i] = min(widths[i], maxWidths[i]) } }
        func fmt(_ row: [String], _ style: Output.Style?) -> String {
            let cells = row.enumerated().map { i, c -> String in
                let cut = truncate(c, widths[i])
                return i == row.count - 1 ? cut : cut + String(repeating: " ", count: max(0, widths[i] - displayWidth(cut)))
            }
            let line = cells.joined(separator: "  ")
            return style.map { Output.styled(line, $0) } ?? line
        }
        return ([fmt(header, .bold)] + rows.map { fmt($0, nil) }).joined(separator: "\n")
    }

    static func displayWidth(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { w, u in
            let v = u.value
            if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) { return w + 2 }
            if (0x0300...0x036F).contains(v) || (0x0E31...0x0E3A).contains(v) || (0x0E47...0x0E4E).contains(v) { return w }
            return w + 1
        }
    }

    static func truncate(_ s: String, _ width: Int) -> String {
        guard displayWidth(s) > width else { return s }
        var out = ""
        for ch in s {
            if displayWidth(out + String(ch)) > width - 1 { break }
            out.append(ch)
        }
        return out + "…"
    }
}
