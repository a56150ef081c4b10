/// A line diff (longest common subsequence) for `kbkit show DOC --diff`: documents are a few hundred
/// lines, so the quadratic table is small and the output is the minimal one.
public enum TextDiff {
    public enum Line: Sendable, Equatable, Codable {
        case same(String), added(String), removed(String)
    }

    public static func lines(from old: String, to new: String) -> [Line] {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let n = a.count, m = b.count
        var lcs = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var out: [Line] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, a[i] == b[j] { out.append(.same(a[i])); i += 1; j += 1 }
            else if j < m, i == n || lcs[i][j + 1] >= lcs[i + 1][j] { out.append(.added(b[j])); j += 1 }
            else { out.append(.removed(a[i])); i += 1 }
        }
        return out
    }

    /// Only the changed lines with `context` unchanged lines around them, unified-diff style.
    public static func unified(_ lines: [Line], context: Int = 2) -> String {
        var keep = Array(repeating: false, count: lines.count)
        for (i, l) in lines.enumerated() {
            if case .same = l { continue }
            for k in max(0, i - context)...min(lines.count - 1, i + context) { keep[k] = true }
        }
        var out: [String] = []
        var skipped = false
        for (i, l) in lines.enumerated() {
            guard keep[i] else { skipped = true; continue }
            if skipped, !out.isEmpty { out.append("…") }
            skipped = false
            switch l {
            case .same(let s): out.append("  \(s)")
            case .added(let s): out.append("+ \(s)")
            case .removed(let s): out.append("- \(s)")
            }
        }
        return out.joined(separator: "\n")
    }
}
