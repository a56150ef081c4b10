import Foundation

/// `kbkit lint --html DIR`: one self-contained page (no script, no outside resource) with the
/// summary, the coverage matrix coloured by cell, and every finding grouped by document. All text escaped.
public enum LintHTML {
    public static func render(_ report: LintReport, workspace: String, generated: String) -> String {
        var html = """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>kbkit lint · \(e(workspace))</title>
        <style>
        body{font:14px/1.5 system-ui,sans-serif;margin:24px;color:#222}h1{font-size:22px}h2{font-size:17px;margin-top:28px}
        table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:3px 6px;font-size:12px}
        .ok{background:#c8ecc9}.nocases{background:#fff1b8}.nodoc{background:#f6b4b4}
        .error{color:#b00020;font-weight:600}.warning{color:#9a6700;font-weight:600}.info{color:#555}
        .doc{margin-top:14px;font-weight:600}.f{margin-left:16px}.meta{color:#666}th.rot{writing-mode:vertical-rl;transform:rotate(180deg)}
        </style></head><body>
        <h1>kbkit lint · \(e(workspace))</h1>
        <p class="meta">\(e(generated)) · \(report.documents) documents · rules: \(e(report.rules.map(\.rawValue).joined(separator: ", ")))</p>
        <p><span class="error">\(report.errors) errors</span> · <span class="warning">\(report.warnings) warnings</span> · <span class="info">\(report.infos) info</span> · \(report.suppressed) suppressed</p>

        """
        if let matrix = report.coverage { html += coverage(matrix) }
        html += "<h2>Findings</h2>\n"
        if report.findings.isEmpty { html += "<p>No finding.</p>\n" }
        for (doc, findings) in grouped(report.findings) {
            html += "<div class=\"doc\">\(e(doc))</div>\n"
            for f in findings {
                let location = [f.path, f.line.map { "line \($0)" }].compactMap { $0 }.joined(separator: ", ")
                html += "<div class=\"f\"><span class=\"\(f.severity.rawValue)\">\(f.severity.rawValue)</span> <code>\(e(f.check))</code> \(e(f.message))"
                    + (location.isEmpty ? "" : " <span class=\"meta\">(\(e(location)))</span>") + "</div>\n"
            }
        }
        return html + "</body></html>\n"
    }

    static func coverage(_ m: CoverageMatrix) -> String {
        var html = "<h2>Coverage: intent × market/language</h2>\n<p class=\"meta\"><span class=\"ok\">&nbsp;documents and cases&nbsp;</span> "
            + "<span class=\"nocases\">&nbsp;documents, no evalset case&nbsp;</span> <span class=\"nodoc\">&nbsp;no document&nbsp;</span></p>\n<table><tr><th></th>"
        html += m.columns.map { "<th class=\"rot\">\(e($0))</th>" }.joined() + "</tr>\n"
        let byKey = Dictionary(m.cells.map { ("\($0.intent)|\($0.market)/\($0.lang)", $0) }, uniquingKeysWith: { a, _ in a })
        for intent in m.intents {
            html += "<tr><th>\(e(intent))</th>"
            for column in m.columns {
                guard let cell = byKey["\(intent)|\(column)"] else { html += "<td></td>"; continue }
                let cls = cell.documents.isEmpty ? "nodoc" : cell.covered ? "ok" : "nocases"
                let title = "\(cell.documents.joined(separator: ", ")) · \(cell.cases) cases"
                html += "<td class=\"\(cls)\" title=\"\(e(title))\">\(cell.cases)</td>"
            }
            html += "</tr>\n"
        }
        return html + "</table>\n"
    }

    static func grouped(_ findings: [LintFinding]) -> [(String, [LintFinding])] {
        var order: [String] = []
        var groups: [String: [LintFinding]] = [:]
        for f in findings {
            let key = f.doc ?? "coverage (\(f.market ?? "?")/\(f.lang ?? "?"))"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(f)
        }
        return order.map { ($0, groups[$0]!) }
    }

    static func e(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }
}
