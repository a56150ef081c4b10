import Support
import Foundation
import Workspace
import Linguistics

/// Tells a policy table's row as a sentence of the answer language, from the `row.*` phrase
/// templates: each column's facet (ColumnLexicon, from its header's words) chooses the clause its
/// value fills ("Lieferzeit {value}", "the return window is {value}"), a column of no known facet is
/// told as "Header: value", and the clauses follow the row's subject in the language's frame
/// ("{subject}: {facts}."), joined as a list ("a, b and c"). An answer plan keeps only the facets
/// that answer the question. Never "—" between cells nor "; Key:".
struct RowWriter: Sendable {
    let phrases: PhraseBook
    let lexicon: ColumnLexicon
    /// Endings that close a sentence (no copula after them) and that make a clause a predicate (a
    /// symptom so ending is no noun).
    let closingEndings: SentenceEndings
    let predicateEndings: SentenceEndings
    /// The store's markets: a subject naming one keeps the plain frame ("Germany (DE): …", not "For
    /// Germany (DE), …"), since the preposition before a country is the country's own.
    let markets: MarketNames?
    let yesNo: YesNo

    init(phrases: PhraseBook, lexicon: ColumnLexicon = .builtin, closingEndings: SentenceEndings = .closing, predicateEndings: SentenceEndings = .predicate,
         markets: MarketNames? = nil, yesNo: YesNo = .builtin) {
        self.phrases = phrases
        self.lexicon = lexicon
        self.closingEndings = closingEndings
        self.predicateEndings = predicateEndings
        self.markets = markets
        self.yesNo = yesNo
    }

    /// What the sentence names as the row's subject.
    enum Subject: Sendable {
        /// The row's first cell ("Standard shipping", "Carte Bancaire (CB)").
        case firstCell
        /// The customer's market: understood, not named ("Delivery takes 4–7 working days…" to a
        /// customer in the UK, not "United Kingdom (GB): delivery takes…", which reads as a table).
        case customersMarket
        /// A name the answer gives instead of the first cell (a market's): told with the plain frame.
        case named(String)
        /// What the first cell adds to the customer's market ("United Kingdom (GB), orders over £135"
        /// → "orders over £135"): the condition of the rule, told like a subject ("For orders over £135, …").
        case condition(String)
    }

    /// - Parameters:
    ///   - plan: the facets that answer the question (nil: every column). When the row has none of
    ///     them it is told whole: the row was chosen for the question, so it says something to it.
    ///   - subject: what the sentence names as the row's subject.
    ///   - subjectFirst: whether the subject may be the sentence's subject (`subjectFirst(_:told:…)`);
    ///     false gives the row's words as the framed clauses say them, which selection matches too.
    func sentence(_ row: TableRow, language: String, plan: [AnswerFacet]? = nil, subject: Subject = .firstCell, subjectFirst: Bool = true) -> String {
        guard let first = row.cells.first?.value else { return "" }
        // A troubleshooting row with a cause and a remedy: the symptom and its cause, then the remedy
        // as a sentence of its own ("Red light blinks: the lid is not locked. Twist the lid fully on.").
        let isRemedy = { (c: TableRow.Cell) in c.label.flatMap { self.lexicon.facet(of: $0, language: language) } == .remedy && !TableRow.isEmptyValue(c.value) }
        let remedies = row.cells.dropFirst().filter(isRemedy)
        if !remedies.isEmpty, row.cells.dropFirst().contains(where: { !isRemedy($0) && !TableRow.isEmptyValue($0.value) }) {
            let symptom = sentence(TableRow(cells: row.cells.filter { !isRemedy($0) }), language: language, plan: nil, subject: subject)
            return ([symptom] + remedies.map { Self.instruction($0.value, language: language) }).joined(separator: Sentences.separator(language))
        }
        let p = phrases.phrases(language)
        let cells = row.cells.dropFirst().filter { !TableRow.isEmptyValue($0.value) }
            .map { (cell: $0, facet: $0.label.flatMap { lexicon.facet(of: $0, language: language) }) }
        var told = cells
        if let plan {
            let planned = cells.filter { $0.facet.map(plan.contains) ?? false }
            if !planned.isEmpty { told = planned }
        }
        if case .firstCell = subject, told.count == 1, told[0].facet == nil || told[0].facet == .rule,
           let said = noneSentence(topic: first, value: told[0].cell.value, phrases: p, language: language) {
            return said
        }
        let afterSentence = Self.isSentence(first)
        var clauses = told.map { clause($0.cell, facet: $0.facet, afterSentence: afterSentence, alone: told.count == 1, phrases: p, language: language) }
        // A topic row ("Délai de retour · 30 jours à compter de la livraison"): its one cell states
        // the rule, and its subject names the facet the rule is ("vous disposez de 30 jours …").
        if case .firstCell = subject, told.count == 1, told[0].facet == nil || told[0].facet == .rule, Self.isFigureLike(told[0].cell.value),
           let topic = lexicon.facet(naming: first, language: language), p[.row(topic)] != nil {
            let said = clause(TableRow.Cell(label: nil, value: told[0].cell.value), facet: topic, phrases: p, language: language)
            if said.phrased {
                clauses = [said]
                let frame = closing(p[.rowOwnMarket] ?? "{facts}.", after: said.text, language: language)
                return frame.replacingExactly("{facts}", with: frame.hasPrefix("{facts}") ? Self.capitalised(said.text) : said.text)
            }
        }
        // A topic row whose value is a longer phrase ("Zwrot pieniędzy · w ciągu 5 dni roboczych od
        // otrzymania zwrotu, najpóźniej …") is told in its facet's template where the value carries
        // the template's own words (`merged`): "Zwrot pieniędzy w ciągu 5 dni roboczych …".
        if case .firstCell = subject, told.count == 1, told[0].facet == nil || told[0].facet == .rule,
           !Self.isFigureLike(told[0].cell.value), !Sentences.splitsAtSpaces(language),
           let topic = lexicon.facet(naming: first, language: language) ?? Self.facet(namedBy: first, phrases: p),
           let template = p[.row(topic)],
           yesNo.said(told[0].cell.value, language: language) == nil,
           let said = Self.merged(template, value: Self.trimmed(told[0].cell.value), language: language) {
            let frame = closing(p[.rowOwnMarket] ?? "{facts}.", after: said, language: language)
            return frame.replacingExactly("{facts}", with: frame.hasPrefix("{facts}") ? Self.capitalised(said) : said)
        }
        var name = first
        if case .named(let given) = subject { name = given }
        if case .condition(let given) = subject { name = given }
        guard !clauses.isEmpty else { return TableRow(cells: [TableRow.Cell(label: nil, value: name)]).sentence(language: language) }
        // A language that introduces a subject with a preposition ("Untuk Ekspres, biayanya …") keeps
        // that frame where it applies; the subject-first form tells the rows it does not fit.
        let introduces = !(p[.rowWithSubject] ?? "{subject}").hasPrefix("{subject}") && clauses.allSatisfy(\.introducible)
        if subjectFirst, !introduces, case .firstCell = subject,
           let said = self.subjectFirst(first, told: told.map { ($0.cell, $0.facet) }, phrases: p, language: language) {
            return said
        }
        // A clause after the first is inside the sentence too ("… và miễn phí", not "… và Miễn phí").
        let facts = Self.list(clauses.enumerated().map { $0.offset == 0 ? $0.element.text : Self.insideSentence($0.element.text, language: language) },
                              comma: p[.rowComma] ?? ", ", and: p[.rowAnd] ?? " and ", afterAnd: p[.rowClauseBreak])
        if case .customersMarket = subject {
            let frame = closing(p[.rowOwnMarket] ?? "{facts}.", after: facts, language: language)
            // The facts open the sentence: their first letter is a capital (no change in scripts without case).
            let opening = frame.hasPrefix("{facts}") ? Self.capitalised(facts) : facts
            return frame.replacingExactly("{facts}", with: opening)
        }
        return framed(subject, name: name, facts: facts, phrased: clauses.allSatisfy(\.phrased), introducible: clauses.allSatisfy(\.introducible),
                      symptom: clauses.contains(where: \.symptom), phrases: p, language: language)
    }

    /// The row told with its subject as the sentence's subject ("Expressversand kostet 7,90 € und
    /// dauert 1–2 Werktage."), the way a person writes it where a preposition before the subject would
    /// need an article of the subject's gender: from each clause's `after_subject=` form. nil when the
    /// language has no such frame, a clause has no such form or its cell answers yes or no, or the
    /// subject is a market's name or a sentence of its own.
    private func subjectFirst(_ subject: String, told: [(cell: TableRow.Cell, facet: AnswerFacet?)], phrases p: Phrases, language: String) -> String? {
        guard var frame = p[.rowSubjectFirst], !Self.isSentence(subject),
              markets.map({ $0.mentioned(in: subject).isEmpty }) ?? true else { return nil }
        var clauses: [String] = []
        for (cell, facet) in told {
            guard let facet, let template = p[.row(facet)], yesNo.answer(cell.value, language: language) == nil else { return nil }
            let forms = Self.namedForms(Self.afterSubject, of: template)
            guard !forms.isEmpty else { return nil }
            let value = Self.trimmed(cell.value)
            let form = forms.count == 2 ? (Self.beginsWithFigure(value) ? forms[0] : forms[1]) : forms[0]
            let describing = forms.count == 2 && !Self.beginsWithFigure(value) && !language.hasPrefix("de")
            clauses.append(form.replacingExactly("{value}", with: describing ? Self.decapitalised(value) : Self.insideSentence(value, language: language)))
        }
        let facts = Self.list(clauses, comma: p[.rowComma] ?? ", ", and: p[.rowAnd] ?? " and ", afterAnd: p[.rowClauseBreak])
        frame = closing(frame, after: facts, language: language)
        let parts = frame.componentsExactly(separatedBy: "{facts}")
        return parts.map { $0.replacingExactly("{subject}", with: subject) }.joined(separator: facts)
    }

    /// A topic row whose value is the language's word for none, alone or before a dash or colon and
    /// what it means ("Droits de douane · aucun" → "Pas de droits de douane.", "Zahlung bei der
    /// Zustellung · keine – Sie zahlen nur …" → "…: keine. Sie zahlen nur …"), in the `row.none`
    /// frame; nil for any other value.
    private func noneSentence(topic: String, value: String, phrases p: Phrases, language: String) -> String? {
        guard let frame = p[.rowNone], yesNo.saysNone(value, language: language), !"?？".contains(topic.last ?? " ") else { return nil }
        let said = Self.trimmed(value)
        let word = said.prefix { $0.isLetter }
        var rest = said.dropFirst(word.count).trimmedOfWhitespace[...]
        guard !word.isEmpty, rest.first.map({ "–—-:：".contains($0) }) ?? true else { return nil }
        while let first = rest.first, "–—-:： ".contains(first) { rest.removeFirst() }
        let named = frame.hasPrefix("{topic}") || language.hasPrefix("de") ? topic : Self.commonNoun(topic, language: language)
        let sentence = frame.replacingExactly("{value}", with: String(word)).replacingExactly("{topic}", with: named)
        guard !rest.isEmpty else { return sentence }
        return sentence + Sentences.separator(language) + Self.instruction(String(rest), language: language)
    }

    /// The prefix of a clause's forms that go on from the row's subject ("after_subject=kostet {value}").
    static let afterSubject = "after_subject="
    /// The prefix of a clause's form that follows a subject which is a sentence of its own.
    static let afterSentence = "after_sentence="
    /// The prefix of a symptom frame's form that follows a subject which is a noun, not a predicate.
    static let afterNoun = "after_noun="

    /// A template's forms of one name ("yes=", "after_subject="), without their prefix, in order.
    static func namedForms(_ prefix: String, of template: String) -> [String] {
        template.componentsExactly(separatedBy: formSeparator).filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
    }

    /// A cell of no known facet that needs no "Header: value": one whose value names its header
    /// ("Leuchtdauer: kürzeste Leuchtdauer (ab 8 Stunden)" says "kürzeste Leuchtdauer (ab 8
    /// Stunden)"), or one whose header is the start of a phrase the value finishes, as a header
    /// that ends with a preposition is ("Geeignet für: helles Arbeitslicht" says "geeignet für
    /// helles Arbeitslicht"). nil for any other cell.
    static func unlabelled(_ label: String, value: String, language: String) -> String? {
        let header = label.trimmedOfWhitespace
        guard !header.isEmpty, !value.isEmpty else { return nil }
        let words = { (text: String) in text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init) }
        let named = words(header), said = words(value)
        if !named.isEmpty, said.count > named.count,
           said.indices.dropLast(named.count - 1).contains(where: { Array(said[$0..<($0 + named.count)]) == named }) {
            return value
        }
        if named.count >= 2, let last = named.last, FunctionWords.contains(last, language: language) {
            return commonNoun(header, language: language) + " " + value   // German nouns keep their capital
        }
        return nil
    }

    /// Whether a form is named ("no=…", "after_subject=…"), not one of the plain forms.
    static func isNamed(_ form: String) -> Bool {
        guard let equals = form.firstIndex(of: "="), equals > form.startIndex else { return false }
        return form[..<equals].allSatisfy { $0.isLetter || $0 == "_" }
    }

    /// One cell told as a clause: its facet's template (the form its value needs: a yes/no cell's
    /// words, a figure's, a word's), or "Header: value" for a column of no known facet.
    /// `afterSentence`: the row's subject is a sentence ("The lantern won't turn on."), which a
    /// template's `after_sentence=` form follows ("Cause possible : …" where a label subject takes
    /// "… : probablement …", one colon a sentence).
    /// - Parameter alone: the clause is the row's only one; a list inside a clause that others
    ///   follow keeps its commas, or the clauses' own list would need the clause break ("…, Visa and
    ///   cash on delivery; cash on delivery fee: ₱50.00" reads as a table).
    private func clause(_ cell: TableRow.Cell, facet: AnswerFacet?, afterSentence: Bool = false, alone: Bool = false, phrases p: Phrases,
                        language: String) -> Clause {
        var value = Self.trimmed(cell.value)
        // A cell that lists names is said as a list ("we ship with Royal Mail and Evri", not "…
        // Royal Mail, Evri"): the table's commas are a column's, a sentence's list ends with "and".
        if alone, facet == .carrier || facet == .paymentMethods { value = Self.namesAsList(value, and: p[.rowAnd] ?? " and ") }
        guard let facet, let template = p[.row(facet)] else {
            guard let label = cell.label else { return (value, false, false, false) }
            if let told = Self.unlabelled(label, value: value, language: language) { return (told, false, false, false) }
            return ((p[.rowCell] ?? "{label}: {value}").replacingExactly("{label}", with: label).replacingExactly("{value}", with: value), false, false, false)
        }
        let symptom = facet == .cause || facet == .remedy
        // A cell that says yes or no ("No – never") takes the template's form for its answer, which
        // says it in words ("there is nothing to pay on delivery").
        let answer = yesNo.said(value, language: language)
        if let said = Self.answerForm(of: template, for: value, answer: answer?.yes, answerWords: answer?.words ?? 1) {
            return (said, true, symptom, !Self.isAboutAState(facet))
        }
        let form = afterSentence ? Self.namedForms(Self.afterSentence, of: template).first ?? Self.form(of: template, for: value)
            : Self.form(of: template, for: value)
        // A form that wraps a noun ("考えられる原因は{value}です") cannot hold a value that closes a
        // sentence of its own ("フタがロックされていません"): the value is told as written.
        if let slot = form.rangeExactly(of: "{value}"), !form[slot.upperBound...].trimmedOfWhitespace.isEmpty,
           closingEndings.ends(value, language: language) {
            return (value, false, symptom, false)
        }
        // A symptom's cause reads as "{symptom}: the likely cause is …", not "For {symptom}, …".
        let phrased = facet != .cause && form.trimmedOfWhitespace != "{value}" && !form.containsExactly(": {value}")
        // In a clause's words form, a describing word loses the capital it had at the start of its
        // cell ("return shipping is free", "percuma untuk…"), except in German, where nouns keep it.
        let forms = template.componentsExactly(separatedBy: Self.formSeparator).filter { !$0.hasPrefix(Self.afterSubject) && !$0.hasPrefix(Self.afterSentence) }
        let describing = (forms.count > 1 || facet == .cause) && !Self.beginsWithFigure(value) && !language.hasPrefix("de")
        // A value after the template's words is inside a sentence: a common phrase loses its capital
        // ("trừ tiền khi nhận hàng", not "trừ tiền Khi nhận hàng"); a name keeps it ("Visa").
        let inside = !form.hasPrefix("{value}") ? Self.insideSentence(value, language: language) : value
        // A template may name the column ("{label}{value}": Chinese "进口关税和税费已包含在结账金额中", where
        // the value alone, "已包含在结账金额中", says nothing of what is included).
        return (form.replacingExactly("{value}", with: describing ? Self.decapitalised(value) : inside).replacingExactly("{label}", with: cell.label ?? ""),
                phrased, symptom,
                phrased && !Self.isAboutAState(facet))
    }

    /// The facet whose template names the topic before its value ("Zwrot pieniędzy" in "zwrot
    /// pieniędzy w ciągu {value} …", "Terugbetaling" in "terugbetaling binnen {value} …"): a topic
    /// row the column lexicon does not know may still be told in that template (`merged`). The
    /// lexicon is not widened for it, since its facets also choose which rows answer a question.
    static func facet(namedBy topic: String, phrases p: Phrases) -> AnswerFacet? {
        let named = foldedWords(topic)
        guard !named.isEmpty, named.count <= 3 else { return nil }
        return AnswerFacet.allCases.first { facet in
            guard let template = p[.row(facet)], let plain = template.componentsExactly(separatedBy: formSeparator).first(where: { !isNamed($0) }),
                  let slot = plain.rangeExactly(of: "{value}") else { return false }
            let before = foldedWords(plain[..<slot.lowerBound])
            return before.count >= named.count && before.indices.dropLast(named.count - 1).contains { Array(before[$0..<($0 + named.count)]) == named }
        }
    }

    /// A text's words split at spaces, each folded and without the marks at its edges, as the
    /// templates and topics are compared.
    private static func foldedWords(_ text: some StringProtocol) -> [String] {
        text.split(separator: " ").map { Folding.folded(String($0).trimmingCharacters(in: .punctuationCharacters)) }
    }

    /// A long value told in a facet's template when the value carries the template's own words:
    /// the template's words before it that the value opens with are said once ("zwrot pieniędzy w
    /// ciągu {value}" + "w ciągu 5 dni …"), the template's tail is left out when the value names its
    /// own reference point (the tail's first or last word is in it: "… od otrzymania zwrotu"), and a
    /// template's form for words takes a value that is words ("pemulangan {value}" + "percuma hanya
    /// untuk …"). nil when the value shares none of that with the template, or in a language whose
    /// words are not spaced.
    static func merged(_ template: String, value: String, language: String) -> String? {
        let forms = template.componentsExactly(separatedBy: formSeparator).filter { !isNamed($0) }
        let wordsForm = forms.count == 2 && !beginsWithFigure(value)
        let form = form(of: template, for: value)
        let pieces = form.componentsExactly(separatedBy: "{value}")
        guard pieces.count == 2, !value.isEmpty else { return nil }
        var before = pieces[0].split(separator: " ")
        let after = foldedWords(pieces[1])
        let valueWords = foldedWords(value)
        let foldedBefore = foldedWords(pieces[0])
        var overlap = 0
        for k in stride(from: min(before.count, valueWords.count), through: 1, by: -1)
            where Array(foldedBefore.suffix(k)) == Array(valueWords.prefix(k)) {
            overlap = k
            break
        }
        before.removeLast(overlap)
        // The tail's first or last word in the value: "nadat …" in "… nadat je retour bij ons binnen
        // is", "reso" of "dall'arrivo del reso" in "… dal ricevimento del reso".
        let ownReference = [after.first, after.last].contains { word in word.map(valueWords.contains) ?? false }
        guard overlap > 0 || ownReference || wordsForm && after.isEmpty, after.isEmpty || ownReference else { return nil }
        let opening = before.joined(separator: " ")
        let told = opening.isEmpty ? value : opening + " " + (language.hasPrefix("de") ? value : decapitalised(value))
        return told.trimmingCharacters(in: CharacterSet(charactersIn: ".。 "))
    }

    /// One cell told as a clause. `phrased`: a phrase of its own ("delivery takes 3–6 days"), not a
    /// bare value ("none") or "label: value", so a sentence after a colon begins with it. `introducible`:
    /// it also reads after "For {subject}, " — not when the subject is an order's state. `symptom`: a
    /// troubleshooting column (cause, remedy).
    typealias Clause = (text: String, phrased: Bool, symptom: Bool, introducible: Bool)

    /// A column whose rows are an order's states ("Shipped", "In Bearbeitung"): the state is no thing a
    /// preposition can introduce ("For Shipped, …"), so its row keeps "{state}: …".
    static func isAboutAState(_ facet: AnswerFacet) -> Bool { facet == .addressChange || facet == .cancellation }

    /// The row's subject and facts in the language's frame: a subject introduced by a preposition
    /// ("For standard shipping, delivery takes…") where the language has that frame, every clause is
    /// a phrase and the subject is not a market's name (a preposition before a country is the
    /// country's own: "en España", "in the UK"); a rule's condition always ("For orders over £135, …");
    /// a symptom as a condition where the language says so ("…場合は、"); else "{subject}: {facts}.".
    private func framed(_ subject: Subject, name: String, facts: String, phrased: Bool, introducible: Bool, symptom: Bool, phrases p: Phrases, language: String) -> String {
        var name = name
        var introduced = false, isCondition = false
        switch subject {
        case .firstCell: introduced = !(markets.map { !$0.mentioned(in: name).isEmpty } ?? false) && introducible
        case .condition: introduced = true; isCondition = true
        case .named, .customersMarket: break
        }
        let withSubject = introduced && !Self.isSentence(name) ? p[.rowWithSubject] : nil
        let plain = symptom ? p[.rowSymptom].map { symptomFrame($0, subject: name, language: language) } ?? p[.rowSentence] : p[.rowSentence]
        var chosen = withSubject ?? plain ?? "{subject}: {facts}."
        var told = facts
        // "{Facts}": clauses that make a sentence of their own begin with a capital ("Standardversand:
        // Der Versand ist kostenlos…"), a bare value does not ("Einheiten: kg und lb").
        if chosen.containsExactly("{Facts}") {
            chosen = chosen.replacingExactly("{Facts}", with: "{facts}")
            if phrased { told = Self.capitalised(facts) }
        }
        var frame = closing(chosen, after: facts, language: language)
        if isCondition, frame.hasPrefix("{subject}") { name = Self.capitalised(name) }   // "Bestellungen über 135 £: …"
        if withSubject != nil, !frame.hasPrefix("{subject}") {
            name = Self.commonNoun(name, language: language)
            // The facts follow a comma now: "Với …, đã bao gồm…", not "…, Đã bao gồm…".
            if !language.hasPrefix("de") { told = Self.decapitalised(facts) }
        }
        // A subject that asks ("Is the invoice sent by post?") is answered, not labelled, and one that
        // is a sentence (a symptom: "The display stays blank.") is followed: nothing joins it to the
        // facts but the space the language puts between words ("{subject}: " → "{subject} ",
        // "{subject}は、" → "{subject}"), and the facts begin a sentence.
        if Self.isSentence(name), let start = frame.rangeExactly(of: "{subject}"), let end = frame.rangeExactly(of: "{facts}"),
           start.upperBound <= end.lowerBound {
            let joiner = frame[start.upperBound..<end.lowerBound]
            frame.replaceSubrange(start.upperBound..<end.lowerBound, with: joiner.contains(" ") ? " " : "")
            told = Self.capitalised(told)
        }
        // The subject goes in first: a value holding "{subject}" literally must stay as written.
        let parts = frame.componentsExactly(separatedBy: "{facts}").map { $0.replacingExactly("{subject}", with: name) }
        let said = parts.joined(separator: told)
        // A sentence takes one label's colon: after "{subject}: ", a value's own ("pas d'échange direct :
        // retournez …") and a column's ("Geeignet für: …") become the language's dash.
        // So does a column's label after the clause break ("… à table ; Autonomie : intermédiaire"
        // reads as a table's "; Key:").
        let breakThenLabel = p[.rowClauseBreak].map { told.containsExactly($0) } == true && LabelColons.count(in: said) >= 2
        guard LabelColons.labelAfterLabel(in: said) || LabelColons.count(in: said) > 2 || breakThenLabel else { return said }
        return parts.joined(separator: LabelColons.dashed(told, dash: p[.rowDash] ?? " – "))
    }

    /// The symptom frame for this subject: its `after_noun=` form when the language tells predicates
    /// by their endings and the subject is none ("赤色ランプの点滅" takes "…の場合は"; "反応しない", a
    /// predicate, and a subject that is a sentence take the plain "…場合は").
    private func symptomFrame(_ template: String, subject: String, language: String) -> String {
        let plain = template.componentsExactly(separatedBy: Self.formSeparator).first { !Self.isNamed($0) } ?? template
        guard let noun = Self.namedForms(Self.afterNoun, of: template).first, predicateEndings.knows(language),
              !Self.isSentence(subject), !predicateEndings.ends(subject, language: language), !closingEndings.ends(subject, language: language)
        else { return plain }
        return noun
    }

    /// The frame, its tail after the facts cut to the final mark when the facts already close a
    /// sentence ("{subject}は、{facts}です。" → "{subject}は、{facts}。" after "…しません").
    private func closing(_ frame: String, after facts: String, language: String) -> String {
        var last: Range<String.Index>?
        while let next = frame.rangeExactly(of: "{facts}", from: last?.upperBound) { last = next }
        guard let slot = last, closingEndings.ends(facts, language: language) else { return frame }
        let tail = frame[slot.upperBound...]
        let mark = tail.last.map { "。.".contains($0) ? String($0) : "" } ?? ""
        return String(frame[..<slot.upperBound]) + mark
    }

    /// A row about the customer's market told without naming it — unless what it says names another
    /// market ("ships from Rotterdam (Netherlands)"): a sentence naming only another market would read
    /// as that market's rule, so it keeps its subject.
    func ownMarketSentence(_ row: TableRow, language: String, plan: [AnswerFacet]? = nil, market: String, names: MarketNames) -> String {
        // The first cell's words besides the market's name are the rule's condition and stay.
        let parts = (row.cells.first?.value ?? "").componentsExactly(separatedBy: ", ")
        let condition = parts.filter { names.mentioned(in: $0).isEmpty }.joined(separator: ", ")
        let told = sentence(row, language: language, plan: plan,
                            subject: condition.isEmpty || parts.count < 2 ? .customersMarket : .condition(condition))
        // Another market named by the told row is another market's rule — unless it is where the
        // parcel ships from ("envío desde Rotterdam (Países Bajos)" to a customer in Spain).
        let warehouses = row.cells.filter { $0.label.flatMap { lexicon.facet(of: $0, language: language) } == .shipsFrom }
            .reduce(into: Set<String>()) { $0.formUnion(names.mentioned(in: $1.value)) }
        let named = names.mentioned(in: told).subtracting(warehouses)
        return named.isEmpty || named.contains(market) ? told
            : sentence(row, language: language, plan: plan, subject: .named(row.cells.first?.value ?? ""))
    }

    /// Rows that say the same of different things ("Zoll · fällt nicht an", "Einfuhrumsatzsteuer ·
    /// fällt nicht an") as one row of their subjects listed ("Zoll und Einfuhrumsatzsteuer"): told
    /// apart, the fact is stated once per subject. nil unless there are two or more rows, each with
    /// a subject, whose other cells are the same — those the plan tells, where it tells some
    /// ("Standard · 3–6 dni · InPost, DPD" and "Ekspresowa · 2–3 dni · InPost, DPD" asked for the
    /// carrier say the same).
    func sharingFacts(_ rows: [TableRow], language: String, plan: [AnswerFacet]? = nil) -> TableRow? {
        let told = { (row: TableRow) in self.toldCells(row, language: language, plan: plan) }
        guard rows.count >= 2, let facts = rows.first.map(told), !facts.isEmpty,
              rows.allSatisfy({ $0.cells.count >= 2 && told($0) == facts }) else { return nil }
        let p = phrases.phrases(language)
        // A common noun after the first loses its capital ("thuế nhập khẩu và các loại thuế khác").
        let names = rows.enumerated().map { i, row in
            i == 0 ? Self.trimmed(row.cells[0].value) : Self.commonNoun(Self.trimmed(row.cells[0].value), language: language)
        }
        let subjects = Self.list(names, comma: p[.rowComma] ?? ", ", and: p[.rowAnd] ?? " and ")
        return TableRow(cells: [TableRow.Cell(label: rows[0].cells[0].label, value: subjects)] + facts)
    }

    /// The cells after a row's subject that the plan tells (all of them where it tells none).
    private func toldCells(_ row: TableRow, language: String, plan: [AnswerFacet]?) -> [TableRow.Cell] {
        let cells = Array(row.cells.dropFirst())
        guard let plan else { return cells }
        let planned = cells.filter { $0.label.flatMap { lexicon.facet(of: $0, language: language) }.map(plan.contains) ?? false }
        return planned.isEmpty ? cells : planned
    }

    /// Whether a sentence's rows say what an earlier sentence's rows say, of other things: the
    /// cells each was told with are the same (a row told whole does not join one told its cost
    /// alone, which would lose its other facts), and no subject is told twice (the policy table's
    /// "Ekspresowa" row and the chunk's copy of it are one row, not two to list).
    private func says(_ piece: ToldSentence, whatSays earlier: ToldSentence, language: String) -> Bool {
        let subjects = Set(earlier.rows.compactMap { $0.cells.first.map { Folding.folded($0.value) } })
        guard let facts = earlier.rows.first.map({ toldCells($0, language: language, plan: earlier.plan) }) else { return false }
        return piece.rows.allSatisfy { row in
            row.cells.first.map { !subjects.contains(Folding.folded($0.value)) } ?? false
                && toldCells(row, language: language, plan: piece.plan) == facts
        }
    }

    /// Sentences chosen one after the other, a row that says the same of another thing as an earlier
    /// row told with it, in the earlier one's place (`sharingFacts`), with the earlier one's answer
    /// plan; a sentence of no row stays as it is. The earlier row need not be the one just before:
    /// the selector orders rows by what was asked ("ภาษีนำเข้า (VAT)", then "ค่าใช้จ่ายตอนรับสินค้า",
    /// then "อากรขาเข้า"), and told apart the first and the third say the same twice. Nor need it
    /// come from the same step: the policy table's rows (FactRows) meet the selector's here.
    func toldOnce(_ pieces: [ToldSentence], language: String) -> [ToldSentence] {
        var out: [ToldSentence] = []
        for piece in pieces {
            guard !piece.rows.isEmpty else { out.append(piece); continue }
            // (A loop, not `lazy.compactMap … .first`, which reads the match twice.)
            var joined = false
            for i in out.indices.reversed() where !out[i].rows.isEmpty && says(piece, whatSays: out[i], language: language) {
                let rows = out[i].rows + piece.rows
                guard let merged = sharingFacts(rows, language: language, plan: out[i].plan) else { continue }
                out[i] = ToldSentence(text: sentence(merged, language: language, plan: out[i].plan), rows: rows, plan: out[i].plan)
                joined = true
                break
            }
            if !joined { out.append(piece) }
        }
        return out
    }

    /// A table's options in one sentence: its rows' subjects, listed, as the value of the facet their
    /// column tells ("You can pay with BLIK, Przelewy24, Visa, Mastercard and PayPal."); nil when the
    /// language has no template for the facet.
    func optionsSentence(_ subjects: [String], facet: AnswerFacet, language: String) -> String? {
        let p = phrases.phrases(language)
        guard subjects.count >= 2, let template = p[.row(facet)] else { return nil }
        let value = Self.list(subjects.map(Self.trimmed), comma: p[.rowComma] ?? ", ", and: p[.rowAnd] ?? " and ")
        let clause = Self.form(of: template, for: value).replacingExactly("{value}", with: value)
        let frame = closing(p[.rowOwnMarket] ?? "{facts}.", after: clause, language: language)
        return frame.replacingExactly("{facts}", with: frame.hasPrefix("{facts}") ? Self.capitalised(clause) : clause)
    }

    /// Separates a clause's two forms: for a value that begins with a figure ("7,90 €", "30 Tage",
    /// "RM25") and for one that begins with words ("kostenlos ab 39 €"): "der Versand kostet {value}
    /// || der Versand ist {value}".
    static let formSeparator = " || "

    /// The template's form for this value (a template of one form serves every value).
    static func form(of template: String, for value: String) -> String {
        let forms = template.componentsExactly(separatedBy: formSeparator).filter { !isNamed($0) }
        guard forms.count == 2 else { return forms.first ?? template }
        return beginsWithFigure(value) ? forms[0] : forms[1]
    }

    /// The clause for a value that says yes or no, from the template's `yes=` or `no=` form: its
    /// {value} is what the cell says after the answer ("Yes – the carrier collects them" → "the
    /// carrier collects them"). nil: the template has no form for the answer, or the form needs a
    /// rest the cell lacks.
    static func answerForm(of template: String, for value: String, answer: Bool?, answerWords: Int = 1) -> String? {
        guard let answer else { return nil }
        let prefix = answer ? "yes=" : "no="
        // The rest: after the answer's words ("Ja", "hindi na puwede"), past a dash, comma or colon.
        let words = value.split(separator: " ", maxSplits: max(1, answerWords))
        var rest = words.count > answerWords ? String(words[answerWords]) : ""
        while let first = rest.first, "–—-,:;，：".contains(first) || first == " " { rest.removeFirst() }
        // The first form the cell can fill: one that tells the rest when there is one ("no=… – {value}"),
        // else one without it ("no=…").
        for form in namedForms(prefix, of: template) {
            guard form.containsExactly("{value}") else { return String(form) }
            if !rest.isEmpty { return form.replacingExactly("{value}", with: decapitalised(trimmed(rest))) }
        }
        return nil
    }

    /// Whether the value's first word holds a figure ("7,90 €", "RM25", "30 days").
    /// A figure joined to a word by a hyphen ("1-year limited warranty") describes the noun after
    /// it: the value is a thing, not a quantity ("the warranty is a 1-year …", not "lasts 1-year …").
    static func beginsWithFigure(_ value: String) -> Bool {
        let token = value.prefix { !$0.isWhitespace }
        if let dash = token.firstIndex(of: "-"), token[..<dash].allSatisfy(\.isNumber), !token[..<dash].isEmpty,
           token[token.index(after: dash)...].first?.isLetter == true { return false }
        return token.contains(where: \.isNumber)
    }

    /// "Free (drop-off point)" → "free (drop-off point)"; a name written with other capitals ("PayPal",
    /// "UPS") keeps them: only a word whose other letters are lower case changes.
    static func decapitalised(_ value: String) -> String {
        guard let first = value.first, first.isUppercase else { return value }
        let word = value.prefix { $0.isLetter }
        // A word of one letter before a lower-case word is a word too ("A través de…", "À partir
        // de…"); English "I" is not lowered.
        let oneLetter = word.count == 1 && first != "I" && value.dropFirst().first == " " && (value.dropFirst(2).first?.isLowercase ?? false)
        guard word.count > 1 || oneLetter, word.dropFirst().allSatisfy(\.isLowercase) else { return value }
        return first.lowercased() + value.dropFirst()
    }

    /// A subject inside a sentence: "Standard shipping" → "standard shipping", "Cash on delivery (COD)"
    /// → "cash on delivery (COD)". A name stays as written: one word ("Visa", "Express"), a second word
    /// with a capital ("Apple Pay", "Carte Bancaire") or none ("Klarna – …"); German nouns keep theirs.
    static func commonNoun(_ subject: String, language: String) -> String {
        guard !language.hasPrefix("de") else { return subject }
        let words = subject.split(separator: " ", maxSplits: 2)
        guard words.count >= 2, let second = words[1].first, second.isLetter, second.isLowercase else { return subject }
        return decapitalised(subject)
    }

    /// A cell's words inside a sentence: a common phrase loses its first capital ("Khi nhận hàng" →
    /// "khi nhận hàng"), a list of names keeps it ("Visa hoặc Mastercard", "Visa or Mastercard": a
    /// short word, then a capital).
    static func insideSentence(_ text: String, language: String) -> String {
        let words = text.split(separator: " ", maxSplits: 3)
        let names = words.count >= 3 && words[1].count <= 4 && words[1].allSatisfy(\.isLowercase) && (words[2].first?.isUppercase ?? false)
        return names ? text : commonNoun(text, language: language)
    }

    /// A value that states a figure or a short fact ("30 Tage ab Zustellung (…)"), not sentences of its
    /// own ("Libre lang kung …; sa ibang dahilan, …"): only such a value fits in a facet's clause.
    static func isFigureLike(_ value: String) -> Bool {
        guard !value.contains(";"), !value.containsExactly("；") else { return false }
        var depth = 0, outside = ""
        for c in value {
            if c == "(" || c == "（" { depth += 1 } else if c == ")" || c == "）" { depth = max(0, depth - 1) } else if depth == 0 { outside.append(c) }
        }
        return outside.split(separator: " ").count <= 8
    }

    /// A remedy cell as a sentence: "hold the UNIT button 2 s" → "Hold the UNIT button 2 s.".
    static func instruction(_ value: String, language: String) -> String {
        let text = capitalised(trimmed(value))
        guard let last = text.last, !last.isPunctuation || last == ")" || last == "）" else { return text }
        return text + Sentences.fullStop(language)
    }

    /// Whether a row's subject is a question or a sentence of its own ("Is the invoice sent by post?",
    /// "The display stays blank."), not a label: it is followed, not framed.
    static func isSentence(_ subject: String) -> Bool { subject.last.map { "?？.。!！".contains($0) } ?? false }

    /// "delivery takes…" → "Delivery takes…".
    static func capitalised(_ text: String) -> String {
        guard let first = text.first, first.isLowercase else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// "a", "a and b", "a, b and c". A clause that has an "and" of its own takes `afterAnd` before the
    /// last instead ("Sie melden sich bei PayPal an und bestätigen die Zahlung; die Belastung erfolgt
    /// …", not "… und bestätigen die Zahlung und die Belastung erfolgt …").
    static func list(_ items: [String], comma: String, and: String, afterAnd: String? = nil) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        let last = afterAnd.flatMap { items.contains { $0.containsExactly(and) } ? $0 : nil } ?? and
        return items.dropLast().joined(separator: comma) + last + items.last!
    }

    /// A value that is only names between commas ("Visa, Mastercard, PayPal", "J&T Express, Pos
    /// Laju") with its last comma the language's "and"; any other value as it is (a name list with a
    /// label inside, "Royal Mail, Evri, express: DPD", or its "and" already, or a figure).
    static func namesAsList(_ value: String, and: String) -> String {
        let items = value.componentsExactly(separatedBy: ", ")
        guard items.count > 1, !value.containsExactly(and),
              items.allSatisfy({ item in
                  !item.isEmpty && item.split(separator: " ").count <= 4 && !item.contains(where: { ":;：0123456789".contains($0) })
              }) else { return value }
        return list(items, comma: ", ", and: and)
    }

    /// A cell's value without the full stop it may end with (the frame ends the sentence), its
    /// semicolons made commas (the value is one clause of a list now).
    static func trimmed(_ value: String) -> String {
        var v = value.trimmedOfWhitespace.replacingExactly(" ; ", with: ", ")
            .replacingExactly("; ", with: ", ")
        while let last = v.last, last == "." || last == "。" { v.removeLast() }
        return v
    }
}
