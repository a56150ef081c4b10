import Support
import Linguistics
import KnowledgeStore

/// A fact told once in the whole answer. The selector keeps each request's sentences apart from
/// each other's figures, but an answer joins several sources: the ERP's sentences, the sentences of
/// each request of the message, a row and a FAQ answer quoting the same row with more or fewer of its
/// cells, and the handoff lines. Read as the customer reads it — sentence after sentence, the way
/// the evaluation's reading check splits it — a later sentence whose figures were all given before
/// repeats a fact.
public enum SayOnce {
    /// The knowledge pieces without what the answer states elsewhere:
    /// 1. a piece whose figures another piece states with more ("Express: 7,90 €" beside the row with
    ///    every price and time) is left out for the fuller one, and so is one whose figures the
    ///    context (ERP sentences, handoff lines) states;
    /// 2. within the pieces left, a sentence whose figures were all stated before, or said word for
    ///    word before, is left out. Where sentences are split at spaces (Thai), a piece is one unit:
    ///    dropping its fragments would leave broken sentences;
    /// 3. a sentence that another says with more, in other words, is left out (`withoutParaphrases`);
    /// 4. a sentence that the sentences before it said between them, in other words, is left out
    ///    (`Restated`: "Karta Visa lub Mastercard jest obciążana dopiero w chwili wysyłki
    ///    zamówienia." after the card's row and the payment page's sentence saying so);
    /// 5. a piece whose every sentence one other sentence says with more, before or after it, is
    ///    left out (`withoutPiecesToldElsewhere`: a market's row beside the FAQ answer stating its
    ///    fact and another).
    /// - Parameter context: the answer's other sentences (always kept).
    /// - Parameter before: those of them the answer says before the pieces (the other-language note,
    ///   the empathy line, the ERP's sentences): what step 4 counts as said.
    /// - Parameter notes: pieces the answer says of itself (`CompositionInput.productNotes`: which
    ///   language a manual is quoted in), kept where they are and read as no fact: a model number
    ///   in one ("De handleiding van Trailglow 400 is …") is no figure a sentence about the model
    ///   ("The Trailglow 400 is rated IPX4 …") states again, nor the other way round.
    static func pieces(_ pieces: [String], context: [String], before: [String] = [], language: String, notes: Set<String> = []) -> [String] {
        var read = told(pieces.filter { !notes.contains($0) }, context: before + context, before: before, language: language).makeIterator()
        return pieces.compactMap { notes.contains($0) ? $0 : read.next() ?? nil }
    }

    /// Each piece as the answer tells it: whole, with some of its sentences, or nil when it says
    /// nothing new (steps 1–4 of `pieces`).
    private static func told(_ pieces: [String], context: [String], before: [String], language: String) -> [String?] {
        var told = StatedFacts.Told()
        let contextSentences = context.flatMap { Sentences.split($0, language: language) }
        for sentence in contextSentences { _ = told.hear(sentence) }
        let gone = subsumed(pieces, contextFigures: told.figures, language: language)
        let wholes = pieces.indices.map { gone.contains($0) ? [] : Sentences.splitsAtSpaces(language) ? [pieces[$0]] : Sentences.split(pieces[$0], language: language) }
        let units = wholes.map { $0.filter { !told.hear($0) } }
        let beforeSentences = before.flatMap { Sentences.split($0, language: language) }
        let said = withoutPiecesToldElsewhere(withoutRestatements(withoutParaphrases(units, context: contextSentences, language: language),
                                                                  before: beforeSentences, language: language),
                                              before: beforeSentences, language: language)
        let glue = Sentences.separator(language)
        return pieces.indices.map { i in
            said[i].isEmpty ? nil : (said[i].count == wholes[i].count ? pieces[i] : said[i].joined(separator: glue))
        }
    }

    /// Step 3: a sentence that another of the answer says with more, in other words ("Pas de
    /// droits de douane." beside "Pour une livraison en France, vous ne payez ni droits de douane ni
    /// TVA à l'importation."): nearly all its words (`sharedWords`) and all its figures are in the
    /// other, which holds its rule words (`RuleWords`) and more words, or as many and comes first.
    /// The context's sentences (`context`, split) are kept and may say it too.
    static func withoutParaphrases(_ units: [[String]], context: [String], language: String) -> [[String]] {
        let contextSaid = context.map { (said(of: $0, language: language), -1) }
        var order = 0
        let read = units.map { list in list.map { s -> (Said, Int) in order += 1; return (said(of: s, language: language), order) } }
        let all = contextSaid + read.flatMap { $0 }
        func toldElsewhere(_ mine: Said, at place: Int) -> Elsewhere? {
            guard mine.terms.count >= 2 else { return nil }
            let needed = Double(mine.terms.count) * sharedWords
            let other = all.first { other, otherPlace in
                // (The cheap tests first: most sentences have fewer words than the one asked about.)
                guard otherPlace != place, other.terms.count > mine.terms.count || other.terms.count == mine.terms.count && otherPlace < place,
                      mine.figures.isSubset(of: other.figures), mine.turns.isSubset(of: other.turns) else { return false }
                return Double(Self.kin(mine.terms, other.terms)) >= needed
            }
            return other.map { $0.1 < place ? .before : .after }
        }
        // A sentence told before goes; one told after goes only with its whole piece ("Pas de droits
        // de douane. Pas de TVA à l'importation."): the piece's other sentences may lean on it
        // ("„Lo“ im Display: … schwach. Neue CR2032-Knopfzelle einsetzen.").
        return zip(units, read).map { list, said in
            let told = said.map { toldElsewhere($0.0, at: $0.1) }
            if told.allSatisfy({ $0 != nil }) { return [] }
            return zip(list, told).filter { $0.1 != .before }.map(\.0)
        }
    }

    /// Step 4: the sentences without those the sentences before them said between them (`Restated`),
    /// read in the answer's order after `before`. Where sentences are split at spaces (Thai), a
    /// piece is one unit, and no sentence of it goes.
    static func withoutRestatements(_ units: [[String]], before: [String], language: String) -> [[String]] {
        guard !Sentences.splitsAtSpaces(language) else { return units }
        var heard = Restated(language: language)
        for sentence in before { _ = heard.hear(sentence) }
        return units.map { list in list.filter { !heard.hear($0) } }
    }

    /// Step 5: the pieces whose every sentence another sentence of the answer says with more, in
    /// other words, before or after it: nine words in ten (`restatedWords`, inflected otherwise
    /// counts: `kin`) and all its figures are in one sentence with more words, and its kinds of rule
    /// words are somewhere in the rest. A market's row goes for the FAQ answer that states its fact
    /// and another ("Entrega con derechos pagados (DDP): todos los aranceles … incluidos … y no hay
    /// nada que pagar al recibirlo." before "Los pedidos … salen de nuestro almacén de … y se envían
    /// con la modalidad DDP …: todos los aranceles … ya están incluidos …" and "… no pague."); a
    /// sentence whose words are spread over several ("Cards are charged when your order is
    /// dispatched, not when you place it.") stays, and so does one that another says but for one
    /// word of five ("You can change the delivery address until your order is dispatched." beside
    /// "Changing or cancelling an order (including changing the delivery address)."). The piece with
    /// the fewest words goes first, and what went is no longer the rest: of two pieces saying the
    /// same, one stays. Where sentences are split at spaces (Thai), none goes.
    static func withoutPiecesToldElsewhere(_ units: [[String]], before: [String], language: String) -> [[String]] {
        guard !Sentences.splitsAtSpaces(language) else { return units }
        // Questions are read as no statement: they neither restate nor tell.
        let read = units.map { $0.map { RequestSplitter.isQuestion($0) ? nil : said(of: $0, language: language) } }
        let beforeSaid = before.filter { !RequestSplitter.isQuestion($0) }.map { said(of: $0, language: language) }
        var kept = units.map { !$0.isEmpty }
        let size = read.map { $0.reduce(0) { $0 + ($1?.terms.count ?? 0) } }
        let order = units.indices.sorted { size[$0] != size[$1] ? size[$0] < size[$1] : $0 > $1 }
        for piece in order where kept[piece] {
            let rest = beforeSaid + units.indices.filter { $0 != piece && kept[$0] }.flatMap { read[$0].compactMap { $0 } }
            let restTurns = rest.reduce(into: Set<RuleWords.Kind>()) { $0.formUnion($1.turns) }
            let told = read[piece].allSatisfy { mine in
                guard let mine, mine.terms.count >= shortestRestatement, mine.turns.isSubset(of: restTurns) else { return false }
                let needed = Double(mine.terms.count) * restatedWords
                return rest.contains {
                    $0.terms.count > mine.terms.count && mine.figures.isSubset(of: $0.figures)
                        && Double(kin(mine.terms, $0.terms)) >= needed
                }
            }
            if told { kept[piece] = false }
        }
        return units.indices.map { kept[$0] ? units[$0] : [] }
    }

    /// The indexes of the sentences that another sentence says with more, in other words, before or
    /// after them (step 5, each sentence read as a piece): what the reading check counts beside
    /// `restatements`. None where sentences are split at spaces (Thai).
    public static func toldWithMore(in sentences: [String], language: String) -> [Int] {
        let kept = withoutPiecesToldElsewhere(sentences.map { [$0] }, before: [], language: language)
        return sentences.indices.filter { kept[$0].isEmpty }
    }

    /// The indexes of the sentences that those before them said between them, in other words: what
    /// the reading check counts as facts stated twice beside figures and sentences said again
    /// (`StatedFacts.repeats`). None where sentences are split at spaces (Thai): a unit there is a
    /// fragment, and its words are another fragment's.
    public static func restatements(in sentences: [String], language: String) -> [Int] {
        guard !Sentences.splitsAtSpaces(language) else { return [] }
        var heard = Restated(language: language)
        return sentences.indices.filter { heard.hear(sentences[$0]) }
    }

    /// What the sentences heard so far said between them: their words (as the index reads them),
    /// figures and kinds of rule words. A sentence restates them when it asks nothing, has at least
    /// `shortestRestatement` words, and all its figures, its rule words' kinds and nearly all its
    /// words (`restatedWords`, inflected otherwise counts: `kin`) were said: "Cuba kaedah pembayaran
    /// lain." after "… boleh mencuba semula dengan kaedah yang sama atau kaedah lain.", "Puede
    /// solicitar una factura electrónica CFDI con su RFC." after the row and the sentence saying so.
    struct Restated {
        let language: String
        private var terms = Set<String>(), figures = Set<String>(), turns = Set<RuleWords.Kind>()

        init(language: String) { self.language = language }

        /// Takes the sentence in; whether it restates what was said.
        mutating func hear(_ sentence: String) -> Bool {
            let mine = SayOnce.said(of: sentence, language: language)
            defer { terms.formUnion(mine.terms); figures.formUnion(mine.figures); turns.formUnion(mine.turns) }
            guard mine.terms.count >= SayOnce.shortestRestatement, !RequestSplitter.isQuestion(sentence),
                  mine.figures.isSubset(of: figures), mine.turns.isSubset(of: turns) else { return false }
            return Double(SayOnce.kin(mine.terms, terms)) >= Double(mine.terms.count) * SayOnce.restatedWords
        }
    }

    /// The fewest words a sentence restating others has: a shorter one ("Ja, gratis.") says what
    /// it answers, not a fact of its own.
    static let shortestRestatement = 4
    /// The share of a sentence's words the sentences before it must have said for it to restate them.
    static let restatedWords = 0.9

    /// How many of `mine` the other set holds, or holds inflected otherwise: the index's stems of
    /// one word differ in their endings where the stemmer does not know a form ("etykiet" of
    /// "etykietę", "etykiec" of "etykiecie"), so a word counts when the other set has one that
    /// differs from it only after all but its last two letters.
    static func kin(_ mine: Set<String>, _ other: Set<String>) -> Int {
        mine.reduce(0) { count, word in
            if other.contains(word) { return count + 1 }
            return other.contains { inflected(word, $0) } ? count + 1 : count
        }
    }

    /// Whether two stems are one word inflected otherwise: both of five letters or more, and the
    /// shorter one without its last two letters begins the other ("zwrot", "zwrotn"), which a
    /// compound's other half does not ("versandkost", "versanddau").
    static func inflected(_ a: String, _ b: String) -> Bool {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        let shorter = min(x.count, y.count)
        guard shorter >= 5 else { return false }
        var common = 0
        while common < shorter, x[common] == y[common] { common += 1 }
        return common >= shorter - 2
    }

    /// What step 3 compares of a sentence: its words as the index reads them, without the rule words
    /// (the index keeps some, "pas", "ni": they are compared as kinds), its figures and its kinds of
    /// rule words. Kept per sentence: most are the KB's, told in many answers.
    struct Said: Sendable {
        var terms: Set<String>
        var figures: Set<String>
        var turns: Set<RuleWords.Kind>
    }

    static func said(of sentence: String, language: String) -> Said {
        saids.value(language + "\u{1F}" + sentence) {
            Said(terms: termSet(sentence, language: language).subtracting(ruleWordTerms(language)),
                 figures: Set(StatedFacts.reading(sentence).figures), turns: RuleWords.builtin.kinds(in: sentence, language: language))
        }
    }

    private static let saids = Memo<Said>()

    /// Where another sentence says it: before it (the reader was told) or after it.
    enum Elsewhere { case before, after }

    /// Step 1, the indexes of the pieces that give way: a piece gives way to another that states all
    /// its figures and nearly all its words (`sharedWords`, as the index reads them: `termSet`), with
    /// no rule word of its own (`RuleWords`): one that states them with more, or the same one said
    /// earlier. A piece with
    /// figures gives way on its figures alone ("Expressversand: Kosten 7,90 €." beside the row with
    /// every price); one without figures ("México (MX): DDP … No, nunca." beside the same row with
    /// its warehouse) on its words. A piece whose figures the context states goes too.
    private static func subsumed(_ pieces: [String], contextFigures: Set<String>, language: String) -> Set<Int> {
        let figures = pieces.map { Set(StatedFacts.reading($0).figures) }
        // A piece's words are read only when another states all its figures (most pieces state
        // other figures than the rest, and reading words was a third of this step).
        var wordSets = [Set<String>?](repeating: nil, count: pieces.count)
        func words(_ i: Int) -> Set<String> {
            if let known = wordSets[i] { return known }
            let read = termSet(pieces[i], language: language)
            wordSets[i] = read
            return read
        }
        var ruleWords = [Set<RuleWords.Kind>?](repeating: nil, count: pieces.count)
        func turns(_ i: Int) -> Set<RuleWords.Kind> {
            if let known = ruleWords[i] { return known }
            let read = RuleWords.builtin.kinds(in: pieces[i], language: language)
            ruleWords[i] = read
            return read
        }
        return Set(pieces.indices.filter { i in
            let own = figures[i]
            if !own.isEmpty, own.isSubset(of: contextFigures) { return true }
            return pieces.indices.contains { j in
                guard j != i, own.isSubset(of: figures[j]) else { return false }
                // Told: its figures (all of them, checked above) or, having none, nearly all its words.
                if own.isEmpty {
                    let mine = words(i)
                    let shared = mine.isEmpty ? 0 : Double(mine.intersection(words(j)).count) / Double(mine.count)
                    guard shared >= sharedWords else { return false }
                    // "se puede cambiar hasta que …" is neither "… después del envío" nor "no se puede
                    // cambiar", though the index keeps the same words of all three (RuleWords); the
                    // fuller one may add a bound of its own ("… never creates an order, so nothing
                    // ships until …" says "No. A failed payment never creates an order.").
                    guard turns(i).isSubset(of: turns(j)) else { return false }
                }
                // With more: more figures, more words, or the same said earlier.
                if own != figures[j] { return true }
                let mine = words(i).count, theirs = words(j).count
                return theirs > mine || (theirs == mine && j < i)
            }
        })
    }

    /// The share of a piece's words another must hold to say the same without figures.
    static let sharedWords = 0.8

    /// The index terms of a language's rule words.
    static func ruleWordTerms(_ language: String) -> Set<String> {
        ruleTermSets.value(language) {
            Set((RuleWords.builtin.entries[language] ?? []).flatMap { Searcher.indexTerms($0.words.joined(separator: " "), language: language) })
        }
    }

    private static let ruleTermSets = Memo<Set<String>>()

    /// A piece's words as the index reads them: stemmed, without stop words ("Le retour est gratuit
    /// grâce à une étiquette prépayée" says "retour gratuit étiquette prépayée" of "Frais de retour :
    /// gratuits – étiquette de retour prépayée fournie"); the letter pairs of `wordSet` where the
    /// analyzer finds no words.
    /// Kept per sentence: most pieces are the KB's, told in many answers.
    static func termSet(_ text: String, language: String) -> Set<String> {
        termSets.value(language + "\u{1F}" + text) {
            let terms = Set(Searcher.indexTerms(text, language: language))
            return terms.isEmpty ? wordSet(text) : terms
        }
    }

    private static let termSets = Memo<Set<String>>()

    /// A piece's words, lower-cased; in scripts written without spaces, its pairs of letters.
    static func wordSet(_ text: String) -> Set<String> {
        var out = Set<String>()
        var word = ""
        var previousWide: Character?
        for c in text.lowercased() {
            let letterOrNumber = c.isLetterQuick || c.isNumberQuick
            if letterOrNumber, c.isWideScript {
                if !word.isEmpty { out.insert(word); word = "" }
                if let p = previousWide { out.insert(String([p, c])) }
                previousWide = c
            } else if letterOrNumber {
                previousWide = nil
                word.append(c)
            } else {
                previousWide = nil
                if !word.isEmpty { out.insert(word); word = "" }
            }
        }
        if !word.isEmpty { out.insert(word) }
        return out
    }
}
