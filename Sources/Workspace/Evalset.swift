import Foundation

/// A graded evaluation set (`evalsets/*.yaml`, format in DESIGN.md).
public struct Evalset: Sendable, Equatable {
    public var name: String
    public var market: String?
    public var cases: [EvalCase]
    public var file: String
}

public struct EvalCase: Sendable, Equatable {
    public var id: String
    public var market: String
    /// The customer's turns; a single message is one turn. Expectations apply to the last.
    public var turns: [String]
    public var tags: [String]
    public var expect: Expectation
    public var file: String
    public var line: Int?
    /// Where the case's market is written (on the case, else on the set): errors about it point there.
    public var marketLine: Int? = nil
}

public struct Expectation: Sendable, Equatable {
    public var language: String?
    public var answerLanguage: String?
    public var intent: String?
    /// Relevant documents with their grade (1…3); a plain list means grade 1 each.
    public var sources: [String: Int]
    /// Every item must appear; an item with several strings: any one of them.
    public var mustInclude: [[String]]
    public var mustNotInclude: [String]
    public var escalate: Bool?
    public var action: String?
    public var order: String?
    /// `max_sentences`: the most sentences the answer's body may have (greeting and closing excluded).
    public var maxSentences: Int? = nil
}

extension Evalset {
    static func load(_ n: YAMLNode) throws(WorkspaceError) -> Evalset {
        try n.allowOnly(["name", "market", "description", "cases"])
        let market = try n.optionalString("market")?.uppercased()
        var cases: [EvalCase] = []
        for c in try n.required("cases").items() {
            try c.allowOnly(["id", "market", "message", "turns", "tags", "expect", "notes", "note"])
            let id = try c.string("id")
            var turns: [String] = []
            if let m = c["message"] { turns = [try m.string()] }
            if let t = c["turns"] {
                if !turns.isEmpty { throw c.error("case \(id): give `message` or `turns`, not both") }
                turns = try t.strings()
            }
            if turns.isEmpty || turns.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                throw c.error("case \(id): needs a non-empty `message` or `turns`")
            }
            guard let caseMarket = try c.optionalString("market")?.uppercased() ?? market else {
                throw c.error("case \(id): no market (set `market` on the case or the set)")
            }
            let e = try c.required("expect")
            try e.allowOnly(["language", "answer_language", "intent", "sources", "must_include", "must_not_include", "escalate", "action", "order", "max_sentences"])
            var sources: [String: Int] = [:]
            if let s = e["sources"] {
                if s.isMapping {
                    for (doc, grade) in try s.entries() {
                        let g = try grade.int()
                        guard (1...3).contains(g) else { throw grade.error("case \(id): a grade is 1, 2 or 3") }
                        sources[doc] = g
                    }
                } else {
                    for doc in try s.strings() { sources[doc] = 1 }
                }
            }
            var mustInclude: [[String]] = []
            if let m = e["must_include"] {
                for item in try m.items() {
                    mustInclude.append(item.isSequence ? try item.strings() : [try item.string()])
                }
            }
            let expect = Expectation(
                language: try e["language"]?.languageTag(), answerLanguage: try e["answer_language"]?.languageTag(),
                intent: try e.optionalString("intent"), sources: sources, mustInclude: mustInclude,
                mustNotInclude: try e["must_not_include"]?.strings() ?? [], escalate: try e["escalate"]?.bool(),
                action: try e.optionalString("action"), order: try e.optionalString("order")?.uppercased(),
                maxSentences: try e["max_sentences"]?.int())
            cases.append(EvalCase(id: id, market: caseMarket, turns: turns, tags: try c["tags"]?.strings() ?? [], expect: expect,
                                  file: n.file, line: c.line, marketLine: c["market"]?.line ?? n["market"]?.line ?? c.line))
        }
        return Evalset(name: try n.optionalString("name") ?? n.file, market: market, cases: cases, file: n.file)
    }
}

extension Evalset {
    /// The first case whose market the workspace does not define, as an error at the line that names it.
    public func checkMarkets(known: [String: Market]) throws(WorkspaceError) {
        for c in cases where known[c.market] == nil {
            throw WorkspaceError(file: file, line: c.marketLine, field: "market",
                                 message: "case \(c.id): unknown market '\(c.market)' (known: \(known.keys.sorted().joined(separator: ", ")))")
        }
    }
}
