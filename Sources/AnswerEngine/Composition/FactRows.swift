import Support
import KnowledgeStore
import Workspace

/// The rows of a policy's tables that state the customer's market's rule: in a document for several
/// markets, the row that names the market ("Singapore (SG) · Return window: 30 days · …"); in a
/// document for this market alone, the rows on the question's topic ("Rückgabefrist · 30 Tage").
///
/// They are found by the intent (its topic documents), not by ranking: the row that answers "how
/// many days do I have to send it back?" shares almost no word with it, and a table of sixteen
/// markets is cut into chunks that rank alike. What a row is about (a topic row, or a market table's
/// headers) is read from the taxonomy's answer plans where its facets tell (RowTopics), else by the
/// intent classifier, and only rows about the question's intent are kept, so that a payment-methods
/// table does not answer a failed payment.
struct FactRows: Sendable {
    let names: MarketNames
    let classifier: IntentClassifier
    /// Tells a row as a sentence of its language (templates per facet).
    let writer: RowWriter
    /// What a row is about by the taxonomy's answer plans, where they tell (else the classifier reads it).
    var rowTopics: RowTopics = .empty
    /// The least probability the classifier must give the question's intent for a row's topic (which
    /// must also be one of its two first choices).
    var minimumTopicScore = 0.15
    /// A row told as a pointer ("…場合は、下記の「リセット」をお試しください。") answers nothing itself.
    var navigation: NavigationText = .builtin

    /// A table row read once, before any question: what it says, its terms, whose rule it is and
    /// what it is about.
    struct Row: Sendable {
        var sentence: String
        /// The row's cells and language: told again with the question's answer plan.
        var row: TableRow
        var language: String
        var terms: Set<String>
        /// The terms of the table's heading and column headers (what a market's row is about).
        var headerTerms: Set<String> = []
        /// The document's markets when it serves one market only; else the market the row names first.
        var market: String?
        /// The row's own words choose it (a topic row), not only its market (a row of a market table).
        var topicRow: Bool
        /// What the classifier finds the row (or its table's headers) is about: its two best intents.
        var topics: [IntentScore]
        /// The table the row belongs to: its document and heading (a long table is cut into several chunks).
        var table = ""
        /// What the table's first column tells when its header names a facet ("Metoda płatności":
        /// the payment methods): the rows' subjects are then the options the table lists.
        var subjectFacet: AnswerFacet?
        /// The facet a topic row's subject is ("Rückgabefrist": the return window), which the answer
        /// plan may ask for in other words ("how long do I have?").
        var topicFacet: AnswerFacet?
        /// The terms of a topic row's subject ("PayPal"): a question naming them asks about this row.
        var subjectTerms: Set<String> = []
        /// The columns after the subject whose header names a facet, with the header's own words
        /// (`Column`): a question that uses them asks for that column.
        var columns: [Column] = []
    }

    /// A column of a row's table: the facet its header names and the header's terms that no other
    /// header of the table nor its heading has ("Corrieri"; not "spedizione" of "Tempi di consegna
    /// dalla spedizione" beside the subject column "Spedizione").
    struct Column: Sendable {
        var facet: AnswerFacet
        var terms: Set<String>
    }

    /// The columns of a row (`Row.columns`).
    private func columns(_ row: TableRow, headingTerms: Set<String>, language: String) -> [Column] {
        let labelTerms = row.cells.map { $0.label.map { Set(Searcher.indexTerms($0, language: language)) } ?? [] }
        return row.cells.indices.dropFirst().compactMap { k in
            guard let facet = row.cells[k].label.flatMap({ writer.lexicon.facet(of: $0, language: language) }) else { return nil }
            let others = labelTerms.indices.filter { $0 != k }.reduce(into: headingTerms) { $0.formUnion(labelTerms[$1]) }
            let own = labelTerms[k].subtracting(others)
            return own.isEmpty ? nil : Column(facet: facet, terms: own)
        }
    }

    /// The facets of the plan whose columns the question names, when they are only names the plan
    /// tells after its central facet ("Con quale corriere spedite?": the carrier), in the plan's
    /// order; nil otherwise. A row told with them alone says what was asked ("Con Standard, la
    /// consegna è affidata a BRT e Poste Italiane."); told whole, a FAQ sentence of the same delivery
    /// time, without the carriers, would stand for it (SayOnce gives way to the fuller figures).
    static func askedFacets(_ row: Row, plan: [AnswerFacet]?, queryTerms: Set<String>) -> [AnswerFacet]? {
        guard let plan else { return nil }
        let named = Set(row.columns.filter { !$0.terms.isDisjoint(with: queryTerms) }.map(\.facet))
        let asked = plan.filter(named.contains)
        guard !asked.isEmpty, asked.allSatisfy(namingFacets.contains), !asked.contains(plan[0]) else { return nil }
        return asked
    }

    /// Facets whose values are names (carriers, the warehouse's city), not figures.
    static let namingFacets: Set<AnswerFacet> = [.carrier, .shipsFrom]

    /// Reads the rows of some table chunks (the work that does not depend on the question).
    func prepare(_ tables: [SearchHit]) -> [Row] {
        var rows: [Row] = []
        for table in tables {
            let heading = table.headingPath.last ?? table.title
            let headingTerms = Set(Searcher.indexTerms(heading, language: table.lang))
            var tableTopic: [IntentScore]?   // a market table is about what its headers say, for every row
            let lines = table.text.split(separator: "\n")
            // A table of several markets has a market in the first cell of every row; a table of
            // warehouses ("Rotterdam (NL)", "Shenzhen (CN)") names a market here and there.
            let marketTable = lines.allSatisfy { names.mentioned(in: TableRow(String($0)).cells.first?.value ?? "").count == 1 }
            // A document for one market: its rows are that market's rules by topic — unless its table
            // lists every market's rule anyway, and then the market's own row is the rule.
            let single = table.markets.count == 1 && !marketTable ? table.markets.first : nil
            if single == nil, !marketTable { continue }
            for line in lines {
                let row = TableRow(String(line))
                guard let subject = row.cells.first?.value, row.cells.count >= 2 else { continue }
                let sentence = writer.sentence(row, language: table.lang)
                if navigation.isNavigation(sentence, language: table.lang) { continue }
                // What a row is about does not depend on how it is told: its topic is read from the
                // framed clauses ("Expressversand: Die Lieferzeit beträgt …"), not the subject-first form.
                let framed = writer.sentence(row, language: table.lang, subjectFirst: false)
                let terms = Set(Searcher.indexTerms(String(line).replacingExactly(" · ", with: " \n "), language: table.lang))
                if let single {
                    let topicFacet = writer.lexicon.facet(naming: subject, language: table.lang)
                    let topics = topicFacet.flatMap { rowTopics.topics(document: table.doc, facets: [$0]) }
                        ?? self.topics(of: heading + "\n" + framed, language: table.lang)
                    rows.append(Row(sentence: sentence, row: row, language: table.lang, terms: terms, market: single, topicRow: true,
                                    topics: topics, table: table.doc + "|" + table.headingPath.joined(separator: "|"),
                                    subjectFacet: row.cells.first?.label.flatMap { writer.lexicon.facet(of: $0, language: table.lang) },
                                    topicFacet: topicFacet, subjectTerms: Set(Searcher.indexTerms(subject, language: table.lang)),
                                    columns: columns(row, headingTerms: headingTerms, language: table.lang)))
                    continue
                }
                // Whose rule is it: a row of a several-market table names its market first.
                let named = names.mentioned(in: subject)
                guard named.count == 1, table.markets.isEmpty || table.markets.contains(named.first!) else { continue }
                let headers = heading + "\n" + row.cells.dropFirst().compactMap(\.label).joined(separator: ", ")
                if tableTopic == nil {
                    let facets = row.cells.dropFirst().compactMap { $0.label.flatMap { writer.lexicon.facet(of: $0, language: table.lang) } }
                    tableTopic = rowTopics.topics(document: table.doc, facets: facets) ?? topics(of: headers, language: table.lang)
                }
                rows.append(Row(sentence: sentence, row: row, language: table.lang, terms: terms.union(headingTerms),
                                headerTerms: Set(Searcher.indexTerms(headers, language: table.lang)),
                                market: named.first, topicRow: false, topics: tableTopic!,
                                columns: columns(row, headingTerms: headingTerms, language: table.lang)))
            }
        }
        return rows
    }

    /// - Parameters:
    ///   - rows: the prepared rows of the intent's topic documents, in the answer language.
    ///   - queryTerms: the question's index terms in that language (with glossary expansions).
    ///   - conceptWords: the question's own terms that name a glossary concept ("góp" of "trả góp").
    ///   - intentTerms: the intent's salient terms in that language (IntentVocabulary).
    ///   - plan: the intent's answer plan: the facets each row tells (nil: all of its columns).
    ///   - limit: how many rows at most.
    ///   - mainlyAbout: only rows whose first topic is the intent (not a returns row that also tells
    ///     of refunds, for a refund question the returns policy answers).
    func rows(_ rows: [Row], market: String, intent: String, queryTerms: Set<String>, conceptWords: Set<String> = [],
              intentTerms: Set<String>, plan: [AnswerFacet]? = nil, limit: Int = 2, mainlyAbout: Bool = false) -> [ToldSentence] {
        struct Scored { var sentence: String; var score: Double; var order: Int; var topicRow: TableRow?; var named = false; var told: [AnswerFacet]? }
        var scored: [Scored] = []
        for (order, row) in rows.enumerated() where row.market == market {
            // A topic row is chosen by the question's words, or by being the fact the answer plan puts
            // first, the intent's central one ("Rückgabefrist" answers "wie lange habe ich Zeit?");
            // a market's row by the market.
            let central = row.topicRow && row.topicFacet != nil && row.topicFacet == plan?.first
            // About the intent: the classifier's first choice, or a second not far behind (a shipping
            // table answers times and costs alike; a payment-methods table is not about failed payments).
            // Where it must be mainly about the intent, its central fact is too: "Bayaran balik: dalam
            // 10 hari bekerja …" answers how long a refund takes, though its words read as the returns policy.
            guard let first = row.topics.first, let topic = row.topics.first(where: { $0.intent == intent }),
                  topic.score >= minimumTopicScore, 4 * topic.score >= first.score, !mainlyAbout || first.intent == intent || central else { continue }
            // A market table mostly about another intent answers only when the question names one of
            // its columns ("how much is express?" of a shipping table, not "my card was declined" of a
            // payment-methods table).
            if !row.topicRow, first.intent != intent, queryTerms.isDisjoint(with: row.headerTerms) { continue }
            let fromQuery = queryTerms.intersection(row.terms).count
            let fromIntent = intentTerms.intersection(row.terms).count
            // A question that names a row's subject ("Kann ich mit PayPal bezahlen?") asks about that row,
            // before the rows that only share its other words ("bezahlen").
            let named = row.topicRow && !row.subjectTerms.isDisjoint(with: queryTerms) ? 2.0 : 0
            let planned = (central ? 3.0 : 0) + named
            if row.topicRow, fromQuery + fromIntent == 0, !central { continue }
            // A market table's row is the customer's market's rule: told without naming the market.
            // A question that names some of its columns is told those.
            let told = Self.askedFacets(row, plan: plan, queryTerms: queryTerms) ?? plan
            let sentence = row.topicRow
                ? (told == nil ? row.sentence : writer.sentence(row.row, language: row.language, plan: told))
                : writer.ownMarketSentence(row.row, language: row.language, plan: told, market: market, names: names)
            scored.append(Scored(sentence: sentence, score: 2 * Double(fromQuery) + Double(fromIntent) + 2 * topic.score + planned, order: order,
                                 topicRow: row.topicRow ? row.row : nil, named: named > 0, told: told))
        }
        if let options = options(rows, market: market, intent: intent, asked: queryTerms, conceptWords: conceptWords, plan: plan) {
            return [ToldSentence(text: options.sentence)]
        }
        // Rows whose subject the question names are what it asks about: "bisa bayar pakai GoPay?" is
        // told the GoPay row, not the cash-on-delivery one that shares "bayar".
        if scored.contains(where: \.named) { scored.removeAll { !$0.named } }
        guard let best = scored.map(\.score).max() else { return [] }
        // Rows well below the best one are other topics of the same table.
        let chosen = scored.filter { 2 * $0.score >= best }
            .sorted { $0.score != $1.score ? $0.score > $1.score : $0.order < $1.order }
            .prefix(limit).sorted { $0.order < $1.order }
        // Topic rows that say the same of different things are told as one (RowWriter.toldOnce).
        // (Told as one with the columns asked, when every row was asked the same.)
        let told = chosen.allSatisfy { $0.told == chosen.first?.told } ? chosen.first?.told ?? plan : plan
        return writer.toldOnce(chosen.map { ToldSentence(text: $0.sentence, rows: $0.topicRow.map { [$0] } ?? [], plan: told) },
                               language: rows.first?.language ?? "en")
    }

    /// A question about something the market's table of options does not have ("Can I pay in
    /// instalments?" where the methods are BLIK, Przelewy24, Visa, Mastercard and PayPal) names none
    /// of its rows — no word of it is in a few of them — and the rows the intent's words would pick
    /// answer another question. What answers is what there is: the options, listed in one sentence
    /// told as the facet the table's first column names, when the answer plan asks for that facet.
    /// So does a question that asks for the options in general. A question that names a concept of
    /// the glossary no row has ("Tôi có thể trả góp không?": "góp" is in no row, though "trả", pay,
    /// is in the cash-on-delivery one; "Can I pay with Klarna?" where there is no Klarna) asks about
    /// what the market lacks, whatever other words of it the rows share. Returns the sentence, the
    /// names, and whether the question asks for what the market lacks.
    /// - Parameter concepts: the glossary concepts the question names, with their terms in the rows'
    ///   language; `missing` in the result are those no option row has a term of ("instalments" where
    ///   the methods are BLIK, Przelewy24, …; not where Klarna, one of its terms, is a row) and that
    ///   share a term with `intentTerms`, the intent's own words (IntentVocabulary).
    func options(_ rows: [Row], market: String, intent: String, asked: Set<String>, conceptWords: Set<String> = [],
                 concepts: [String: Set<String>] = [:], namedBy: (String, String) -> Set<String> = { _, _ in [] },
                 intentTerms: Set<String> = [],
                 plan: [AnswerFacet]?) -> (sentence: String, names: [String], lacking: Bool, missing: [String])? {
        guard let plan else { return nil }
        let listing = rows.filter { $0.market == market && $0.topicRow && $0.subjectFacet.map(plan.contains) == true }
        guard let table = listing.first?.table else { return nil }
        let options = listing.filter { $0.table == table }
        // The table is about the intent: most of its rows have it among their two topics.
        let about = options.filter { $0.topics.contains { $0.intent == intent } }.count
        // A word of the question in a few of the rows asks about those ("with BLIK?", "my card"); one
        // in most of them is the table's own subject ("pay").
        let lacking = conceptWords.contains { word in !options.contains { $0.terms.contains(word) } }
        let specific = !lacking && asked.contains { term in
            let rows = options.filter { $0.terms.contains(term) }.count
            return rows > 0 && 2 * rows <= options.count
        }
        guard options.count >= 2, 2 * about > options.count, !specific, let facet = options.first?.subjectFacet else { return nil }
        let names = options.compactMap { $0.row.cells.first?.value }
        // A concept is missing where none of this market's options has a term of it, and it is one
        // of the intent's own (its words mark the intent: "instalments" a payment question); one of
        // another topic ("express" in a question about paying) is not the table's to deny.
        // A word of a concept's term that most options share ("bayar" of "bayar cicil") is the
        // table's subject, not what tells the concept's options from the others; of the rest, the
        // intent's own words decide where there are any ("góp" of "trả góp", not "trả", which the
        // cash-on-delivery row says too).
        // Nor is one an option's name names ("บัตร Visa / Mastercard" names no "บัตรเครดิต", yet it
        // is the credit card a customer without one asks around).
        let named = lacking ? options.reduce(into: Set<String>()) { $0.formUnion(namedBy($1.row.cells.first?.value ?? "", $1.language)) } : []
        let missing = lacking ? concepts.filter { id, terms in
            let rare = terms.filter { term in 2 * options.filter { $0.terms.contains(term) }.count <= options.count }
            let marked = rare.intersection(intentTerms)
            let own = marked.isEmpty ? rare : marked
            return !own.isEmpty && !options.contains { !$0.terms.isDisjoint(with: own) } && !terms.isDisjoint(with: intentTerms) && !named.contains(id)
        }.keys.sorted() : []
        return writer.optionsSentence(names, facet: facet, language: options[0].language).map { ($0, names, lacking, missing) }
    }

    /// The two intents the classifier finds a text most about (a shipping table answers times and costs).
    private func topics(of text: String, language: String) -> [IntentScore] {
        Array(classifier.classify(text, language: language).alternatives.prefix(2))
    }
}
