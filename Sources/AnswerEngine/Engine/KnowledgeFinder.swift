import Support
import KnowledgeStore
import Workspace

/// The engine's knowledge step: what the KB says to a question. It searches (the open search, and
/// for a confident intent a search within the intent's documents), then picks what answers: the
/// market's rows of the intent's policy tables, then the sentences of the hits (AnswerSelector).
struct KnowledgeFinder: Sendable {
    let retriever: any Retriever
    let selector: AnswerSelector
    let factRows: FactRows
    let vocabulary: IntentVocabulary
    let catalog: IntentCatalog
    let products: ProductCatalog
    /// Concept id → language → the glossary's preferred term: what the answer calls a concept the
    /// market does not offer ("We don't offer instalments at the moment.").
    var conceptNames: [String: [String: String]] = [:]
    /// The glossary's concepts, read on an option's name: a concept an option names ("บัตร Visa /
    /// Mastercard" is a credit card, by the English terms every language reads) is not missing.
    var concepts: IntentConcepts = .empty
    /// The prepared rows per language and topic documents: tables do not change while the engine
    /// runs, and reading them costs more than answering.
    private let tableRows = Memo<[FactRows.Row]>()

    /// How many sentences of facts an answer tells when its market sets no `answer_length`.
    public static let defaultAnswerBudget = 6

    /// How sure the classifier must be before the intent's documents are searched on their own.
    static let topicalConfidence = 0.5

    struct Question {
        var message: String
        var market: Market
        var language: String
        var answerLanguage: String
        var intent: String
        /// The intent the question asked when `intent` answers it instead (its `without_order`): the
        /// rows about it come first ("how long until I'm refunded?" is the returns policy's refund row).
        var asked: String? = nil
        var confidence: Double
        /// Whether the answer needs the KB's sentences (not when the ERP already answered).
        var wantsSentences: Bool
        /// Further intents whose market rules belong in the answer (a refused cancellation points to
        /// the return window).
        var alsoRulesOf: [String] = []
        /// The intent is the taxonomy's out-of-scope one: only a strong match answers.
        var outOfScope: Bool { catalogRole == .outOfScope }
        var catalogRole: IntentRole?
        /// The products the message names (their manuals answer product questions).
        var named: [ProductCatalog.Product] = []
        /// Sentences the answer has besides the KB's (the order's, the empathy line): they count
        /// against the market's length budget too.
        var alreadySaid = 0
        /// How many requests of the message share the answer's length budget (each gets its part).
        var sharing = 1
        /// Documents another request of the message answers from: none of their hits answer this one.
        var answeredElsewhere: Set<String> = []
        /// What the message's other requests answer: a sentence stating only their figures takes no
        /// room of this one's share ("30 dni" of the return window, told for the refund question, is
        /// not the warranty's to tell again).
        var statedElsewhere: [String] = []
        /// What the customer says their order comes to (AmountBounds.customer), read from the whole
        /// message: a request is a part of it ("…which comes to about £175 in my basket. Will there be
        /// anything extra to pay …?").
        var orderAmounts: [AmountBounds.Stated] = []
        /// The question's text asks one thing (a further request's part, or a message whose parts
        /// hold one question besides them): a sentence far weaker than the best is then no answer
        /// (`AnswerSelector.fillerShare`).
        var oneQuestion = true
    }

    struct Found {
        /// The answer's sources, best first.
        var hits: [SearchHit]
        var sentences: [String]
        /// The lines among `sentences` that say something of a product's manual
        /// (`AnswerEngine.productNotes`).
        var notes: [String] = []
        /// Products the question names that the KB has no manual for.
        var withoutDocuments: [ProductCatalog.Product] = []
        /// The named product whose manual answers in another language than the answer's (the KB has
        /// no version in the customer's), and that language: the answer says so before quoting it.
        var manualElsewhere: (product: ProductCatalog.Product, language: String)?
        /// In a message of several requests, the intent of the one asked first when it is not the
        /// message's own: the answer reports it, as the customer put it first.
        var firstIntent: String?
        /// The named product whose manual says nothing of what is asked: the answer says so instead
        /// of quoting lines of the manual about something else.
        var notInManual: ProductCatalog.Product?
    }

    func find(_ q: Question, trace: inout Trace) throws -> Found {
        let languages = q.market.searchLanguages(customer: q.language, answer: q.answerLanguage)
        var topics = catalog.intent(q.intent)?.topics ?? []
        let route = ProductRoute.route(topics: topics, named: q.named, catalog: products)
        if let route {
            topics = route.topics
            trace.note("products", q.named.map { "\($0.id) → \($0.documents.isEmpty ? "no document" : $0.documents.joined(separator: ", "))" }
                .joined(separator: "; "))
            if topics.isEmpty { return Found(hits: [], sentences: [], withoutDocuments: route.withoutDocuments) }
        }
        let retrieval = try trace.runThrowing("retrieval") { try search(q, languages: languages, topics: topics,
                                                                                         excluding: (route?.excluded ?? []).union(q.answeredElsewhere),
                                                                                         routed: route != nil,
                                                                                         policiesFirst: route?.policiesFirst ?? []) }
        let hits = retrieval.hits
        var selection = Selection(sentences: [])
        if q.wantsSentences {
            let rules = try policyRules(q, topics: topics)
            selection = trace.run("selection") { select(q, hits: hits, retrieval: retrieval, rules: rules, topics: topics, route: route) }
        }
        trace.note("retrieval", hits.isEmpty ? "nothing found" : hits.prefix(3).map { "\($0.chunk) \(String(format: "%.1f", $0.score))" }.joined(separator: ", "))
        trace.note("selection", q.wantsSentences ? "\(selection.sentences.count) sentences" : "not needed (the ERP answered)")
        return Found(hits: hits, sentences: selection.sentences, withoutDocuments: route?.withoutDocuments ?? [],
                     manualElsewhere: selection.sentences.isEmpty ? nil : selection.manualElsewhere, notInManual: selection.notInManual)
    }

    /// The sentences an answer tells, and the manual they quote when it is in another language.
    struct Selection {
        var sentences: [String]
        var manualElsewhere: (product: ProductCatalog.Product, language: String)?
        var notInManual: ProductCatalog.Product?
    }

    /// The prepared rows of the policy tables of the intent's documents (and of the intents whose
    /// rules the answer adds), in the answer language.
    private func policyRules(_ q: Question, topics: [String]) throws -> [(intent: String, rows: [FactRows.Row])] {
        var rules: [(intent: String, rows: [FactRows.Row])] = []
        for intent in [q.intent] + q.alsoRulesOf {
            let docs = intent == q.intent ? topics : catalog.intent(intent)?.topics ?? []
            guard !docs.isEmpty else { continue }
            rules.append((intent, try policyRows(docs: docs, language: q.answerLanguage)))
        }
        return rules
    }

    /// The prepared rows of some documents' policy tables in one language, read the first time they
    /// are asked for (or by `AnswerEngine.prepare`).
    func policyRows(docs: [String], language: String) throws -> [FactRows.Row] {
        try tableRows.value(language + "|" + docs.joined(separator: ",")) {
            factRows.prepare(try retriever.tables(docs: docs, language: language))
        }
    }

    /// The market's rule from the intent's policy tables first, then the hits' sentences that answer,
    /// within the market voice's length budget (the rows count, the other sentences fill up to it).
    private func select(_ q: Question, hits: [SearchHit], retrieval: SearchResult, rules: [(intent: String, rows: [FactRows.Row])],
                        topics: [String], route: ProductRoute?) -> Selection {
        let routed = route != nil
        // Where only manuals answer the intent, a manual in another language answers before the
        // answer language's other pages (`manualElsewhere`, which says so).
        let manualsOnly = route?.manualsOnly == true
        let inAnswerLanguage = hits.filter { $0.lang == q.answerLanguage }
        let usable = inAnswerLanguage.isEmpty && !manualsOnly ? hits : inAnswerLanguage
        let asked = retrieval.queries.first { $0.language == q.answerLanguage }
        var answerTerms = asked?.allTerms ?? retrieval.queries.first { $0.language == (usable.first?.lang ?? q.answerLanguage) }?.allTerms ?? []
        // A product's names choose none of its manual's rows either (below, for its sentences).
        if routed, let asked {
            let named = answerTerms.subtracting(Self.productWords(q.named, query: asked))
            if !named.isEmpty { answerTerms = named }
        }
        // The amounts the customer bounds ("more than £135"): rules keyed on others are not theirs.
        let amounts = q.orderAmounts
        let told = marketRows(q, rules: rules, asked: asked, answerTerms: answerTerms, amounts: amounts)
        let rows = told.rows.map(\.text), listed = told.listed, lacking = told.lacking
        // A row another row states with more (a carrier's row beside its twin for another carrier)
        // is left out of the answer (SayOnce): it takes no room in the budget.
        let rowsTold = SayOnce.pieces(rows, context: [], language: q.answerLanguage).count
        // A message of several requests gets one answer: each request its share of the budget, and at
        // least a row and a sentence.
        let budget = max(2, (q.market.maxAnswerSentences ?? Self.defaultAnswerBudget) / max(1, q.sharing))
        let plan = q.outOfScope ? nil : self.plan(of: q.intent, for: q, answerTerms: answerTerms)
        func chosen(from usable: [SearchHit], beyondTitle: Bool = false, limit: Int? = nil) -> [ToldSentence] {
            let hitLanguage = usable.first?.lang ?? q.answerLanguage
            let hitQuery = retrieval.queries.first { $0.language == hitLanguage }
            // What the market lacks ("ansuran" where there are no instalments) is answered by its
            // options: a sentence sharing only the table's own subject ("bayar") is filler.
            let overlap = q.outOfScope || lacking ? 2 : 1
            let room: Int = min(selector.maxSentences, max(rows.isEmpty ? 1 : 0, budget - rowsTold - q.alreadySaid))
            // In the named product's own manual every line is about the product: its names choose no
            // line ("what does Lo mean on the scale" is not answered by the byline "SKU MG-PS50,
            // Digital luggage scale …"), unless they are all the question says. The glossary's other
            // terms then count as the question's own: they are how its words meet the manual's
            // ("mililitros" the manual's "ml"), and they counted half only because a product's names
            // match every line about it.
            var terms = Set(hitQuery?.terms ?? []), expansions = hitQuery?.allTerms ?? []
            if routed, let hitQuery {
                let names = Self.productWords(q.named, query: hitQuery)
                if !terms.subtracting(names).isEmpty {
                    terms = terms.union(expansions).subtracting(names)
                    expansions = []
                }
            }
            return selector.select(hits: usable, terms: terms, expansions: expansions,
                                   intentTerms: q.outOfScope ? [] : vocabulary.terms(of: q.intent, language: hitLanguage),
                                   intent: q.intent,
                                   market: q.market.id,
                                   minimumOverlap: overlap, already: rows, listed: listed,
                                   limit: limit ?? room, plan: plan, topics: routed ? [] : Set(topics), beyondTitle: beyondTitle,
                                   amounts: amounts, statedElsewhere: q.statedElsewhere, oneQuestion: q.oneQuestion,
                                   steps: products.onlyManuals(topics),
                                   league: routed ? 0 : 0.5)   // (`select`'s `share`)
        }
        // Only manuals answer the intent and the named product's says nothing of what is asked: no
        // line of it answers ("How do I use the scale's tare function?" of a scale without one).
        if route?.manualsOnly == true,
           let product = Self.notInManual(named: q.named, hits: hits.filter { $0.lang == q.language }, queries: retrieval.queries,
                                          intentTerms: { vocabulary.phrasing(of: q.intent, language: $0) }) {
            return Selection(sentences: rows, notInManual: product)
        }
        // The rows the selector chose join the policy table's rows that say the same (RowWriter.toldOnce).
        let answer = { (own: [ToldSentence]) in self.selector.writer.toldOnce(told.rows + own, language: q.answerLanguage).map(\.text) }
        let own = manualsOnly ? withoutOtherProducts(chosen(from: usable), named: q.named, language: q.answerLanguage) : chosen(from: usable)
        // The answer language's pages say nothing of the named product: its manual in another
        // language answers, and the answer says which language that is.
        // (A FAQ answer speaks with its question: "Come si resetta la Trailglow 400?" names the product
        // that "Tenga premuto il pulsante … per resettarla" leaves unsaid.)
        let ownSpeaks = { (product: ProductCatalog.Product) in
            own.contains { Self.speaks(of: product, ($0.question.map { $0 + "\n" } ?? "") + $0.text, asked: asked, language: q.answerLanguage) }
        }
        if routed, let elsewhere = Self.manualElsewhere(hits: hits, usable: usable, named: q.named, topics: topics, products: products,
                                                        ownSpeaks: ownSpeaks),
           !ownSpeaks(elsewhere.product) {
            // Quoted in another language, a manual's sentences answer with a word of the question
            // beyond the product's name; when none does, only the one that answers best.
            let strict = chosen(from: elsewhere.hits, beyondTitle: true)
            let quoted = strict.isEmpty ? chosen(from: elsewhere.hits, limit: 1) : strict
            if !quoted.isEmpty { return Selection(sentences: answer(quoted), manualElsewhere: (elsewhere.product, elsewhere.hits[0].lang)) }
            // Nor does a page of the answer language answer for it what only manuals answer: its
            // sentences, about anything but the product, were chosen for sharing a word or two
            // ("Hoe maak ik de BlendGo schoon?" was told that Dutch orders pay no customs). (Whether
            // the manual says nothing of it is not known: its words in another language may not
            // have met the question's.)
            if manualsOnly { return Selection(sentences: rows) }
        }
        return Selection(sentences: answer(own))
    }

    /// The words that name the products in a query of one language: their glossary terms and names.
    static func productWords(_ products: [ProductCatalog.Product], query: SearchResult.LanguageQuery) -> Set<String> {
        products.reduce(into: Set<String>()) { words, product in
            words.formUnion(query.expansions[product.id] ?? [])
            words.formUnion((product.names[query.language] ?? []).flatMap { Searcher.indexTerms($0, language: query.language) })
        }
    }

    /// The named product whose manual says nothing of what the question asks of it: the question has
    /// words besides the product's names and the words the intent is usually asked with ("use",
    /// "how": `IntentVocabulary.phrasing`), and none of them nor of their glossary terms is in the
    /// manual's hits (a chunk holding one would have ranked among them). A word of a glossary concept
    /// names a topic even when the intent's examples use it often ("recharger" in "elle met combien
    /// de temps à se recharger ?"), so it stays asked. nil when the manual has a word of the
    /// question, or the hits hold none of its chunks (the caller passes the hits in the customer's
    /// language: a manual in another reaches the question through the glossary alone, and the
    /// question's own words cannot be in it).
    static func notInManual(named: [ProductCatalog.Product], hits: [SearchHit], queries: [SearchResult.LanguageQuery],
                            intentTerms: (String) -> Set<String>) -> ProductCatalog.Product? {
        guard let product = named.first(where: { !$0.documents.isEmpty }), named.allSatisfy({ $0 == product || $0.documents.isEmpty }) else { return nil }
        let manual = hits.filter { product.documents.contains($0.doc) }
        guard let language = manual.first?.lang, let asked = queries.first(where: { $0.language == language }) else { return nil }
        let names = productWords([product], query: asked)
        let wanted = Set(asked.terms).subtracting(intentTerms(language))
            .union(asked.expansions.filter { $0.key != product.id }.values.joined())
            .subtracting(names)
        guard !wanted.isEmpty else { return nil }
        let words = manual.filter { $0.lang == language }.reduce(into: Set<String>()) { $0.formUnion(Searcher.indexTerms($1.text, language: language)) }
        return wanted.isDisjoint(with: words) ? product : nil
    }

    /// Whether a sentence answers about the product: it names the product and shares what the question
    /// asks of it — a glossary concept it names besides the product ("pound" for "…sang đơn vị
    /// pound"), or else a word besides the product's name ("pin" for "…PackScale dùng pin loại gì").
    /// (What it shares is compared as spelt: `asSpelt`.)
    static func speaks(of product: ProductCatalog.Product, _ sentence: String, asked: SearchResult.LanguageQuery?, language: String) -> Bool {
        guard let asked else { return false }
        let words = Set(Searcher.indexTerms(sentence, language: language))
        let names = productWords([product], query: asked)
        guard !words.isDisjoint(with: names) else { return false }
        let concepts = asked.expansions.filter { $0.key != product.id }.values.flatMap { $0 }
        let wanted = concepts.isEmpty ? Set(asked.terms).subtracting(names) : Set(concepts)
        return !asSpelt(wanted).isDisjoint(with: asSpelt(words))
    }

    /// Terms as spelt where the analyzer keeps a word's spelling beside its folded form (Vietnamese:
    /// "dùng" beside "dung"): a folded term goes when a term of the set folds to it. Folded,
    /// "dùng" (to use) is "dung" of "dung tích" (capacity), and "chưa" (not yet) is "chứa" (to hold):
    /// a dishwasher line about the blender spoke of its capacity.
    static func asSpelt(_ terms: Set<String>) -> Set<String> {
        let spelt = terms.filter { !$0.unicodeScalars.allSatisfy(\.isASCII) }
        guard !spelt.isEmpty else { return terms }
        return terms.subtracting(spelt.map { Folding.folded($0).replacingExactly("đ", with: "d") })
    }

    /// Where only manuals answer the intent, no sentence that names another product answers ("Ile
    /// trwa ładowanie lampy Trailglow 400?" is not answered by a warranty page's examples of a lamp
    /// that stopped charging and a blender whose motor died), nor one answering a FAQ question that
    /// names one ("Red blinking means the lid isn't locked." under "Why is my BlendGo blinking red?"
    /// is no answer about the scale's display). What is left may still say nothing of
    /// the product: the manual in another language then answers instead (`manualElsewhere`).
    private func withoutOtherProducts(_ sentences: [ToldSentence], named: [ProductCatalog.Product], language: String) -> [ToldSentence] {
        let ids = Set(named.map(\.id))
        return sentences.filter { sentence in
            Set(products.mentioned(in: sentence.text + "\n" + (sentence.question ?? ""), language: language).map(\.id)).isSubset(of: ids)
        }
    }

    /// A named product's manual answers before the answer language's other pages even when the KB
    /// has it only in another language: the scale's units from its English manual, not a Dutch
    /// warranty page that mentions the scale. The answer language's own word stays first when it is
    /// one of the question's topic documents or a FAQ whose question names the product (and, the
    /// caller checks, when the sentences chosen from it name the product). A FAQ about the product
    /// keeps it only when the sentences chosen speak of the product (`ownSpeaks`): "Il mio BlendGo
    /// lampeggia in rosso" kept the English manual's blends per charge from an Italian question
    /// that its page does not answer.
    static func manualElsewhere(hits: [SearchHit], usable: [SearchHit], named: [ProductCatalog.Product], topics: [String],
                                products: ProductCatalog, ownSpeaks: (ProductCatalog.Product) -> Bool = { _ in true })
        -> (product: ProductCatalog.Product, hits: [SearchHit])? {
        guard let product = named.first(where: { !$0.documents.isEmpty }) else { return nil }
        let ownWord = usable.contains { hit in
            topics.contains(hit.doc) || product.documents.contains(hit.doc)
                || hit.kind == .faq && products.mentioned(in: String(hit.text.prefix { $0 != "\n" }), language: hit.lang).contains(product)
                && ownSpeaks(product)
        }
        let manual = hits.filter { product.documents.contains($0.doc) }
        guard !ownWord, let first = manual.first, !usable.contains(where: { $0.lang == first.lang }) else { return nil }
        return (product, manual)
    }

    /// The open search; for a confident intent also a search within its documents with the words
    /// that mark it: the answer to "the lantern arrived cracked" is in the returns policy, not in the
    /// lantern's manual that the product name makes rank first. When the open search finds nothing
    /// (a language the KB lacks), the intent is all there is.
    /// A question that names a product its intent's documents cover (`routed`) searches them however
    /// sure the classifier is: "chuyển cân hành lý sang đơn vị pound" is about the scale's manual.
    /// The policies an intent lists before its manuals (`ProductRoute.policiesFirst`) are searched on
    /// their own too, for a sure intent: their hits within reach of the best (`ProductRoute.policyReach`)
    /// go first.
    private func search(_ q: Question, languages: [String], topics: [String], excluding: Set<String>, routed: Bool,
                        policiesFirst: Set<String> = []) throws -> SearchResult {
        let topical = !topics.isEmpty && (q.confidence >= Self.topicalConfidence || routed)
        // Eight hits are all an answer uses; without the topical search, twenty let `boost` find an
        // intent's document further down.
        let query = SearchQuery(text: q.message, languages: languages, market: q.market.id, limit: topical ? 8 : 20, fallbackBelow: 3)
        var general = try retriever.retrieve(query)
        general.hits.removeAll { excluding.contains($0.doc) }
        guard topical || !topics.isEmpty && general.hits.isEmpty && !q.outOfScope else {
            return SearchResult(hits: Self.boost(general.hits, topics: topics), queries: general.queries)
        }
        var focused = query
        focused.documents = topics
        focused.limit = 6
        for lang in languages { focused.extraTerms[lang] = vocabulary.terms(of: q.intent, language: lang).sorted() }
        var within = try retriever.retrieve(focused)
        // (Only for an intent the classifier is sure of: a usage question read as a warranty claim at
        // 0.4 is better answered by the manual its product names.)
        if !policiesFirst.isEmpty, q.confidence >= Self.topicalConfidence, let best = within.hits.first?.score {
            var policies = focused
            policies.documents = topics.filter(policiesFirst.contains)
            let first = try retriever.retrieve(policies).hits.filter { $0.score >= ProductRoute.policyReach * best }
            within.hits = Self.hits(first, then: within.hits)
        }
        // The focused search may have reached a language the open one did not (a manual the KB has
        // only in English): its analysed query is what selection reads those hits with.
        let reached = within.queries.filter { q in !general.queries.contains { $0.language == q.language } }
        return SearchResult(hits: Self.merge(topical: within.hits, general: general.hits), queries: general.queries + reached)
    }

    /// The hits of the intent's documents first (those within reach of the best of them), then the
    /// general search's others; cut to eight.
    static func merge(topical: [SearchHit], general: [SearchHit]) -> [SearchHit] {
        guard let best = topical.first?.score else { return Array(general.prefix(8)) }
        let first = topical.filter { $0.score >= 0.3 * best }
        return Array(hits(first, then: general).prefix(8))
    }

    /// The hits of `first`, then those of `rest` that are not among them.
    static func hits(_ first: [SearchHit], then rest: [SearchHit]) -> [SearchHit] {
        first + rest.filter { h in !first.contains { $0.chunk == h.chunk } }
    }

    /// Documents the intent's taxonomy names as its usual answers move up (a retrieval hint): a hit
    /// of such a document within 40% of the best score goes before the others.
    /// When none of them is among the first five but one was retrieved further down, the best of
    /// them takes the fourth place. The list is cut to eight.
    static func boost(_ hits: [SearchHit], topics: [String]) -> [SearchHit] {
        guard !topics.isEmpty, let best = hits.map(\.score).max() else { return Array(hits.prefix(8)) }
        let preferred = hits.filter { topics.contains($0.doc) && $0.score >= 0.6 * best }
        var ordered = Self.hits(preferred, then: hits)
        if !ordered.prefix(5).contains(where: { topics.contains($0.doc) }), let i = ordered.firstIndex(where: { topics.contains($0.doc) }) {
            let hit = ordered.remove(at: i)
            ordered.insert(hit, at: min(3, ordered.count))
        }
        return Array(ordered.prefix(8))
    }
}
