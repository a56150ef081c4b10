import Workspace

/// **facts**: every duration, amount and percentage of a translation must be one its source states
/// for the markets the translation serves. A source row or sentence about other markets ("Japan
/// (JP) — 14 days") is a declared difference, not expected in the German page; a fact the source
/// states in another of its documents for the same markets (the return window, quoted in the
/// warranty page) agrees too. Then the other way: what the source says about exactly the
/// translation's market must be in the translation.
struct FactsRule: LintRuleChecker {
    let rule = LintRule.facts

    func check(_ context: LintContext) -> [LintFinding] {
        let index = SourceFacts(context)
        let translations = context.documents.filter { context.source(of: $0) != nil }
        return translations.concurrentMap { doc in
            let source = context.source(of: doc)!
            let scanner = context.factScanner(doc.lang)
            let unitFacts = doc.units.map { scanner.facts(in: $0.text) }
            return extraFacts(in: doc, unitFacts: unitFacts, source: source, index: index, context: context)
                + missingFacts(in: doc, unitFacts: unitFacts, source: source, index: index, context: context)
        }.flatMap { $0 }
    }

    /// Facts of the translation its source does not state for its markets.
    private func extraFacts(in doc: LintDocument, unitFacts: [[Fact]], source: LintDocument, index: SourceFacts, context: LintContext) -> [LintFinding] {
        let served = Set(context.markets(of: doc))
        let pageDates = Self.pageDates(doc, source: source)
        var findings: [LintFinding] = []
        var reported = Set<FactKey>()
        for (unit, facts) in zip(doc.units, unitFacts) {
            guard !facts.isEmpty else { continue }
            let named = context.mentions.markets(in: unit.text).intersection(served)
            let markets = named.isEmpty ? served : named
            for fact in facts where !reported.contains(fact.key) && !(fact.kind == .date && pageDates.contains(fact.hundredths)) {
                if index.states(fact.key, for: markets, in: source) || index.statesElsewhere(fact.key, for: markets) { continue }
                if fact.kind.isQuantity && (index.hasNumber(fact.hundredths, for: markets, in: source) || index.hasNumberElsewhere(fact.hundredths, for: markets)) { continue }
                reported.insert(fact.key)
                let expected = index.facts(in: source, for: markets).filter { Self.sameKind($0.kind, fact.kind) }
                let market = markets.count == 1 ? markets.first : nil
                findings.append(LintFinding(
                    rule: .facts, check: Self.check(fact.kind), doc: doc.key, lang: doc.lang, market: market, path: doc.path,
                    line: doc.line(of: fact.surface, fallback: unit.text),
                    message: "\(doc.key) says “\(fact.surface)”, which \(source.key) does not state for \(Self.list(markets))"
                        + (expected.isEmpty ? "" : " (it says \(Self.list(expected.map(\.surface))))"),
                    expected: expected.isEmpty ? nil : Self.list(expected.map(\.surface)), found: fact.surface))
            }
        }
        return findings
    }

    /// What the source says about exactly the translation's markets, missing from the translation.
    private func missingFacts(in doc: LintDocument, unitFacts: [[Fact]], source: LintDocument, index: SourceFacts, context: LintContext) -> [LintFinding] {
        guard !doc.markets.isEmpty, doc.markets.count <= 2 else { return [] }
        let stated = Set(unitFacts.joined().map(\.key))
        var findings: [LintFinding] = []
        var reported = Set<String>()
        for market in doc.markets {
            for item in index.specific(to: market, in: source) where !stated.contains(item.fact.key) && !reported.contains(item.fact.surface) {
                reported.insert(item.fact.surface)
                findings.append(LintFinding(
                    rule: .facts, check: "facts.missing", doc: doc.key, lang: doc.lang, market: market, path: doc.path,
                    line: doc.line(of: doc.stored.summary.title),
                    message: "\(source.key) says “\(item.fact.surface)” for \(market) (“\(Self.clip(item.text))”); \(doc.key) does not",
                    expected: item.fact.surface, found: nil))
            }
        }
        return findings
    }

    /// The dates a page gives about itself ("Updated 25 September 2026"): its own `updated`, the
    /// source's it declares, the source's. Each language version has its own; they are no facts.
    /// Also without the year: a year of another era ("6 พฤศจิกายน 2569") is not read as one.
    static func pageDates(_ doc: LintDocument, source: LintDocument) -> Set<Int> {
        let written = [doc.updated, doc.stored.metadata["source_updated"], source.updated, doc.stored.metadata["updated"]]
        let dates = written.compactMap { $0.flatMap(ISODate.init) }
        return Set(dates.map { $0.year * 10000 + $0.month * 100 + $0.day } + dates.map { $0.month * 100 + $0.day })
    }

    static func sameKind(_ a: Fact.Kind, _ b: Fact.Kind) -> Bool {
        switch (a, b) {
        case (.duration(let x), .duration(let y)): return x == y
        case (.amount(let x), .amount(let y)): return x == y
        case (.percent, .percent), (.date, .date), (.name, .name): return true
        default: return false
        }
    }

    /// facts.value for durations, amounts and percentages; facts.date and facts.name for the others.
    static func check(_ kind: Fact.Kind) -> String {
        switch kind {
        case .duration, .amount, .percent: return "facts.value"
        case .date: return "facts.date"
        case .name: return "facts.name"
        }
    }

    static func list<S: Sequence>(_ items: S) -> String where S.Element == String {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }.sorted().prefix(6).joined(separator: ", ")
    }

    static func clip(_ s: String) -> String { s.count > 90 ? String(s.prefix(90)) + "…" : s }
}

/// The facts of every source-language document, by the markets each sentence or row is about.
struct SourceFacts {
    struct Item { var fact: Fact; var markets: Set<String>; var text: String; var isRow: Bool }
    private var byDocument: [String: [Item]] = [:]
    /// fact → the markets some source document states it for (empty set = every market).
    private var anywhere: [FactKey: [Set<String>]] = [:]
    /// document → number (×100) → markets: numbers the source writes without a unit ("3 or 6
    /// interest-free instalments" where the translation says "3 o 6 meses sin intereses").
    private var numbers: [String: [Int: Set<String>]] = [:]
    private var numbersAnywhere: [Int: Set<String>] = [:]

    init(_ context: LintContext) {
        let sources = context.documents.filter { $0.lang == context.sourceLanguage }
        // Scanning is the costly part and independent per document: every core, then gathered in order.
        let scanner = context.factScanner(context.sourceLanguage)
        let scanned = sources.concurrentMap { doc in doc.units.map { scanner.facts(in: $0.text) } }
        for (doc, unitFacts) in zip(sources, scanned) {
            let served = Set(context.markets(of: doc))
            var items: [Item] = []
            for (unit, facts) in zip(doc.units, unitFacts) {
                guard !facts.isEmpty else { continue }
                var named = context.mentions.markets(in: unit.text)
                if named.isEmpty {
                    // A section whose heading names markets is about them ("### United States, Mexico, Japan and Singapore").
                    for heading in unit.headingPath.reversed() {
                        let m = context.mentions.markets(in: heading)
                        if !m.isEmpty { named = m; break }
                    }
                }
                let markets = named.isEmpty ? served : named.intersection(served)
                for fact in facts {
                    items.append(Item(fact: fact, markets: markets, text: unit.text, isRow: unit.kind == .row))
                    anywhere[fact.key, default: []].append(markets)
                }
            }
            byDocument[doc.key] = items
            for (unit, facts) in zip(doc.units, unitFacts) {
                // Numbers without a unit: every number of the text, less those that are facts.
                let written = Self.bareNumbers(unit.text)
                guard !written.isEmpty else { continue }
                let named = context.mentions.markets(in: unit.text)
                let markets = named.isEmpty ? served : named.intersection(served)
                var factValues = facts.map(\.hundredths)
                let bare = written.filter { n in
                    if let i = factValues.firstIndex(of: n) { factValues.remove(at: i); return false }
                    return true
                }
                for n in bare {
                    numbers[doc.key, default: [:]][n, default: []].formUnion(markets)
                    numbersAnywhere[n, default: []].formUnion(markets)
                }
            }
        }
    }

    func states(_ key: FactKey, for markets: Set<String>, in source: LintDocument) -> Bool {
        (byDocument[source.key] ?? []).contains { $0.fact.key == key && !$0.markets.isDisjoint(with: markets) }
    }

    func statesElsewhere(_ key: FactKey, for markets: Set<String>) -> Bool {
        (anywhere[key] ?? []).contains { !$0.isDisjoint(with: markets) }
    }

    func facts(in source: LintDocument, for markets: Set<String>) -> [Fact] {
        (byDocument[source.key] ?? []).filter { !$0.markets.isDisjoint(with: markets) }.map(\.fact)
    }

    func hasNumberElsewhere(_ hundredths: Int, for markets: Set<String>) -> Bool {
        numbersAnywhere[hundredths].map { !$0.isDisjoint(with: markets) } ?? false
    }

    func hasNumber(_ hundredths: Int, for markets: Set<String>, in source: LintDocument) -> Bool {
        numbers[source.key]?[hundredths].map { !$0.isDisjoint(with: markets) } ?? false
    }

    /// Facts of table rows that name `market` (and at most a few others): the market's own rule. A
    /// sentence naming several markets gives each its own figure, so only rows count.
    func specific(to market: String, in source: LintDocument) -> [Item] {
        (byDocument[source.key] ?? []).filter { $0.isRow && $0.fact.kind.isQuantity && $0.markets.contains(market) && $0.markets.count <= 6 }
    }

    /// Every number of a text, ×100, with or without a unit; not times and fractions (14:00, 24/7).
    static func bareNumbers(_ text: String) -> [Int] {
        let chars = Array(text.unicodeScalars)
        var out: [Int] = []
        var i = 0
        while i < chars.count {
            if FactScanner.digit(chars[i]) != nil {
                let (value, end) = FactScanner.number(chars, from: i)
                let joined = (i > 0 && (chars[i - 1] == ":" || chars[i - 1] == "/")) || (end < chars.count && (chars[end] == ":" || chars[end] == "/"))
                if !joined { out.append(value) }
                i = end
            } else {
                i += 1
            }
        }
        return out
    }
}
