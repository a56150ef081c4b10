import Foundation

/// Prompt-leak and role text in a generated answer (Resources/guardrails/role-text.tsv): a speaker
/// label at the very start is stripped ("Customer message: …" echoed from the prompt); a label at
/// the start of a later line, or a model speaking of itself, rejects the answer.
struct RoleTextCheck: Sendable {
    let labels: [String]
    let selfReferences: [String]

    static let builtIn: RoleTextCheck = {
        do { return try RoleTextCheck(tsv: PackageResources.role_text_tsv) } catch { fatalError("kbkit resource: \(error)") }
    }()

    init(labels: [String], selfReferences: [String]) {
        self.labels = labels
        self.selfReferences = selfReferences
    }

    init(tsv bytes: [UInt8]) throws(ResourceTable.Malformed) {
        let table = try ResourceTable(bytes, file: "Resources/guardrails/role-text.tsv", columns: 2)
        var labels: [String] = [], selves: [String] = []
        for line in table.lines {
            switch line.fields[0] {
            case "label": labels.append(line.fields[1])
            case "self": selves.append(line.fields[1])
            default: throw ResourceTable.Malformed(file: table.file, line: line.number, reason: "kind '\(line.fields[0])' (label or self)")
            }
        }
        self.init(labels: labels, selfReferences: selves)
    }

    /// The answer without a leading label, or the failure.
    func clean(_ text: String) -> Result<String, GuardrailFailure> {
        var text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        // "Answer: Customer message: …" — strip as many leading labels as there are.
        while let label = labels.first(where: { text.range(of: $0, options: [.caseInsensitive, .anchored]) != nil }) {
            text = String(text.dropFirst(label.count)).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        if let phrase = selfReferences.first(where: { text.range(of: $0, options: .caseInsensitive) != nil }) {
            return .failure(GuardrailFailure(.roleText, "\"\(phrase)\""))
        }
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            let line = line.trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "-*>#")))
            if let label = labels.first(where: { line.range(of: $0, options: [.caseInsensitive, .anchored]) != nil }) {
                return .failure(GuardrailFailure(.roleText, "a line starts with \"\(label)\""))
            }
        }
        guard !text.isEmpty else { return .failure(GuardrailFailure(.roleText, "nothing but labels")) }
        return .success(text)
    }
}
