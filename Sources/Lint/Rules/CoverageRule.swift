import Workspace

/// The matrix intent × market × language (`kbkit lint` prints it; the HTML page colours it): for
/// each intent whose `topics` name documents, in each language of each market, how many live
/// documents of those topics serve the market in that language, and how many evalset cases test it.
public struct CoverageMatrix: Codable, Sendable, Equatable {
    public struct Cell: Codable, Sendable, Equatable {
        public var intent: String
        public var market: String
        public var lang: String
        public var documents: [String]
        public var cases: Int
        /// Whether evalset cases are counted (`lint.coverage_evalsets`).
        public var casesCounted: Bool
        public var covered: Bool { !documents.isEmpty && (!casesCounted || cases > 0) }
    }
    public var intents: [String]
    /// "DE/de", "US/en", "US/es"… in the order of markets, then their languages.
    public var columns: [String]
    public var cells: [Cell]

    public func cell(_ intent: String, _ column: String) -> Cell? {
        cells.first { $0.intent == intent && "\($0.market)/\($0.lang)" == column }
    }

    static func build(_ context: LintContext, countCases: Bool) -> CoverageMatrix {
        let intents = context.content.intents.intents.filter { !$0.topics.isEmpty }
        var casesByCell: [String: Int] = [:]
        for set in context.content.evalsets {
            for c in set.cases {
                guard let intent = c.expect.intent, let market = context.content.markets[c.market] else { continue }
                let lang = c.expect.language ?? market.defaultLanguage
                casesByCell["\(intent)|\(c.market)|\(lang)", default: 0] += 1
            }
        }
        var columns: [String] = []
        var cells: [Cell] = []
        for market in context.content.marketIDs.compactMap({ context.content.markets[$0] }) {
            for lang in market.languages {
                columns.append("\(market.id)/\(lang)")
                for intent in intents {
                    let docs = intent.topics.flatMap { context.byID[$0] ?? [] }.filter { $0.lang == lang && $0.serves(market.id) }.map(\.key)
                    cells.append(Cell(intent: intent.id, market: market.id, lang: lang, documents: docs,
                                      cases: casesByCell["\(intent.id)|\(market.id)|\(lang)"] ?? 0, casesCounted: countCases))
                }
            }
        }
        return CoverageMatrix(intents: intents.map(\.id), columns: columns, cells: cells)
    }
}

/// **coverage**: every cell of the matrix needs a live document, and (unless `lint.coverage_evalsets`
/// is false) evalset cases. A cell with neither is one finding.
struct CoverageRule: LintRuleChecker {
    let rule = LintRule.coverage
    let countCases: Bool

    func check(_ context: LintContext) -> [LintFinding] {
        let matrix = CoverageMatrix.build(context, countCases: countCases)
        var findings: [LintFinding] = []
        for cell in matrix.cells where !cell.covered {
            let topicIDs = context.content.intents.intent(cell.intent)?.topics ?? []
            let topics = topicIDs.joined(separator: ", ")
            if cell.documents.isEmpty, let fallback = Self.fallback(cell, context) {
                // The engine answers from another language's page (the market's default, then the source language).
                findings.append(LintFinding(
                    rule: .coverage, check: "coverage.fallback", severity: .warning, doc: nil, lang: cell.lang, market: cell.market,
                    message: "intent \(cell.intent): no \(cell.lang) document of its topics (\(topics)) serves \(cell.market); answered from \(fallback)",
                    expected: "a \(cell.lang) document of \(topics) for \(cell.market)", found: fallback).absent(topicIDs))
            } else if cell.documents.isEmpty {
                findings.append(LintFinding(
                    rule: .coverage, check: "coverage.document", doc: nil, lang: cell.lang, market: cell.market,
                    message: "intent \(cell.intent): no live \(cell.lang) document of its topics (\(topics)) serves \(cell.market)",
                    expected: "a \(cell.lang) document of \(topics) for \(cell.market)", found: nil).absent(topicIDs))
            } else {
                findings.append(LintFinding(
                    rule: .coverage, check: "coverage.evalset", severity: .info, doc: nil, lang: cell.lang, market: cell.market,
                    message: "intent \(cell.intent): no evalset case in \(cell.lang) for \(cell.market) (documents: \(cell.documents.joined(separator: ", ")))",
                    expected: "an evalset case", found: nil))
            }
        }
        return findings
    }

    /// A document of the intent's topics serving the market in the market's default or the source language.
    static func fallback(_ cell: CoverageMatrix.Cell, _ context: LintContext) -> String? {
        guard let market = context.content.markets[cell.market], let intent = context.content.intents.intent(cell.intent) else { return nil }
        for lang in [market.defaultLanguage, context.sourceLanguage] where lang != cell.lang {
            if let doc = intent.topics.flatMap({ context.byID[$0] ?? [] }).first(where: { $0.lang == lang && $0.serves(market.id) }) { return doc.key }
        }
        return nil
    }
}
