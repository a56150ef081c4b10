import Foundation

/// SARIF 2.1.0 (OASIS) for code-scanning tools: one run, one rule per lint rule, one result per
/// finding with its file and line. Severities map to SARIF levels error, warning, note.
public enum SARIFReport {
    public static func render(_ report: LintReport, version: String) throws -> Data {
        let rules: [[String: Any]] = LintRule.allCases.map { rule in
            ["id": rule.rawValue, "name": rule.rawValue,
             "shortDescription": ["text": description(rule)],
             "defaultConfiguration": ["level": level(rule.defaultSeverity)]]
        }
        let results: [[String: Any]] = report.findings.map { f in
            var result: [String: Any] = [
                "ruleId": f.rule.rawValue,
                "ruleIndex": LintRule.allCases.firstIndex(of: f.rule)!,
                "level": level(f.severity),
                "message": ["text": f.message],
                "properties": ["check": f.check, "doc": f.doc as Any, "lang": f.lang as Any, "market": f.market as Any,
                               "expected": f.expected as Any, "found": f.found as Any].compactMapValues { $0 is NSNull ? nil : $0 },
            ]
            if let path = f.path {
                var region: [String: Any] = [:]
                if let line = f.line { region["startLine"] = line }
                var physical: [String: Any] = ["artifactLocation": ["uri": path, "uriBaseId": "WORKSPACE"]]
                if !region.isEmpty { physical["region"] = region }
                result["locations"] = [["physicalLocation": physical]]
            }
            return result
        }
        let sarif: [String: Any] = [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [[
                "tool": ["driver": ["name": "kbkit lint", "version": version, "informationUri": "https://example.invalid/kbkit", "rules": rules]],
                "results": results,
            ]],
        ]
        return try JSONSerialization.data(withJSONObject: sarif, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    }

    static func level(_ s: LintSeverity) -> String {
        switch s { case .error: return "error"; case .warning: return "warning"; case .info: return "note" }
    }

    public static func description(_ rule: LintRule) -> String {
        switch rule {
        case .facts: return "Numbers, durations, amounts and percentages agree across the language versions of a document."
        case .stale: return "A translation made from an older version of its source."
        case .coverage: return "Each intent has a live document and evalset cases in every language of every market."
        case .glossary: return "Concepts are translated as the glossary says; terms it avoids are not used."
        case .tone: return "The market's tone rules hold on the pages that serve it."
        case .parity: return "E-mail addresses, phone numbers, links and FAQ pairs carried over; no passage left untranslated."
        case .duplicates: return "No question answered twice in one language; no two answers that disagree."
        }
    }
}
