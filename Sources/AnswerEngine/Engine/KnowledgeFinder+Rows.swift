import Linguistics
import Support
import KnowledgeStore
import Workspace

/// The market's rule from the intent's policy tables (FactRows): the rows that answer, what the
/// market lacks said first, and the options a table lists.
extension KnowledgeFinder {
    /// What the policy tables tell the answer.
    struct MarketRows {
        /// The rows told as sentences, what the market does not offer first.
        var rows: [ToldSentence] = []
        /// The names of the options the rows list (FactRows.options): a sentence naming them all says
        /// the list again.
        var listed: [String] = []
        /// The question asks for an option the market lacks.
        var lacking = false

        /// A row told in the same words already (by the asked intent's rows, or an earlier rule's).
        func said(_ row: ToldSentence) -> Bool { rows.contains { $0.text == row.text } }
    }

    /// An intent's answer plan for this question; none for a message that asks several things.
    func plan(of intent: String, for q: Question, answerTerms: Set<String>) -> [AnswerFacet]? {
        AnswerPlan.asksSeveralThings(q.message) ? nil
            : AnswerPlan.facets(intent: intent, catalog: catalog, vocabulary: vocabulary, queryTerms: answerTerms, language: q.answerLanguage)
    }

    /// - Parameter asked: the question's analysed query in the answer language.
    /// - Parameter answerTerms: its terms there (with glossary expansions, without a routed product's names).
    /// - Parameter amounts: the amounts the customer bounds (AmountBounds.customer): a rule keyed on an
    ///   amount they lie outside is another customer's ("orders up to £135.00" to "my basket comes
    ///   to more than £135").
    func marketRows(_ q: Question, rules: [(intent: String, rows: [FactRows.Row])], asked: SearchResult.LanguageQuery?,
                    answerTerms: Set<String>, amounts: [AmountBounds.Stated]) -> MarketRows {
        var out = MarketRows()
        var missing: [String] = []
        let conceptWords = asked.map { Set($0.terms).intersection($0.expansions.values.joined()) } ?? []
        // The glossary concepts the question names, with their terms in the answer language.
        let concepts = asked.map { query in
            query.expansions.mapValues(Set.init).filter { !$0.value.isDisjoint(with: query.terms) }
        } ?? [:]
        for var rule in rules {
            if !amounts.isEmpty {
                rule.rows = rule.rows.filter { row in
                    !AmountBounds.builtin.excludes(subject: row.row.cells.first?.value ?? "", customer: amounts, language: row.language)
                }
            }
            let plan = self.plan(of: rule.intent, for: q, answerTerms: answerTerms)
            // A question another intent answers for want of an order ("how long until I'm refunded?",
            // the returns policy) asked its own intent's facts: the rows about that intent first (the
            // refund row, which the returns policy's plan would put after the window and the
            // shipping), then the answering intent's central row.
            var limit = 2
            var askedRows: [ToldSentence] = []
            if rule.intent == q.intent, let asked = q.asked, asked != q.intent {
                askedRows = factRows.rows(rule.rows, market: q.market.id, intent: asked, queryTerms: answerTerms, conceptWords: conceptWords,
                                          intentTerms: vocabulary.terms(of: asked, language: q.answerLanguage),
                                          plan: self.plan(of: asked, for: q, answerTerms: answerTerms), mainlyAbout: true)
                out.rows += askedRows.filter { !out.said($0) }
                if !askedRows.isEmpty { limit = 1 }
            }
            // (Asked for as many more as the asked intent's rows, which it may choose again.)
            out.rows += factRows.rows(rule.rows, market: q.market.id, intent: rule.intent, queryTerms: answerTerms, conceptWords: conceptWords,
                                      intentTerms: vocabulary.terms(of: rule.intent, language: q.answerLanguage), plan: plan,
                                      limit: limit + askedRows.count)
                .filter { !out.said($0) }.prefix(limit)
            if let options = factRows.options(rule.rows, market: q.market.id, intent: rule.intent, asked: answerTerms,
                                              conceptWords: conceptWords, concepts: concepts,
                                              namedBy: { name, language in
                                                  Set(self.concepts.concepts(in: Analyzer(language: language).tokens(name), language: language))
                                              },
                                              intentTerms: vocabulary.terms(of: rule.intent, language: q.answerLanguage), plan: plan) {
                out.listed += options.names
                out.lacking = out.lacking || options.lacking
                missing += options.missing.filter { !missing.contains($0) }
            }
        }
        // What the market does not offer is said before what it has: "Can I pay in instalments?" is
        // answered "no" first, then with the methods there are.
        if let template = selector.writer.phrases.phrases(q.answerLanguage)[.notOffered] {
            let said = missing.compactMap { conceptNames[$0]?[q.answerLanguage] }.map {
                RowWriter.capitalised(template.replacingExactly("{concept}", with: $0))
            }
            out.rows.insert(contentsOf: said.map { ToldSentence(text: $0) }, at: 0)
        }
        return out
    }
}
