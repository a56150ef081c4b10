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
        let languages = Set(glossary.concepts.flatMap(\.terms.keys))
        var analyzers: [String: Analyzer] = [:]
        for concept in glossary.concepts {
            // English terms as each language's analyzer reads them too: a Polish message's "standard
            // delivery" is stemmed the Polish way, not the English one.
            let english = concept.terms["en"] ?? []
            let read = concept.terms.map { ($0.key, $0.value) } + languages.subtracting(["en"]).sorted().map { ($0, english) }
            for (language, terms) in read {
                let analyzer = analyzers[language] ?? Analyzer(language: language)
                analyzers[language] = analyzer
                for term in terms {
                    let analyzed = analyzer.tokens(term).filter { $0.kind != .original }
                    guard !analyzed.isEmpty else { continue }
                    longest = max(longest, analyzed.count)
                    let key = Self.key(analyzed)
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
    func concepts(in analyzed: [Token], language: String) -> [String] {
        // The Vietnamese analyzer keeps a word's spelling beside its folded form ("miễn" at the place of
        // "mien"); terms are keyed by the folded forms alone, and an original between two words of a
        // term would break it ("miễn phí vận chuyển" was never read).
        let tokens = analyzed.filter { $0.kind != .original }
        guard !table.isEmpty, !tokens.isEmpty else { return [] }
        let primary = LanguageTag.normalize(language) ?? language
        let tables = [table[primary], primary == "en" ? nil : table["en"]].compactMap { $0 }
        guard !tables.isEmpty else { return [] }
        var out: [String] = []
        for start in tokens.indices {
            var key = ""
            for length in 1...min(longest, tokens.count - start) {
                let token = tokens[start + length - 1]
                // Several-word terms need their words as the term has them: consecutive, or with as
                // many stop words between ("pago en efectivo en OXXO" is "pagar en efectivo en OXXO").
                if length > 1 {
                    let gap = token.position - tokens[start + length - 2].position
                    if gap > Self.widestGap { break }
                    key += String(repeating: " _", count: max(0, gap - 1)) + " "
                }
                key += token.term
                // (An English term may be in both tables: named once.)
                var named: [String] = []
                for table in tables { for id in table[key] ?? [] where !named.contains(id) { named.append(id) } }
                out += named
            }
        }
        return out
    }

    /// The most positions between two words of a term: the stop words it holds ("pay cash at OXXO").
    static let widestGap = 3

    /// A term's analyzed words, a "_" for each stop word between them.
    static func key(_ tokens: [Token]) -> String {
        var key = tokens[0].term
        for (previous, token) in zip(tokens, tokens.dropFirst()) {
            key += String(repeating: " _", count: max(0, token.position - previous.position - 1)) + " " + token.term
        }
        return key
    }
}
