import Foundation

/// The files `kbkit init` writes (`Resources/starter-workspace.txt`): a small, neutral store that
/// shows every setting with a comment and passes every check.
public enum StarterWorkspace {
    public static func files(name: String) -> [(path: String, content: String)] {
        let text = String(decoding: PackageResources.starter_workspace_txt, as: UTF8.self)
        var files: [(path: String, content: String)] = []
        var lines: [Substring] = []
        var path: String?
        func flush() {
            if let path { files.append((path, lines.joined(separator: "\n"))) }
            lines = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("=== "), line.hasSuffix(" ===") {
                flush()
                path = String(line.dropFirst(4).dropLast(4))
            } else if path != nil {
                lines.append(line)
            }
        }
        flush()
        return files.map { ($0.path, $0.content.trimmingCharacters(in: .newlines).replacingOccurrences(of: "{{name}}", with: yamlString(name))) }
    }

    /// A double-quoted YAML scalar: a name with quotes, backslashes or line breaks stays one value.
    static func yamlString(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where c.value < 0x20: out += String(format: "\\x%02X", c.value)
            default: out.unicodeScalars.append(c)
            }
        }
        return out + "\""
    }

    /// Writes the starter files under `root` and returns their relative paths.
    public static func write(to root: URL, name: String) throws -> [String] {
        var written: [String] = []
        for (path, content) in files(name: name) {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try (content + "\n").write(to: url, atomically: true, encoding: .utf8)
            written.append(path)
        }
        for folder in ["reports"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        return written
    }
}
