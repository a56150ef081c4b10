/// Expected vs got of one case as labelled rows, shared by the Markdown list of failing cases and
/// the HTML side-by-side view. Plain text: each renderer escapes it for its format.
struct CaseSides: Sendable, Equatable {
    struct Row: Sendable, Equatable {
        /// What the row is about ("intent", "sources").
        let label: String
        /// Nil when the case expects nothing of this aspect.
        let expected: String?
        let got: String
        /// Whether got satisfies expected, when that can be told from the report alone; nil when it
        /// cannot (facts are matched by the scorer with normalization the report does not repeat).
        let matches: Bool?
    }

    let rows: [Row]

    /// How many ranked documents the views list (hit@5 is the widest window a metric looks at).
    static let sourcesShown = 5

    init(_ result: CaseResult) {
        let e = result.expected, g = result.got
        var rows: [Row] = []
        rows.append(Row(label: "language", expected: e.language, got: g.language, matches: e.language.map { $0 == g.language }))
        if e.answerLanguage != nil || g.answerLanguage != g.language {
            rows.append(Row(label: "answer language", expected: e.answerLanguage, got: g.answerLanguage,
                            matches: e.answerLanguage.map { $0 == g.answerLanguage }))
        }
        rows.append(Row(label: "intent", expected: e.intent, got: g.intent, matches: e.intent.map { $0 == g.intent }))
        let top = Array(Self.rankedDocuments(g.sources).prefix(Self.sourcesShown))
        rows.append(Row(label: "sources", expected: e.sources.isEmpty ? nil : Self.graded(e.sources),
                        got: top.isEmpty ? "none" : top.joined(separator: ", "),
                        matches: e.sources.isEmpty ? nil : top.contains { e.sources[$0] != nil }))
        if !e.mustInclude.isEmpty {
            rows.append(Row(label: "must include", expected: Self.facts(e.mustInclude), got: "", matches: nil))
        }
        if !e.mustNotInclude.isEmpty {
            rows.append(Row(label: "must not include", expected: e.mustNotInclude.map(Self.quoted).joined(separator: "; "), got: "", matches: nil))
        }
        if e.action != nil || !g.actions.isEmpty {
            rows.append(Row(label: "action", expected: e.action, got: g.actions.isEmpty ? "none" : g.actions.joined(separator: ", "),
                            matches: e.action.map { g.actions.contains($0) }))
        }
        if e.order != nil || !g.orders.isEmpty {
            rows.append(Row(label: "order", expected: e.order, got: g.orders.isEmpty ? "none" : g.orders.joined(separator: ", "),
                            matches: e.order.map { g.orders.contains($0) }))
        }
        let escalation = g.escalated ? "yes" + (g.escalationReason.map { " (\($0))" } ?? "") : "no"
        rows.append(Row(label: "escalate", expected: e.escalate.map { $0 ? "yes" : "no" }, got: escalation,
                        matches: e.escalate.map { $0 == g.escalated }))
        rows.append(Row(label: "emotion", expected: nil, got: g.emotion, matches: nil))
        // Fact rows have nothing of their own on the got side: the answer is what they were checked in.
        self.rows = rows.filter { $0.expected != nil || !$0.got.isEmpty }
    }

    /// The rows the case expected something of (the compact view leaves the others out).
    var expectedRows: [Row] { rows.filter { $0.expected != nil } }

    /// Relevant documents, most relevant first: "returns-policy (3), faq (1)"; the grade is shown only
    /// when the evalset graded relevance (some grade above 1).
    static func graded(_ sources: [String: Int]) -> String {
        let ordered = sources.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        let showGrades = sources.values.contains { $0 > 1 }
        return ordered.map { showGrades ? "\($0.key) (\($0.value))" : $0.key }.joined(separator: ", ")
    }

    /// The document a retrieved source belongs to: the engine names chunks `<lang>/<doc>#<n>`
    /// (`en/customs-duties#1`), evalsets name documents (`customs-duties`).
    static func documentID(of source: String) -> String {
        let withoutChunk = source.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? source
        guard let slash = withoutChunk.firstIndex(of: "/") else { return withoutChunk }
        return String(withoutChunk[withoutChunk.index(after: slash)...])
    }

    /// The documents of the retrieved chunks, best first, each once (as the scorer ranks them).
    static func rankedDocuments(_ sources: [String]) -> [String] {
        var seen: Set<String> = []
        return sources.map(documentID).filter { seen.insert($0).inserted }
    }

    /// `must_include` items; an inner list is alternatives: "30 Tage"; "21.11.2026" or "21. November".
    static func facts(_ items: [[String]]) -> String {
        items.map { $0.map(quoted).joined(separator: " or ") }.joined(separator: "; ")
    }

    static func quoted(_ s: String) -> String { "“\(s)”" }

    /// A long text cut at a character boundary, with an ellipsis, for one-line views.
    static func shortened(_ text: String, to limit: Int) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count <= limit ? flat : String(flat.prefix(limit)) + "…"
    }
}
