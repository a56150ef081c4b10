import Support
import Foundation

/// Prompt-leak and role text in a generated answer (Resources/guardrails/role-text.tsv): a reply
/// prefix at the very start ("Answer:") is stripped; a speaker or prompt-section label at the start
/// of any line ("Customer message: …" echoed from the prompt, a next "Customer:" turn), or a model
/// speaking of itself ("As an AI"), rejects the answer.
struct RoleTextCheck: Sendable {
    let prefixes: [String]
    let labels: [String]
    let selfReferences: [String]

    static let builtIn = BuiltInResource.read { try RoleTextCheck(tsv: PackageResources.role_text_tsv) }

    init(prefixes: [String], labels: [String], selfReferences: [String]) {
        self.prefixes = prefixes
        self.labels = labels
        self.selfReferences = selfReferences
    }

    init(tsv bytes: [UInt8]) throws(ResourceTable.Malformed) {
        let table = try ResourceTable(bytes, file: "Resources/guardrails/role-text.tsv", columns: 2)
        var prefixes: [String] = [], labels: [String] = [], selves: [String] = []
        for line in table.lines {
            switch line.fields[0] {
            case "prefix": prefixes.append(line.fields[1])
            case "label": labels.append(line.fields[1])
            case "self": selves.append(line.fields[1])
            default: throw ResourceTable.Malformed(file: table.file, line: line.number, reason: "kind '\(line.fields[0])' (prefix, label or self)")
            }
        }
        self.init(prefixes: prefixes, labels: labels, selfReferences: selves)
    }

    /// The answer without a leading label, or the failure.
    func clean(_ text: String) -> Result<String, GuardrailFailure> {
        var text = text.trimmedOfWhitespace
        // "Answer: Reply: …" — strip as many leading prefixes as there are.
        while let label = prefixes.first(where: { text.range(of: $0, options: [.caseInsensitive, .anchored]) != nil }) {
            text = String(text.dropFirst(label.count)).trimmedOfWhitespace
        }
        if let phrase = selfReferences.first(where: { text.range(of: $0, options: .caseInsensitive) != nil }) {
            return .failure(GuardrailFailure(.roleText, "\"\(phrase)\""))
        }
        for line in text.split(whereSeparator: \.isNewline) {
            let line = line.trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "-*>#")))
            if let label = labels.first(where: { line.range(of: $0, options: [.caseInsensitive, .anchored]) != nil }) {
                return .failure(GuardrailFailure(.roleText, "a line starts with \"\(label)\""))
            }
        }
        guard !text.isEmpty else { return .failure(GuardrailFailure(.roleText, "nothing but labels")) }
        return .success(text)
    }
}
