import Support
import Workspace
import Foundation
import KnowledgeStore
import Linguistics

/// Picks the sentences of the retrieved chunks that answer the question — not whole chunks:
/// sentences (and table rows, list items) are scored by the query terms they contain, by whether they
/// carry facts (numbers, amounts), by the rank of their chunk, and by market affinity: in a document
/// serving several markets, what names another market but not the customer's is left out.
struct AnswerSelector: Sendable {
    let names: MarketNames
    let classifier: IntentClassifier
    let writer: RowWriter
    let navigation: NavigationText
    let yesNo: YesNo
    var maxSentences = 4
    /// Chunks as selection reads them, by chunk id and text length (a chunk's text changes only with
    /// a new index, and then its length almost surely does).
    private let readings = Memo<ChunkReading>()

    init(names: MarketNames, classifier: IntentClassifier, writer: RowWriter, navigation: NavigationText = .builtin, yesNo: YesNo = .builtin,
         maxSentences: Int = 4) {
        self.names = names
        self.classifier = classifier
        self.writer = writer
        self.navigation = navigation
        self.yesNo = yesNo
        self.maxSentences = maxSentences
    }

    /// A chunk as selection reads it, read the first time it is asked for (or by `AnswerEngine.prepare`).
    func reading(_ hit: SearchHit) -> ChunkReading {
        readings.value("\(hit.chunk)|\(hit.text.utf8.count)") {
            ChunkReading(hit, names: names, classifier: classifier, writer: writer, navigation: navigation)
        }
    }

    /// What a list item that matches only by its heading weighs less than one matching as much by its
    /// own words.
    static let inheritedMatch = 0.25

    /// The part of the best candidate's score a sentence needs in an answer to one question.
    static let fillerShare = 0.3

    struct Candidate {
        var text: String
        var score: Double
        var order: Int
        /// A row of the customer's market in a table of several markets.
        var ownRow = false
        /// Names several markets and gives figures ("30 days in the US…; 15 days in Thailand…").
        var severalMarketsFigures = false
        /// `AnswerSelector.key(text)`: the piece's own when it is told as read, made once per chunk.
        var key: String
        /// The table row the piece tells as it is (not retold for a market), for `RowWriter.toldOnce`.
        var row: TableRow? = nil
        /// Opens by referring to the piece before it in its chunk (`order - 1`).
        var refersBack = false
        /// The FAQ question the piece answers (ChunkReading.question), for `ToldSentence.question`.
        var question: String? = nil
        /// The procedure the piece is a step of, by its index in `Pool.procedures`.
        var procedure: Int? = nil
    }

    /// What selection chooses from: the scored candidates, and the steps of the procedures some of
    /// them are steps of, each told as a candidate would be.
    struct Pool {
        var candidates: [Candidate] = []
        var procedures: [[Candidate]] = []
    }

    /// The analysed words of a hit's document title.
    private func titleTerms(_ hit: SearchHit) -> Set<String> {
        Set(Searcher.indexTerms(hit.title, language: hit.lang))
    }

    /// A sentence (no table row) told for the customer's market, with the markets it then names: a
    /// list item keyed by the market under a heading that names a facet ("Carriers" · "- United
    /// Kingdom: Royal Mail or Evri …") is the market's row of the heading's column ("We ship with
    /// Royal Mail or Evri …"), and a sentence listing several markets' figures keeps the market's
    /// (MarketClauses).
    /// A FAQ answer's item ("支持哪些付款方式？" · "新加坡：PayNow、Visa…") is read under its question
    /// as under a heading: the question names the facet (`question`).
    private func forMarket(_ sentence: String, mentioned: Set<String>, hit: SearchHit, question: String?, market: String,
                           plan: [AnswerFacet]?) -> (String, Set<String>) {
        if mentioned == [market],
           let told = [hit.headingPath.last, question].lazy.compactMap({ $0 }).compactMap({ heading in
               Self.marketItem(sentence, heading: heading, market: market, language: hit.lang, plan: plan, writer: self.writer, names: self.names)
           }).first {
            return (told, mentioned)
        }
        if mentioned.count > 1, mentioned.contains(market),
           let own = MarketClauses.own(sentence, market: market, and: writer.phrases.phrases(hit.lang)[.rowAnd] ?? " and ", names: names) {
            return (own, [market])
        }
        return (sentence, mentioned)
    }

    /// A list item's label and facts when its label, of a few words, names the customer's market
    /// alone ("United Kingdom: Klarna and Clearpay"); nil otherwise.
    static func marketLabelled(_ text: String, market: String, names: MarketNames) -> (label: String, value: String)? {
        guard let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        let label = String(text[..<colon]).trimmedOfWhitespace
        let value = String(text[text.index(after: colon)...]).trimmedOfWhitespace
        guard !label.isEmpty, label.split(separator: " ").count <= 4, names.mentioned(in: label) == [market], !value.isEmpty else { return nil }
        return (label, value)
    }

    /// A "Market: facts" list item of the customer's market told as the market's row of the
    /// heading's column, when the heading names a facet whose clause is phrased; nil otherwise.
    static func marketItem(_ text: String, heading: String, market: String, language: String, plan: [AnswerFacet]?,
                           writer: RowWriter, names: MarketNames) -> String? {
        guard let (label, told) = marketLabelled(text, market: market, names: names),
              let facet = writer.lexicon.facet(of: heading, language: language),
              let template = writer.phrases.phrases(language)[.row(facet)], template.trimmedOfWhitespace != "{value}" else { return nil }
        var value = told
        if let last = value.last, ".。".contains(last) { value.removeLast() }
        // A clause takes a figure or a short fact, not a sentence of its own ("订单金额满 S$50.00 即享…").
        let unspaced = value.unicodeScalars.contains(where: IntentFeaturizer.isUnspaced)
        guard !value.contains(";"), !value.containsExactly(". "), !unspaced || value.count <= 12 else { return nil }
        let row = TableRow(cells: [TableRow.Cell(label: nil, value: label), TableRow.Cell(label: heading, value: value)])
        return writer.ownMarketSentence(row, language: language, plan: plan, market: market, names: names)
    }

    /// A "Market: facts" list item of the customer's market told with its heading as the label
    /// (the row template's `cell`); nil when the item has no such label.
    static func headedItem(_ text: String, heading: String, market: String, language: String, writer: RowWriter, names: MarketNames) -> String? {
        // (A label is a name, not a clause: "日本向けのご注文は、すべて関税込み配送（DDP：…" has its colon
        // inside a parenthesis.)
        guard let (label, value) = marketLabelled(text, market: market, names: names), !label.contains(where: { "(（、,，".contains($0) }),
              names.mentioned(in: heading).isEmpty else { return nil }
        let template = writer.phrases.phrases(language)[.rowCell] ?? "{label}: {value}"
        return template.replacingExactly("{label}", with: heading).replacingExactly("{value}", with: value)
    }

    /// - Parameter terms: the query's own analyzed terms in the hits' language (SearchResult.queries).
    /// - Parameter minimumOverlap: how many query terms a sentence must share (2 for questions of no
    ///   known intent, so that one common word does not make an answer).
    /// - Parameter already: sentences the answer has already (the market's fact rows): not repeated;
    ///   up to `maxSentences` others join them.
    /// - Parameter expansions: the glossary's terms for the query's concepts, which count half: the
    ///   product name that "lantern" expands to matches every sentence about the product.
    /// - Parameter intentTerms: the words that mark the question's intent (IntentVocabulary); they count
    ///   half in what a FAQ question says, so that "My payment failed?" answers "my card was declined".
    /// - Parameter intent: the question's intent; a FAQ question about another intent passes on none
    ///   of its match ("My lantern doesn't react" shares "lantern" with a returns question).
    /// - Parameter listed: the names of options the answer has listed already (FactRows.options): a
    ///   sentence naming them all says the list again in other words.
    /// - Parameter limit: how many sentences at most (the market's length budget less the rows);
    ///   nil: `maxSentences`.
    /// A sentence that only repeats figures the answer already states (StatedFacts) is left out, and
    /// so is navigation text ("See …", "Read more").
    /// - Parameter plan: the intent's answer plan, which the customer's market's row of a table of
    ///   several markets tells (a cost question gets the costs, not the carriers); nil: every column.
    /// - Parameter topics: the intent's documents (its usual answers). A sentence of another document
    ///   shares two of the question's words, not one: "Hàng bị giữ tại hải quan … 2–5 ngày làm việc"
    ///   is no answer to when a refund arrives for sharing "ngày làm việc". Empty: every document alike.
    /// - Parameter beyondTitle: every sentence shares a word with the question beyond its document's
    ///   title (a manual quoted in another language, which the question reaches through the product's
    ///   name: "SKU MG-PS50, Digital luggage scale …" shares only "luggage scale").
    /// - Parameter statedElsewhere: what the message's other requests answer: a sentence stating only
    ///   their figures takes none of this request's share of the budget.
    /// - Parameter oneQuestion: the text asks one thing: a sentence scoring under `fillerShare` of the
    ///   best one answers something else ("Biaya pengiriman ekspres selalu Rp95.000" to the standard
    ///   rate). Not for several questions, whose second's sentences may all score below the first's.
    /// - Parameter steps: the question is one only manuals answer: a list item under a heading that
    ///   names what is asked answers as the heading does (a procedure's steps rarely repeat its name).
    /// - Parameter share: the part of the best hit's score a hit needs to be read (the league); a
    ///   weak match elsewhere is no answer. 0 reads every hit: a search within the intent's documents
    ///   for a named product, whose names can score one chunk far above the rest (a list of the
    ///   products' tips at 95, the warranty's own terms at 43).
    func select(hits: [SearchHit], terms: Set<String>, expansions: Set<String> = [], intentTerms: Set<String> = [], intent: String? = nil,
                market: String, minimumOverlap: Int = 1, already: [String] = [], listed: [String] = [], limit: Int? = nil,
                plan: [AnswerFacet]? = nil, topics: Set<String> = [], beyondTitle: Bool = false, amounts: [AmountBounds.Stated] = [],
                statedElsewhere: [String] = [], oneQuestion: Bool = false, steps: Bool = false, league share: Double = 0.5) -> [ToldSentence] {
        guard let top = hits.first?.score else { return [] }
        let expansions = expansions.subtracting(terms)
        let ask = Ask(terms: terms, expansions: expansions, intentTerms: intentTerms.subtracting(terms).subtracting(expansions), intent: intent,
                      market: market, minimumOverlap: minimumOverlap, given: Set(already.map(Self.key)), listed: listed, plan: plan,
                      topics: topics, beyondTitle: beyondTitle, amounts: amounts, steps: steps)
        // Only chunks in the league of the best one: a weak match elsewhere is not an answer.
        let league = Array(hits.prefix(6).filter { $0.score >= share * top })
        let language = hits.first?.lang ?? "en"
        let chosen = Self.choose(pool(in: league, ask), already: already, elsewhere: statedElsewhere, budget: limit ?? maxSentences,
                                 fillerShare: oneQuestion ? Self.fillerShare : 0, language: language)
        return inAnswerOrder(chosen, already: already, language: language)
    }

    /// What `select` weighs a piece by: the question's words and the answer so far.
    struct Ask {
        var terms: Set<String>
        /// The glossary's terms for the query's concepts, not among `terms`.
        var expansions: Set<String>
        /// The intent's marking words, among neither.
        var intentTerms: Set<String>
        var intent: String?
        var market: String
        var minimumOverlap: Int
        /// The keys of the sentences the answer already holds.
        var given: Set<String>
        var listed: [String]
        var plan: [AnswerFacet]?
        var topics: Set<String>
        var beyondTitle: Bool
        /// The amounts the customer stated ("more than £135"): a rule keyed on an amount outside
        /// them is not theirs (AmountBounds).
        var amounts: [AmountBounds.Stated] = []
        /// A question only manuals answer: list items inherit their heading's match (`select`'s `steps`).
        var steps = false

        /// How many of the question's words a text shares (a concept's other terms count half).
        func overlap(_ other: Set<String>) -> Double {
            Double(terms.intersection(other).count) + 0.5 * Double(expansions.intersection(other).count)
        }
    }

    /// Every piece of the league's chunks that may answer, told for the customer's market and scored,
    /// and the procedures they are steps of.
    private func pool(in league: [SearchHit], _ ask: Ask) -> Pool {
        var pool = Pool()
        var order = 0
        let readings = league.map(reading)
        let unavailable = Self.unavailable(in: zip(league, readings).map { ($0.0.lang, $0.1) }, market: ask.market, names: names, yesNo: yesNo)
        for (rank, (hit, reading)) in zip(league, readings).enumerated() {
            let multiMarket = hit.markets.count != 1
            // A section headed by other markets only ("México", "Estados Unidos") is theirs.
            if multiMarket, !reading.contextMarkets.isEmpty, !reading.contextMarkets.contains(ask.market) { continue }
            // A FAQ answer answers its question: its sentences inherit the question's match (the first
            // two fully, the rest half), since they rarely repeat the question's words. (Sections
            // inheriting their heading's match the same way answered worse on the evalsets.)
            let sameQuestion = ask.intent == nil || ask.intent == classifier.outOfScope || reading.questionIntents.contains(ask.intent!)
            let required = Double(!ask.topics.isEmpty && !ask.topics.contains(hit.doc) ? max(ask.minimumOverlap, 2) : ask.minimumOverlap)
            let questionOverlap = hit.kind == .faq && sameQuestion
                ? ask.overlap(reading.questionTerms) + 0.5 * Double(ask.intentTerms.intersection(reading.questionTerms).count) : 0
            // The first sentence of a FAQ answer replies to its own question ("Alma n'a pas accepté le
            // paiement fractionné pour cette commande.", "Non dovrebbe mai succedere."): quoted for
            // another question, it replies to nothing that was asked — unless it states a figure.
            let reply = hit.kind == .faq && !sameQuestion ? reading.pieces.firstIndex { !($0.text.last.map { "?？".contains($0) } ?? false) } : nil
            // Read once per hit: the question's words beyond the title decide each piece.
            let questionWords = ask.beyondTitle ? ask.terms.union(ask.expansions) : []
            let title = ask.beyondTitle ? titleTerms(hit) : []
            let firstOrder = order + 1, firstCandidate = pool.candidates.count
            for (pieceIndex, p) in reading.pieces.enumerated() {
                order += 1
                if pieceIndex == reply, !p.hasNumber, p.row == nil { continue }
                guard !ask.given.contains(p.key), !p.navigation, !Self.names(all: ask.listed, in: p.text) else { continue }
                // A question is never an answer: a FAQ question or a heading written as one, run into
                // a section's text ("Quels sont les délais de livraison ? En livraison standard…").
                if p.row == nil, let last = p.text.last, "?？".contains(last) { continue }
                if !ask.amounts.isEmpty, AmountBounds.builtin.excludes(subject: Self.subject(of: p), customer: ask.amounts, language: hit.lang) { continue }
                guard let (piece, mentioned) = told(p, hit: hit, question: reading.question.isEmpty ? nil : reading.question, ask: ask, unavailable: unavailable) else { continue }
                // Another market's rule is never the answer: a row or sentence naming other markets but
                // not the customer's is left out (and a table row so even in a page for one market,
                // which may list every market's rule).
                if multiMarket || hit.kind == .table, !mentioned.isEmpty, !mentioned.contains(ask.market) { continue }
                if ask.beyondTitle, questionWords.intersection(p.terms).isSubset(of: title) { continue }
                // A FAQ answer to another intent's question ("Mon paiement a échoué ?") shares the
                // question's own words, not only its concepts' other terms: "plusieurs fois" reaches
                // "paiement fractionné" in its list of a refused payment's causes.
                let otherQuestion = hit.kind == .faq && !sameQuestion && !reading.questionIntents.isEmpty && p.row == nil
                // A list item under a heading that names what is asked ("清洁与保养" · "- 在杯中加入温水和一滴
                // 洗洁精。") answers as the heading does: a procedure's steps rarely repeat its name.
                // (At most the least a candidate needs, and after what says it in its own words.)
                let own = otherQuestion ? Double(ask.terms.intersection(p.terms).count) : ask.overlap(p.terms)
                // So does a section's first sentence, which says what its heading names ("9. リセット" ·
                // "…電源ボタンを10秒間長押ししてください。").
                let underHeading = p.listItem || pieceIndex == 0 && p.row == nil && hit.kind == .section
                let heading = ask.steps && underHeading ? min(1, ask.overlap(reading.headingTerms)) : 0
                let inherited = heading > own
                let overlap = max(own, heading) + (pieceIndex < 2 ? questionOverlap : questionOverlap / 2)
                let ours = mentioned.contains(ask.market) && multiMarket
                guard overlap >= required || (ours && hit.kind == .table && overlap > 0) else { continue }
                let score = Self.score(p, told: piece, overlap: overlap, rank: rank, ours: ours, in: hit) - (inherited ? Self.inheritedMatch : 0)
                // A heading of no known facet labels the market's item instead of the market, which the
                // customer knows: "Instalments and pay later: Klarna and Clearpay.", not "United Kingdom: …".
                // (Told so, it is still the fact it was: the same row elsewhere is the same piece.)
                let headed = p.row == nil && mentioned == [ask.market] ? hit.headingPath.last.flatMap {
                    Self.headedItem(piece, heading: $0, market: ask.market, language: hit.lang, writer: writer, names: names)
                } : nil
                pool.candidates.append(Candidate(text: headed ?? piece, score: score, order: order, ownRow: ours && hit.kind == .table,
                                                 severalMarketsFigures: multiMarket && mentioned.count > 1 && p.hasNumber,
                                                 key: piece == p.text ? p.key : Self.key(piece), row: piece == p.text ? p.row : nil,
                                                 refersBack: p.refersBack, question: reading.question.isEmpty ? nil : reading.question))
            }
            addProcedures(reading, hit: hit, ask: ask, unavailable: unavailable, firstOrder: firstOrder, candidatesFrom: firstCandidate, into: &pool)
        }
        return pool
    }

    /// The chunk's procedures that a candidate is a step of, told as candidates into the pool, and
    /// those candidates marked with their procedure's index there (a procedure no candidate is a
    /// step of is not told: nothing would bring it). A step the answer holds already, or that points
    /// elsewhere, is not told again.
    /// - Parameters:
    ///   - firstOrder: the `order` of the chunk's first piece (a piece's order less it is its index).
    ///   - candidatesFrom: the index of the chunk's first candidate in the pool.
    private func addProcedures(_ reading: ChunkReading, hit: SearchHit, ask: Ask, unavailable: Set<String>, firstOrder: Int,
                               candidatesFrom: Int, into pool: inout Pool) {
        for run in reading.procedures {
            let members = pool.candidates.indices.dropFirst(candidatesFrom).filter { run.contains(pool.candidates[$0].order - firstOrder) }
            guard !members.isEmpty else { continue }
            let steps = run.compactMap { i -> Candidate? in
                let p = reading.pieces[i]
                guard !ask.given.contains(p.key), !p.navigation, let (piece, _) = told(p, hit: hit, question: reading.question.isEmpty ? nil : reading.question, ask: ask, unavailable: unavailable) else { return nil }
                return Candidate(text: piece, score: 0, order: firstOrder + i, key: piece == p.text ? p.key : Self.key(piece))
            }
            for c in members { pool.candidates[c].procedure = pool.procedures.count }
            pool.procedures.append(steps)
        }
    }

    /// What a piece states its rule of: a row's first cell, or a sentence's label before its colon
    /// ("Orders up to £135.00: UK VAT is included …"); empty for a sentence without one.
    static func subject(of p: ChunkReading.Piece) -> String {
        if let first = p.row?.cells.first?.value { return first }
        guard let colon = p.text.range(of: ": ") ?? p.text.range(of: "：") else { return "" }
        let label = p.text[..<colon.lowerBound]
        return label.count <= 60 ? String(label) : ""
    }

    /// A piece as the customer's market reads it, with the markets it then names; nil when it says
    /// nothing to this question in this market.
    private func told(_ p: ChunkReading.Piece, hit: SearchHit, question: String?, ask: Ask, unavailable: Set<String>) -> (String, Set<String>)? {
        let market = ask.market
        var mentioned = p.mentioned
        // A row whose subject is the customer's market, alone or among several, is told as the
        // customer's market's rule, which names no market; another row for several markets
        // (a method × market matrix) names the customer's market only.
        var piece = p.text
        if let row = p.row, mentioned.contains(market), let subject = row.cells.first?.value {
            if names.mentioned(in: subject).contains(market) {
                piece = writer.ownMarketSentence(row, language: hit.lang, plan: ask.plan, market: market, names: names)
            } else if let own = Self.marketColumn(of: row, market: market, names: names) {
                // Such a row answers a question about its subject ("Can I pay with FPX?") only:
                // to "which methods can I use?" it would add "FPX: no" for another market's method.
                guard !ask.terms.isDisjoint(with: Searcher.indexTerms(subject, language: hit.lang)) else { return nil }
                piece = writer.sentence(own, language: hit.lang)
            } else if mentioned.count > 1, !names.mentioned(in: subject).isEmpty,
                      let name = Locale(identifier: hit.lang).localizedString(forRegionCode: market) {
                // (A subject that names no market — a warehouse, "Shenzhen (CN)" serving a list
                // of markets — stays the subject: "United Kingdom: Serves – United Kingdom, …"
                // said nothing.)
                piece = writer.sentence(row, language: hit.lang, subject: .named(name))
            }
        }
        if p.row == nil { (piece, mentioned) = forMarket(piece, mentioned: mentioned, hit: hit, question: question, market: market, plan: ask.plan) }
        // A sentence takes one label's colon ("Changer de mode : appuyez … : blanc → …").
        if p.row == nil, LabelColons.labelAfterLabel(in: piece) {
            piece = LabelColons.firstLabelOnly(piece, dash: writer.phrases.phrases(hit.lang)[.rowDash] ?? " – ")
        }
        // A row about several things, some of which the market does not have ("FPX, PayNow:
        // charged at once" in Singapore, whose matrix says no to FPX), is told of the others.
        if let row = p.row, !unavailable.isEmpty, Self.marketColumn(of: row, market: market, names: names) == nil,
           let told = Self.without(unavailable, row: row) {
            guard !told.cells[0].value.isEmpty else { return nil }
            piece = writer.sentence(told, language: hit.lang)
        }
        return (piece, mentioned)
    }

    /// A candidate's weight: twice the words it shares with the question, a figure, its chunk's rank,
    /// and the market's own row or sentence first.
    private static func score(_ p: ChunkReading.Piece, told piece: String, overlap: Double, rank: Int, ours: Bool, in hit: SearchHit) -> Double {
        let kind = hit.kind
        var score = 2 * overlap
        if p.hasNumber { score += 0.5 }
        score += max(0, 1.0 - Double(rank) * 0.25)
        // The market's own row or sentence goes first; naming the market does not make a barely
        // matching sentence an answer.
        if ours { score += kind == .table ? 5 : (overlap >= 1.5 ? 3 : 1) }
        if kind == .faq, rank == 0 { score += 1 }
        if piece.count < 25, !piece.contains(where: \.isNumber) { score -= 1.5 }   // labels are not answers; "30 Tage ab Zustellung." is
        // A byline ("SKU MG-PS50, Digital luggage scale…": cells with no labels, no sentence)
        // answers only what it alone says, a capacity or a model number.
        if p.byline { score -= 3 }
        // A FAQ answer that is only a list of names ("Visa, Mastercard, PayPal, Satispay e
        // Scalapay.") says nothing without its question: the same weight as a byline.
        if p.nameList { score -= 3 }
        return score
    }

    /// The best candidates within the budget, each stating something new.
    /// - Parameter elsewhere: what the message's other requests answer: its figures are stated too.
    private static func choose(_ pool: Pool, already: [String], elsewhere: [String] = [], budget: Int,
                               fillerShare: Double = 0, language: String) -> [Candidate] {
        let candidates = pool.candidates
        // Once the market's own row is at hand, a sentence listing several markets' figures only adds
        // the others' numbers.
        let ownRule = !already.isEmpty || candidates.contains { $0.ownRow }
        // The same sentence in a FAQ and a section counts once, where it scores best (a FAQ answer
        // inherits its question's match; the section's copy may match nothing).
        var best: [String: Candidate] = [:]
        for c in candidates {
            let key = c.key
            if let other = best[key], other.score >= c.score { continue }
            best[key] = c
        }
        // In an answer to one question, a sentence far weaker than the best answers something else.
        let least = fillerShare * (best.values.map(\.score).max() ?? 0)
        let useful = best.values.filter { $0.score >= 2.5 && $0.score >= least && !(ownRule && $0.severalMarketsFigures) }
        // Best first, each stating something new: a sentence whose figures the answer already gave
        // ("Ab 39 € liefern wir kostenlos" after the row saying so) repeats a fact.
        var stated = Set((already + elsewhere).flatMap(StatedFacts.figures))
        var chosen: [Candidate] = []
        // The limit counts sentences as the reader does: a troubleshooting row told as symptom and
        // instruction, or a FAQ line of two sentences, is two.
        var told = 0
        for c in useful.sorted(by: { $0.score != $1.score ? $0.score > $1.score : $0.order < $1.order }) {
            guard told < budget else { break }
            let figures = StatedFacts.reading(c.text).figures
            if !figures.isEmpty, figures.allSatisfy(stated.contains) { continue }
            let sentences = sentenceCount(c, language: language)
            if told + sentences > budget, !chosen.isEmpty { continue }
            stated.formUnion(figures)
            chosen.append(c)
            told += sentences
        }
        return withProcedures(chosen, pool.procedures, budget: budget, language: language)
    }

    /// How many sentences a candidate is as the reader counts them: a troubleshooting row told as
    /// symptom and instruction, or a FAQ line of two sentences, is two.
    private static func sentenceCount(_ c: Candidate, language: String) -> Int {
        max(1, Sentences.asRead(c.text, language: language).count)
    }

    /// The chosen sentences with the steps their procedures need: a procedure is told whole when it
    /// fits the budget; else the steps between two chosen ones join them, in place of the weakest
    /// sentences of something else ("Fill the jar …" and "Pour the water away …" without "… blend
    /// for 20 seconds" between them is no way to clean it). Steps before or after the chosen ones
    /// do not push out what was chosen over them. (Steps before them did: 5 answers of 1,387 lost
    /// a fact for 4 that gained one.)
    private static func withProcedures(_ chosen: [Candidate], _ procedures: [[Candidate]], budget: Int, language: String) -> [Candidate] {
        var chosen = chosen
        let used = Set(chosen.compactMap(\.procedure))
        for procedure in used.sorted() {
            let steps = procedures[procedure]
            let orders = chosen.filter { $0.procedure == procedure }.map(\.order)
            let missing = steps.filter { step in !orders.contains(step.order) && !chosen.contains { $0.key == step.key } }
            guard !missing.isEmpty, let first = orders.min(), let last = orders.max() else { continue }
            let told = chosen.reduce(0) { $0 + sentenceCount($1, language: language) }
            if told + missing.reduce(0, { $0 + sentenceCount($1, language: language) }) <= budget {
                chosen += missing.map { var step = $0; step.procedure = procedure; return step }
                continue
            }
            let gaps = missing.filter { $0.order > first && $0.order < last }
            guard !gaps.isEmpty else { continue }
            var trial = chosen + gaps.map { var step = $0; step.procedure = procedure; return step }
            var count = trial.reduce(0) { $0 + sentenceCount($1, language: language) }
            // (Another procedure's steps are not taken apart for this one's.)
            while count > budget, let weakest = trial.indices.filter({ trial[$0].procedure == nil }).min(by: { trial[$0].score < trial[$1].score }) {
                count -= sentenceCount(trial[weakest], language: language)
                trial.remove(at: weakest)
            }
            if count <= budget { chosen = trial }
        }
        return chosen
    }

    /// The chosen sentences in the order their documents say them, each fact once; a row keeps its
    /// cells, for the rows the answer tells already to join it (`RowWriter.toldOnce`).
    private func inAnswerOrder(_ chosen: [Candidate], already: [String], language: String) -> [ToldSentence] {
        // Read in the answer's order, a sentence chosen before a row that states its figures and more
        // ("Express für 7,90 €: …" before the row with every price) repeats it there.
        let inOrder = chosen.sorted { $0.order < $1.order }
        // A sentence that refers back ("Dans ce cas, ne payez rien") stands only after the one it refers to.
        let placed = inOrder.enumerated().filter { i, c in !c.refersBack || (i > 0 && inOrder[i - 1].order == c.order - 1) }.map(\.element)
        // Rows that say the same of different things are told once ("อากรขาเข้า และ ภาษีนำเข้า (VAT) …").
        let ordered = writer.toldOnce(placed.map { ToldSentence(text: $0.text, rows: $0.row.map { [$0] } ?? [], question: $0.question) },
                                      language: language)
        let repeated = Set(StatedFacts.repeats(in: already + ordered.map(\.text)).map { $0 - already.count })
        return ordered.enumerated().filter { !repeated.contains($0.offset) }.map(\.element)
    }

    /// A row of a matrix whose columns are markets ("Payment method: FPX · Malaysia: yes · Singapore:
    /// no"): its subject and the customer's market's cell alone ("FPX: no."), the other markets'
    /// columns left out. nil when no column header names the market.
    static func marketColumn(of row: TableRow, market: String, names: MarketNames) -> TableRow? {
        let rest = row.cells.dropFirst()
        let marketCells = rest.filter { $0.label.map { !names.mentioned(in: $0).isEmpty } ?? false }
        guard let own = marketCells.first(where: { names.mentioned(in: $0.label!).contains(market) }), let subject = row.cells.first else { return nil }
        return TableRow(cells: [subject] + rest.filter { !marketCells.contains($0) } + [TableRow.Cell(label: nil, value: own.value)])
    }

    /// What the market does not have, by the matrices among the chunks: the subjects of the rows
    /// whose cell for the market says no (folded).
    static func unavailable(in chunks: [(language: String, reading: ChunkReading)], market: String, names: MarketNames, yesNo: YesNo) -> Set<String> {
        var out = Set<String>()
        for (language, reading) in chunks {
            for piece in reading.pieces {
                guard let row = piece.row, let own = marketColumn(of: row, market: market, names: names),
                      yesNo.answer(own.cells.last?.value ?? "", language: language) == false, let subject = row.cells.first?.value else { continue }
                out.insert(Folding.folded(subject))
            }
        }
        return out
    }

    /// The row with the unavailable things left out of its subject's list ("FPX 网上银行、PayNow" →
    /// "PayNow"); nil when its subject names none of them. A subject of nothing but them comes back empty.
    static func without(_ unavailable: Set<String>, row: TableRow) -> TableRow? {
        guard let subject = row.cells.first?.value else { return nil }
        for separator in ["、", ", ", "，", " / "] where subject.contains(separator) || unavailable.contains(Folding.folded(subject)) {
            let items = subject.components(separatedBy: separator).map(\.trimmedOfWhitespace)
            let kept = items.filter { !unavailable.contains(Folding.folded($0)) }
            guard kept.count < items.count else { continue }
            var told = row
            told.cells[0].value = kept.joined(separator: separator)
            return told
        }
        return nil
    }
}
