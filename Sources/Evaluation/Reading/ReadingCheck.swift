import Support
import AnswerEngine
import Foundation
import Linguistics
import Workspace

/// How an answer reads, checked sentence by sentence (issue: answers a customer would be glad to
/// read): facts stated twice (in the same figures, the same sentence or other words), another
/// market's rules, navigation text ("See …", "Read more"), table syntax left from a KB table ("—",
/// "; Key:"), and the length against the budget. Pure; reported per case and per market, apart
/// from pass/fail (only an evalset's `max_sentences` fails a case).
public struct ReadingCheck: Sendable {
    let markets: [String: Market]
    let names: MarketNames
    let navigation: NavigationText
    /// The engine's greeting and closing per language and market: the lines of the voice the answer
    /// was written in, which is not the market's own when it answers in another language.
    let phrases: PhraseBook
    /// What the checks find in a sentence, per language and sentence: answers repeat the KB's
    /// sentences and the market's lines, so most were read for an earlier answer.
    private let sentenceReadings = Memo<SentenceReading>()

    struct SentenceReading: Sendable {
        var named: Set<String>
        var statesNumber: Bool
        var navigation: Bool
        var tableSyntax: Bool
    }

    /// The budget when neither the case (`max_sentences`) nor the market (`answer_length`) gives one.
    public static let defaultBudget = 6

    /// - Parameter phrases: the engine's phrases (`AnswerEngine.phraseBook`); default kbkit's and
    ///   the markets' voices.
    public init(markets: [String: Market], phrases: PhraseBook? = nil, navigation: NavigationText = .builtin) {
        self.markets = markets
        self.phrases = phrases ?? PhraseBook(markets: Array(markets.values))
        names = MarketNames(markets: markets.keys.sorted(), languages: Array(Set(markets.values.flatMap(\.languages))).sorted())
        self.navigation = navigation
    }

    public func check(_ answer: String, language: String, market id: String, maxSentences: Int? = nil) -> ReadingOutcome {
        let lines = body(answer, language: language, market: markets[id])
        let sentences = lines.flatMap { $0 }
        var out = ReadingOutcome(sentences: sentences.count,
                                 budget: maxSentences ?? markets[id]?.maxAnswerSentences ?? Self.defaultBudget)
        // Stated twice: its figures or the sentence itself again (`StatedFacts`), what the sentences
        // before it said between them in other words (`SayOnce.restatements`), or what another
        // sentence says with more (`SayOnce.toldWithMore`).
        let repeated = Set(StatedFacts.repeats(in: sentences)).union(SayOnce.restatements(in: sentences, language: language))
            .union(SayOnce.toldWithMore(in: sentences, language: language))
        out.repeatedFacts = repeated.sorted().map { sentences[$0] }
        for s in sentences {
            let read = sentenceReadings.value(language + "|" + s) {
                SentenceReading(named: names.mentioned(in: Self.withoutPlaceQualifiers(s)), statesNumber: s.contains(where: \.isNumber),
                                navigation: navigation.isNavigation(s, language: language), tableSyntax: Self.hasTableSyntax(s))
            }
            // Another market's rule: a sentence that names other markets, not this one, and states a figure.
            if !read.named.isEmpty, !read.named.contains(id), read.statesNumber { out.otherMarkets.append(s) }
            if read.navigation { out.navigation.append(s) }
            if read.tableSyntax { out.tableSyntax.append(s) }
        }
        let flagged = Set(out.tableSyntax)
        out.tableSyntax += lines.flatMap { Self.labelsAcrossSentences($0, flagged: flagged) }
        return out
    }

    /// The sentence without the countries that only say where a place is ("Los pedidos salen de
    /// Rotterdam (Países Bajos)", "Los Ángeles (EE. UU.)"): a warehouse in another market is not that
    /// market's rule. A parenthesis of at most three words right after a capitalised word goes.
    static func withoutPlaceQualifiers(_ sentence: String) -> String {
        guard sentence.contains("(") else { return sentence }
        var out = ""
        var rest = sentence[...]
        while let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
            let before = rest[..<open]
            let inside = rest[rest.index(after: open)..<close]
            let place = before.hasSuffix(" ") && (before.dropLast().split(separator: " ").last?.first?.isUppercase ?? false)
                && inside.split(separator: " ").count <= 3
            out += place ? String(before) : String(rest[...close])
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// Two sentences of a line that read as one table row: "A: x B: y" where nothing but a space
    /// ends the first. Thai ends its sentences with a space, so a row told as "Label: value" after
    /// another is a table's cells run together although each sentence alone has one colon. Where a
    /// sentence ends with a mark ("Zoll: fällt nicht an. Einfuhr…: …"), the mark is clause
    /// punctuation and no label spans the two. `flagged`: the sentences found with table syntax alone.
    static func labelsAcrossSentences(_ line: [String], flagged: Set<String>) -> [String] {
        zip(line, line.dropFirst()).compactMap { first, second in
            guard !flagged.contains(first), !flagged.contains(second) else { return nil }
            let pair = first + " " + second
            return LabelColons.labelAfterLabel(in: pair) ? pair : nil
        }
    }

    /// The answer's sentences, line by line, without the market's greeting and closing. The other
    /// set lines (empathy, the request for an order number, a handoff) count: the composer's budget
    /// counts them too, and the customer reads them.
    func body(_ answer: String, language: String, market: Market?) -> [[String]] {
        var text = answer
        let voice = phrases.phrases(language, market: market?.id)
        for line in [voice[.greeting], voice[.closing]].compactMap({ $0 }) where !line.isEmpty {
            text = text.replacingExactly(line, with: "\n")
        }
        return text.split(separator: "\n").map { line in
            Sentences.asRead(String(line), language: language)   // trimmed by the split
                .filter { $0.contains(where: { $0.isLetter || $0.isNumber }) }
        }.filter { !$0.isEmpty }
    }

    /// A KB table's cells run together: "Standard — Delivery: 3–6 days; Cost: free", "Good to know?: …",
    /// "A · B", a lone "—" as a value, a row's subject before a column's label ("Shipped: changing the
    /// address: no").
    static func hasTableSyntax(_ s: String) -> Bool {
        if s.containsExactly(" · ") || s.containsExactly(" | ") || s.containsExactly("?: ") || s.containsExactly(": —") || s.containsExactly(": –;") { return true }
        if LabelColons.labelAfterLabel(in: s) { return true }
        // "; Key:" or "— Key:": a separator followed by a short label and a colon.
        for separator in ["; ", " — ", "；"] {
            var from = s.startIndex
            while let r = s.rangeExactly(of: separator, from: from) {
                let after = s[r.upperBound...]
                if let colon = after.firstIndex(where: { $0 == ":" || $0 == "：" }) {
                    let label = after[..<colon]
                    if !label.isEmpty, label.count <= 40, label.split(separator: " ").count <= 5,
                       !label.contains(where: { ".;,!?。".contains($0) }) { return true }
                }
                from = r.upperBound
            }
        }
        return false
    }
}

/// What the reading checks found in one answer (`reading` of a case in report.json).
public struct ReadingOutcome: Sendable, Codable, Equatable {
    /// Sentences of the answer's body (greeting and closing excluded).
    public var sentences: Int
    /// The most sentences it may have: the case's `max_sentences`, the market's budget, or the default.
    public var budget: Int
    public var repeatedFacts: [String] = []
    public var otherMarkets: [String] = []
    public var navigation: [String] = []
    public var tableSyntax: [String] = []

    public init(sentences: Int, budget: Int) { self.sentences = sentences; self.budget = budget }

    public var overBudget: Bool { sentences > budget }
    /// How many problems: one per offending sentence, and one for an answer over its budget.
    public var problems: Int { repeatedFacts.count + otherMarkets.count + navigation.count + tableSyntax.count + (overBudget ? 1 : 0) }

    enum CodingKeys: String, CodingKey {
        case sentences, budget, repeatedFacts = "repeated_facts", otherMarkets = "other_markets", navigation
        case tableSyntax = "table_syntax"
    }
}

/// Per group of cases: how many answers have each problem (`reading` of a market's metrics).
public struct ReadingMetrics: Sendable, Codable, Equatable {
    public var answers: Int
    public var repeatedFacts: Int
    public var otherMarkets: Int
    public var navigation: Int
    public var tableSyntax: Int
    public var overBudget: Int
    /// The share of answers with none of these problems.
    public var cleanRate: Double

    public init(_ outcomes: [ReadingOutcome]) {
        answers = outcomes.count
        repeatedFacts = outcomes.filter { !$0.repeatedFacts.isEmpty }.count
        otherMarkets = outcomes.filter { !$0.otherMarkets.isEmpty }.count
        navigation = outcomes.filter { !$0.navigation.isEmpty }.count
        tableSyntax = outcomes.filter { !$0.tableSyntax.isEmpty }.count
        overBudget = outcomes.filter(\.overBudget).count
        cleanRate = outcomes.isEmpty ? 1 : (Double(outcomes.filter { $0.problems == 0 }.count) / Double(outcomes.count) * 10_000).rounded() / 10_000
    }

    enum CodingKeys: String, CodingKey {
        case answers, repeatedFacts = "repeated_facts", otherMarkets = "other_markets", navigation, tableSyntax = "table_syntax"
        case overBudget = "over_budget", cleanRate = "clean_rate"
    }

    /// The figures a gate may bound, by their names in the report (`reading:` in gate.yaml).
    public var named: [(name: String, value: Double)] {
        [(CodingKeys.repeatedFacts.rawValue, Double(repeatedFacts)), (CodingKeys.otherMarkets.rawValue, Double(otherMarkets)),
         (CodingKeys.navigation.rawValue, Double(navigation)), (CodingKeys.tableSyntax.rawValue, Double(tableSyntax)),
         (CodingKeys.overBudget.rawValue, Double(overBudget)), (CodingKeys.cleanRate.rawValue, cleanRate)]
    }
}
