import Linguistics
import Support
import Workspace

/// The glossary's concepts as intent features: "Rechnung", "facture", "bill" and "invoice" all
/// become the concept `invoice`, so an example in one language (or one wording) teaches the
/// others. Terms are analyzed by their own language's analyzer, the way a message in that language
/// is, and matched on the message's analyzed terms (consecutive positions for several-word terms).
/// English terms are matched in every language too: customers mix English words in ("pls refund").
struct IntentConcepts: Sendable {
    /// language → analyzed term sequence (terms joined by a space) → concept ids
    private let table: [String: [String: [String]]]
    /// The most terms one glossary term analyzes to, so matching never looks further.
    private let longest: Int

    static let empty = IntentConcepts(glossary: .empty)

    init(glossary: Glossary) {
        var table: [String: [String: [String]]] = [:]
        var longest = 0
        for concept in glossary.concepts {
            for (language, terms) in concept.terms {
                let analyzer = Analyzer(language: language)
                for term in terms {
                    let analyzed = analyzer.tokens(term).filter { $0.kind != .original }.map(\.term)
                    guard !analyzed.isEmpty else { continue }
                    longest = max(longest, analyzed.count)
                    let key = analyzed.joined(separator: " ")
                    if table[language, default: [:]][key]?.contains(concept.id) != true {
                        table[language, default: [:]][key, default: []].append(concept.id)
                    }
                }
            }
        }
        self.table = table
        self.longest = longest
    }

    var isEmpty: Bool { table.isEmpty }

    /// The concepts a message's analyzed tokens name (repeats kept: they count like repeated words).
    func concepts(in tokens: [Token], language: String) -> [String] {
        guard !table.isEmpty, !tokens.isEmpty else { return [] }
        let primary = LanguageTag.normalize(language) ?? language
        let tables = [table[primary], primary == "en" ? nil : table["en"]].compactMap { $0 }
        guard !tables.isEmpty else { return [] }
        var out: [String] = []
        for start in tokens.indices {
            var key = ""
            for length in 1...min(longest, tokens.count - start) {
                let token = tokens[start + length - 1]
                // Several-word terms need consecutive words (a stop word in between leaves a gap).
                if length > 1, token.position - tokens[start + length - 2].position > 1 { break }
                key += (length > 1 ? " " : "") + token.term
                for t in tables { if let ids = t[key] { out += ids } }
            }
        }
        return out
    }
}
