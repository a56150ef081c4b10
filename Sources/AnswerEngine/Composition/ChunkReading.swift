import KnowledgeStore

/// A retrieved chunk as sentence selection reads it: its pieces (sentences, rows, list items) with
/// their index terms and the markets they name, the FAQ question's terms, the markets its headings
/// name. None of it depends on the question, so it is read once per chunk and kept.
struct ChunkReading: Sendable {
    struct Piece: Sendable {
        var text: String
        var key: String
        var terms: Set<String>
        var mentioned: Set<String>
        var hasNumber: Bool
        /// A table row's cells: told again naming the customer's market where the row names several.
        var row: TableRow?
        /// Points elsewhere or announces what follows (NavigationText): never an answer.
        var navigation: Bool
        /// Opens by referring to the piece before it ("In that case, …"): answers only right after it.
        var refersBack = false
        /// A line of cells with no labels ("SKU … · 350 ml blender"): a byline, not a sentence.
        var byline = false
        /// Not a row, and only a list of names (`AnswerSelector.isNameList`): read once per chunk,
        /// not for every question that retrieves it.
        var nameList = false
        /// A list item of a section ("- 在杯中加入温水和一滴洗洁精。"): a step or point of what its
        /// heading names.
        var listItem = false
        /// A list item's number in an ordered list (a procedure's step); nil for any other piece.
        var step: Int? = nil
    }
    var pieces: [Piece]
    /// The chunk's procedures: runs of two or more steps numbered one after another, by their
    /// pieces' indices. A step told alone leaves out what comes before or after it.
    var procedures: [Range<Int>] = []
    /// A FAQ entry's question (empty for other chunks): what its answer's sentences are about even
    /// when they do not say it ("Red blinking means the lid isn't locked." under "Why is my BlendGo
    /// blinking red?").
    var question: String
    var questionTerms: Set<String>
    /// What a FAQ question asks, as the intent classifier reads it (its two likeliest intents, each
    /// with at least `likelyQuestionIntent`): FAQ questions are written like customers' messages.
    /// "Mon paiement a échoué : que faire ?" asks about a failed payment, not (at 0.1) about methods.
    var questionIntents: [String]
    var contextMarkets: Set<String>
    /// The words of the section's own heading (empty for other chunks).
    var headingTerms: Set<String>

    static let likelyQuestionIntent = 0.2

    init(_ hit: SearchHit, names: MarketNames, classifier: IntentClassifier, writer: RowWriter, navigation: NavigationText) {
        let and = writer.phrases.phrases(hit.lang)[.rowAnd] ?? " and "
        pieces = AnswerSelector.pieces(of: hit, writer: writer).map { piece in
            let text = navigation.withoutNavigation(piece.text, language: hit.lang)
            // A row matches by its column headers too, as the table's text did before it was told.
            // Its words are those of the framed clauses ("Expressversand: Die Lieferzeit beträgt …")
            // even when it is told with its subject first ("Expressversand dauert …"): how a row is
            // told does not change what it answers.
            let labels = piece.row?.cells.compactMap(\.label).joined(separator: " \n ") ?? ""
            let framed = piece.row.map { writer.sentence($0, language: hit.lang, subjectFirst: false) } ?? text
            let matched = framed + " \n " + labels
            return Piece(text: text, key: AnswerSelector.key(text), terms: Set(Searcher.indexTerms(matched, language: hit.lang)),
                         mentioned: names.mentioned(in: text), hasNumber: text.contains(where: \.isNumber), row: piece.row,
                         navigation: navigation.isNavigation(text, language: hit.lang),
                         refersBack: navigation.refersBack(text, language: hit.lang), byline: piece.byline,
                         nameList: piece.row == nil && AnswerSelector.isNameList(text, and: and), listItem: piece.listItem, step: piece.step)
        }
        procedures = Self.procedures(pieces.map(\.step))
        // The sentence after an example's first goes on with the example: about its markets, and
        // said only right after it ("We verzenden je pakket op woensdag." is no rule of its own).
        for i in pieces.indices.dropFirst()
        where pieces[i].row == nil && navigation.opensExample(pieces[i - 1].text, language: hit.lang) {
            if pieces[i].mentioned.isEmpty { pieces[i].mentioned = pieces[i - 1].mentioned }
            pieces[i].refersBack = true
        }
        question = hit.kind == .faq ? hit.text.split(separator: "\n").first.map(String.init) ?? "" : ""
        questionTerms = question.isEmpty ? [] : Set(Searcher.indexTerms(question, language: hit.lang))
        questionIntents = question.isEmpty ? [] : classifier.classify(question, language: hit.lang).alternatives.prefix(2).filter { $0.score >= Self.likelyQuestionIntent }.map(\.intent)
        contextMarkets = names.mentioned(in: (hit.headingPath + [hit.title]).joined(separator: " "))
        headingTerms = hit.kind == .section ? Set(Searcher.indexTerms(hit.headingPath.last ?? "", language: hit.lang)) : []
    }

    /// Runs of two or more steps numbered one after another ("1.", "2.", "3."); a step numbered
    /// otherwise, or any other piece, ends a run.
    static func procedures(_ steps: [Int?]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        for i in steps.indices.dropFirst() + [steps.count] {
            let goesOn = i < steps.count && steps[i] != nil && steps[i - 1].map { $0 + 1 } == steps[i]
            guard !goesOn else { continue }
            if steps.indices.contains(start), steps[start] != nil, i - start >= 2 { out.append(start..<i) }
            start = i
        }
        return out
    }
}
