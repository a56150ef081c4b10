import Support
import Foundation
import Linguistics

/// The parts of a message that may each be a request: its sentences, and within a sentence the
/// clauses at commas and before a joining word ("Is shipping free, and do you take PayPal?" →
/// "Is shipping free", "and do you take PayPal?"). Splitting is generous on purpose: the engine
/// keeps a part as a request only when the intent classifier is sure of it on its own
/// (`AnswerEngine.furtherRequests`), so "black and white" splitting a request in two costs nothing.
///
/// A part may stand on its own only inside a question — a sentence ending in "?", or one that asks
/// by its words ("which carriers do you ship with", "ได้ไหมคะ": `QuestionCues`, since chat leaves the
/// mark off) — and there when it opens the sentence or starts with a joining word ("…, and do you
/// take PayPal?"); a sentence that opens with its question stands alone when it opens the message,
/// follows another question ("Do you ship to Canada? Can I pay with Klarna?") or starts with a
/// joining word; a sentence that starts with a joining word after a question is one too, asked or
/// not ("Is the return free? And you take PayPal"). Statements are context, not requests ("This
/// isn't helping. Get me a human."), a comma clause leans on its sentence ("If I paid cash on
/// delivery, how is the refund made?") and a question after a statement leans on it ("I want to
/// return the lamp. How long do I have?" asks about the return window, however the classifier reads
/// "How long do I have?" alone) — unless, ending its sentence, it names a topic of its own and the
/// classifier is sure of it alone ("…, so how much would express shipping be?": `Part.afterStatement`;
/// so may the first of coordinated questions after a statement, "…, and do you take PayPal?" after
/// it standing alone, and a question that asks only whether its condition can be, "si lo pagara con
/// Bizum, ¿se podría?").
/// A greeting of a word or two ("Hi, how long…", "Hi there, …",
/// "Hola! ¿cuánto…") is neither: it does not make the question after it a comma clause or a question
/// after a statement. A subordinate clause between two questions ("…, because I need it fast, and
/// …") is context of the clause before it: it neither stands alone nor breaks the chain. A lead-in
/// before a colon ("Before I order: do you ship with UPS, …") is read past: the clause asks by the
/// words after it.
///
/// The joining words, question cues and subordinating words per language are data
/// (`Resources/request-joiners.tsv`, `Resources/question-cues.tsv`, `Resources/clause-subordinators.tsv`).
struct RequestSplitter: Sendable {
    /// Language → folded joiners, longest first: the words a clause may open with to join the one
    /// before it.
    let joiners: [String: [String]]
    /// Language → the joiners that also cut a sentence where they stand, longest first; the others
    /// (written after a comma in the table: ", mà") join only a clause a comma has cut already,
    /// since inside a clause they are other words (Vietnamese "mà" is also "which" and "but").
    let cutters: [String: [String]]
    /// Language → the folded forms of joiners' words written with diacritics ("và"): a customer's
    /// word written with diacritics is a joiner only when the joiner is written with them too.
    let markedJoinerWords: [String: Set<String>]
    /// Language → folded words that open a subordinate clause, longest first.
    let subordinators: [String: [String]]
    /// At most this many parts that may be requests are offered (a pasted thread is not a list of
    /// requests), and at most `maxParts` parts in all: statements, greetings and corrections
    /// between the questions ("Sorry, I meant express, not standard, …") count only toward that, and
    /// so do the lines of a list pasted above the questions (a group order's names and counts).
    static let maxRequests = 6
    static let maxParts = 40

    /// Whether no more parts are taken.
    private static func full(_ parts: [Part]) -> Bool {
        parts.count >= maxParts || parts.lazy.filter { $0.standsAlone || $0.afterStatement }.count >= maxRequests
    }

    /// Question words and particles, for sentences without a question mark.
    let cues: QuestionCues

    static let shared = BuiltInResource.read {
        try RequestSplitter(tsv: String(decoding: PackageResources.request_joiners_tsv, as: UTF8.self),
                            cues: QuestionCues(tsv: String(decoding: PackageResources.question_cues_tsv, as: UTF8.self)),
                            subordinators: String(decoding: PackageResources.clause_subordinators_tsv, as: UTF8.self))
    }

    init(tsv: String, cues: QuestionCues, subordinators: String = "") throws(ResourceTable.Malformed) {
        self.cues = cues
        let written = try Self.writtenLists(tsv, file: "request-joiners.tsv")
        let joiners = written.mapValues { Self.foldedLongestFirst($0) }
        markedJoinerWords = written.mapValues { OpeningWords.markedWords($0.map(Self.withoutComma)) }
        self.joiners = joiners.mapValues { $0.map(Self.withoutComma).sorted { $0.count > $1.count } }
        self.cutters = joiners.mapValues { $0.filter { !$0.hasPrefix(",") } }
        self.subordinators = try Self.wordLists(subordinators, file: "clause-subordinators.tsv")
    }

    /// A table of language <TAB> words: the words folded per language, longest first.
    private static func wordLists(_ tsv: String, file: String) throws(ResourceTable.Malformed) -> [String: [String]] {
        try writtenLists(tsv, file: file).mapValues(foldedLongestFirst)
    }

    /// A table of language <TAB> words: the words per language as written (the diacritics a joiner
    /// is written with decide which words it is: `markedJoinerWords`).
    private static func writtenLists(_ tsv: String, file: String) throws(ResourceTable.Malformed) -> [String: [String]] {
        let table = try ResourceTable(Array(tsv.utf8), file: file, columns: 2)
        var lists: [String: [String]] = [:]
        for line in table.lines { lists[line.fields[0], default: []].append(line.fields[1]) }
        return lists
    }

    private static func foldedLongestFirst(_ words: [String]) -> [String] {
        words.map(Folding.folded).sorted { $0.count > $1.count }
    }

    /// A joiner as a clause opens with it: without the comma that marks it as joining only after one.
    private static func withoutComma(_ entry: String) -> String {
        entry.hasPrefix(",") ? String(entry.dropFirst()).trimmedOfWhitespace : entry
    }

    struct Part: Sendable, Equatable {
        var text: String
        /// Whether the part may be a request of its own (see the type's comment).
        var standsAlone: Bool
        /// Whether the part opens a question that follows a statement and would stand alone after a
        /// question ("…, so how much would express shipping be?" after a story): a request of its
        /// own only when it is sure of itself alone (`AnswerEngine.furtherRequests`).
        var afterStatement = false
        /// Whether the part is a subordinate clause ("…, jeśli przyjdzie uszkodzona?", "…, solange
        /// sie nicht verschickt ist"): the condition of the part before it, read with it
        /// (`AnswerEngine.furtherRequests`), since it may say what is asked ("how long do I have to
        /// report it, if it arrives damaged?").
        var subordinate = false
        /// Whether the part is an item of the message's enumerated questions ("(b) whether …"), read
        /// whole, however many clauses it has.
        var item = false
    }

    /// The message's parts in order; a message of one part gives that part.
    func parts(_ message: String, language: String) -> [Part] {
        var parts: [Part] = []
        var previousAsked: Bool?
        let analyzer = Analyzer(language: language)
        let sentences = Self.sentences(message).flatMap { closed($0, language: language) }
        // A message of fields ("Composizione: … Indicazioni: … Avvertenze: …?") is a form.
        let form = sentences.lazy.filter(Self.opensWithField).count >= Self.formFields
        for (index, unit) in items(sentences, in: message, language: language).enumerated() {
            // An item of the message's enumerated questions is a request of its own, whatever came
            // before it.
            guard case let .sentence(written) = unit else {
                if case let .item(text) = unit { parts.append(Part(text: text, standsAlone: true, item: true)) }
                previousAsked = true
                if Self.full(parts) { break }
                continue
            }
            // An e-mail's subject line names what the message is about: context of its questions,
            // and no statement they lean on.
            if index == 0, let length = cues.subjectLength(written, language: language) {
                let subject = String(written.dropFirst(length)).trimmedOfWhitespace
                if Self.hasWords(subject) { parts.append(Part(text: subject, standsAlone: false)) }
                continue
            }
            // A postscript is a new matter: its question leans on nothing before it.
            var sentence = written
            if let length = cues.postscriptLength(written, language: language) {
                sentence = String(written.dropFirst(length))
                previousAsked = nil
                guard Self.hasWords(sentence) else { continue }
            } else if form, Self.opensWithField(written) {
                // A form's field ("Avvertenze: quale pila usa esattamente?", "WHERE (Ở đâu): …") is a
                // new matter too, as a list's item is: a leaflet's or a log's lines are not a story.
                // (A message's one or two labels are not a form: "Question : combien de jours …?"
                // after the damage it found leans on it.)
                previousAsked = nil
            }
            let clauses = clauses(sentence, language: language)
            let joined = clauses.map { startsWithJoiner($0, language: language) }
            // A greeting of a word or two before a comma ("Hi, how long…", "Hi there, …", "Guten
            // Morgen, …") is not the sentence's first clause.
            var greeting = clauses.count > 1 && greets(clauses[0], language: language) && !asksByWords(clauses[0], language: language) ? 1 : 0
            // So is a clause that announces the questions and names their topic ("Dzień dobry, mam
            // dwa pytania o lampkę Trailglow, zacznę od mniej ważnego: czy …?"): their context, no
            // statement the question after it leans on.
            // (Not one whose announcement ends at a colon with the first of what it lists after it:
            // "Mi interessano due cose: il grado di protezione IP, e se accettate Satispay.")
            if clauses.count > greeting + 1, cues.opensWithAnnouncement(clauses[greeting], language: language),
               !asksByWords(clauses[greeting], language: language), !announcedBeforeColon(clauses[greeting], language: language) {
                greeting += 1
            }
            // A subordinate clause after the first ("…, solange sie nicht verschickt ist, …") is
            // context of the clause before it, outside the chain of questions.
            let subordinate = clauses.indices.map { $0 > greeting && opensWithSubordinator(clauses[$0], language: language) }
            // A lead-in announcing the questions before a colon ("Em muốn hỏi hai việc: chọn COD …
            // có mất thêm phí gì không ạ?") says a question begins here, whatever came before; the
            // sentence asks what it lists, though it names them without asking ("Mi interessano due
            // cose: il grado di protezione IP preciso e se accettate Satispay.").
            let announcedHere = clauses.count > greeting && announcedBeforeColon(clauses[greeting], language: language)
            let asked = Self.isQuestion(sentence) || announcedHere
                || clauses.indices.dropFirst(greeting).contains { !subordinate[$0] && asksByWords(clauses[$0], language: language) }
            let opensAfterQuestion = previousAsked ?? true || announcedHere
            // (Not one that ends with a full stop: "Also, I'm thinking of ordering a BlendGo for my
            // sister." after a question states; "And to Canada?", "Und nach Österreich" go on asking.)
            let continuesQuestion = joined.count > greeting && joined[greeting] && previousAsked == true && !Self.endsStating(sentence)
            // A question of question words alone ("e per quanto tempo", "and how much?", "还可以吗？")
            // asks a facet of the clause before it.
            let facet = clauses.indices.map { k in
                (k > greeting || !parts.isEmpty) && cues.asksOnlyAFacet(question(clauses[k], language: language), language: language)
            }
            // A clause cut at a comma without a joiner makes its sentence one request with context;
            // one that asks only a facet of the clause before does not, among joined questions ("…,
            // với lại … có tự tắt không, sau bao lâu?": after how long?). (Without them, the sentence
            // is one question with its facet: "コンビニ払いの支払期限、何日以内？", below.)
            let joinsQuestions = clauses.indices.dropFirst(greeting + 1).contains { joined[$0] }
            let coordinated = (asked || continuesQuestion)
                && clauses.indices.dropFirst(greeting + 1).allSatisfy { joined[$0] || subordinate[$0] || facet[$0] && joinsQuestions }
            // Such a sentence whose first clause asks is one request, the sentence as written ("is
            // express to ohio worth it, how much is it?"): another sentence may be the message's own.
            // So is one whose last clause asks only a facet of the clauses before ("还有order了之后如果
            // 想cancel，还可以吗？": "and if I want to cancel after ordering, is that still possible?").
            // After a statement, such a sentence whose last clause asks only that facet is a question
            // after a statement as a whole ("Lo pregunto porque … Y otra hipótesis: si … lo pagara con
            // Bizum, ¿se podría?": the condition is what it asks about).
            // (A sentence that opens with its condition and ends asking only whether it can be holds
            // the condition's own "and": "Als het pakket al onderweg is en ik … naar mijn werk laat
            // sturen, kan dat dan nog?")
            let last = clauses.count - 1
            let conditionFirst = clauses.count > greeting + 1
                && opensWithSubordinator(withoutJoiner(clauses[greeting], language: language), language: language)
            let asWritten = asked && conditionFirst && facet[last]
                || !coordinated && asked && clauses.count > greeting + 1 && !joined[(greeting + 1)...].contains(true)
                && (opensAfterQuestion && asksByWords(clauses[greeting], language: language) || facet[last])
            // So is a question after its condition, after another question ("…¿se puede pagar a meses
            // sin intereses? Y si al final no me laten los licuados y la quiero regresar, ¿el envío de
            // regreso lo pagan ustedes o me toca a mí?"), standing alone: the condition says what is
            // asked (the return, not the shipping), and a "y" inside it joins its parts, not two
            // questions. (After a statement, the question clause stays a question after a statement:
            // read with its condition, "Kalau aku udah bayar terus berubah pikiran, pesanannya masih bisa
            // dibatalin nggak?" was less sure of itself.)
            let afterItsCondition = !asWritten && asked && (opensAfterQuestion || continuesQuestion) && conditionFirst
                && !subordinate[last] && !joined[last]
                && (asksByWords(clauses[last], language: language) || Self.isQuestion(clauses[last]))
            if asWritten || afterItsCondition, let start = sentence.range(of: clauses[greeting]) {
                let alone = afterItsCondition || opensAfterQuestion
                parts += clauses[..<greeting].map { Part(text: $0, standsAlone: false) }
                parts.append(Part(text: String(sentence[start.lowerBound...]).trimmingCharacters(in: Self.clauseEdges),
                                  standsAlone: alone, afterStatement: !alone))
                previousAsked = true
                if Self.full(parts) { break }
                continue
            }
            // The sentence's last clause but its subordinate ones: with them, it ends the sentence
            // ("…, satu lagi buat adikku, kalau bayarnya COD kena biaya tambahan berapa?": the question
            // is asked inside its condition).
            let lastMain = clauses.indices.last { !subordinate[$0] }
            for (k, clause) in clauses.enumerated() {
                // The first of several clauses asks on its own words, or it is the condition or the
                // context of the rest ("ถ้าจ่ายเงินปลายทางไปแล้ว แล้วอยากคืนสินค้า…": "if I paid cash on
                // delivery, then…"), in a language whose cues are known.
                let opening = k == greeting && opensAfterQuestion
                    && (clauses.count == greeting + 1 || !cues.knows(language) || asksByWords(clause, language: language) || announcedHere)
                let standsAlone = k >= greeting && coordinated && !subordinate[k] && !facet[k] && (joined[k] || opening)
                // The question that ends a sentence after a statement ("…, so how much is express?")
                // may yet be a request (`Part.afterStatement`); a question particle at its end asks as
                // plainly as a question mark ("…、送料はいくらになりますか。").
                let ending = k == lastMain ? clauses[k...].joined(separator: ", ") : clause
                // So may the first of coordinated questions after a statement ("Chez eux, la livraison
                // est offerte dès 35 €. Pour comparer : à partir de quel montant la livraison est-elle
                // gratuite chez vous, et quelle est la durée de la garantie ?"): the joined one stands
                // alone, and the first asks as plainly.
                let firstOfCoordinated = k == greeting && k != lastMain && coordinated && !opensAfterQuestion
                // So does a lead that announces it ("อยากทราบว่าชาร์จ…ต้องใช้เวลากี่ชั่วโมงคะ", I'd like to
                // know how many hours…): Thai ends a question with its polite particle, no mark.
                let plainlyAsks = Self.isQuestion(ending) || cues.endsWithParticle(ending, language: language)
                    || cues.withoutLead(clause, language: language) != clause
                let afterStatement = !standsAlone && k >= greeting
                    && (k == lastMain && plainlyAsks || firstOfCoordinated)
                    && !subordinate[k] && !facet[k] && asksByWords(ending, language: language)
                parts.append(Part(text: clause, standsAlone: standsAlone, afterStatement: afterStatement, subordinate: subordinate[k]))
            }
            // A greeting sentence ("Hola!") is no statement a question after it leans on, nor is a line
            // that announces what follows ("a couple of things before I order:" above a list).
            // (So is one that only says questions follow: "hoi, paar vraagjes / kan ik …".)
            let announces = !asked && (Self.endsWithColon(sentence)
                || clauses.count > greeting && clauses[greeting...].allSatisfy { cues.announcesQuestions($0, language: language) })
            // Nor is a statement that names nothing ("There is, actually!" before "The luggage scale –
            // what battery does it take?").
            let namesNothing = !asked && !Self.namesATopic(sentence, analyzer)
            if !(clauses.count == 1 && greets(sentence, language: language) && !asked), !announces, !namesNothing {
                previousAsked = asked || continuesQuestion
            }
            if Self.full(parts) { break }
        }
        // (A sentence's clauses after the last request taken are left out.)
        var offered: [Part] = []
        for part in parts where !Self.full(offered) { offered.append(part) }
        return offered
    }

    /// A sentence of the message, or an item of its enumerated questions.
    enum Unit: Equatable {
        case sentence(String)
        /// The item's text without its enumerator, from its first sentence to the first that asks
        /// ("第一に、貴社発行の請求書は…登録番号を事前に控えておきたく存じます。お知らせいただけます
        /// でしょうか。": the question names nothing, the sentence before it what is asked).
        case item(String)
    }

    /// The message's sentences, those of its enumerated questions grouped by item ("第一に、… 第二に、
    /// …", "Firstly, … Secondly, …"): the customer has said where each question begins, and each
    /// item runs to its first sentence that asks. One enumerator alone numbers nothing.
    func items(_ sentences: [String], in message: String, language: String) -> [Unit] {
        let ordinals = sentences.map { enumeratorLength($0, language: language) }
        let starts = sentences.indices.filter { ordinals[$0] != nil }
        guard starts.count >= 2 else { return sentences.map(Unit.sentence) }
        // A sentence that asks and ends with a colon announces the list after it as its questions
        // ("I should be grateful if the Company would confirm: (a) the period … (b) whether …"):
        // each item asks, with or without a question's words.
        let announced = starts[0] > 0 && Self.endsWithColon(sentences[starts[0] - 1])
            && asks(sentences[starts[0] - 1], language: language)
        var units: [Unit] = []
        var cursor = message.startIndex
        var i = 0
        while i < sentences.count {
            let found = message.range(of: sentences[i], range: cursor..<message.endIndex)
            guard let s = starts.firstIndex(of: i) else {
                units.append(.sentence(sentences[i]))
                if let found { cursor = found.upperBound }
                i += 1
                continue
            }
            let limit = s + 1 < starts.count ? starts[s + 1] : sentences.count
            let asking = (i..<limit).first { asks(sentences[$0], language: language) } ?? (announced ? i : nil)
            let end = asking ?? i
            var text = sentences[i...end].joined(separator: " ")
            // As the message writes it, where it can be found: Japanese puts no space after "。".
            if let found, let last = message.range(of: sentences[end], range: found.lowerBound..<message.endIndex) {
                text = String(message[found.lowerBound..<last.upperBound])
                cursor = last.upperBound
            }
            // (The item's text opens with its first sentence, and so with its ordinal.)
            let item = withoutTrailingJoiner(String(text.dropFirst(ordinals[i] ?? 0)).trimmedOfWhitespace, language: language)
            // An ordinal or a thread's counter before sentences that ask nothing ("(1/3) ¡Hola! Os
            // escribo por partes…") numbers no question: what follows it is read as sentences.
            if asking != nil {
                units.append(.item(item))
            } else if Self.hasWords(item) {
                units.append(.sentence(item))
            }
            i = end + 1
        }
        return units
    }

    /// How many characters of the sentence its enumerator takes, with a joiner it may open with
    /// ("Und, zweitens … Kann ich per Lastschrift zahlen?", "And secondly, …"); nil when it opens
    /// with none.
    func enumeratorLength(_ sentence: String, language: String) -> Int? {
        if let length = Self.counterLength(sentence) ?? Self.listMarkerLength(sentence) { return length }
        if let length = cues.enumeratorLength(sentence, language: language) { return length }
        guard let joiner = joinerLength(sentence, language: language) else { return nil }
        let rest = sentence.dropFirst(joiner)
        let marks = rest.prefix { $0 == " " || $0 == "," || $0 == "，" }.count
        return cues.enumeratorLength(String(rest.dropFirst(marks)), language: language).map { joiner + marks + $0 }
    }

    /// How many characters a list's letter or number takes at the sentence's start, with the space
    /// after it: "(a) ", "(2) ", "(ii) ", "b) ", "① ", "二、", in any language. One or two digits, one letter
    /// or a small Roman numeral; a closing parenthesis and a space after it ("a)" alone is no item).
    static func listMarkerLength(_ sentence: String) -> Int? {
        let chars = Array(sentence.prefix(8))
        // A circled number ("① 充满一次电…", "② 如果…") and the spaces after it.
        if let first = chars.first?.unicodeScalars.first, first.value >= 0x2460, first.value <= 0x2473 {
            return 1 + chars.dropFirst().prefix { $0 == " " || $0 == "\u{3000}" }.count
        }
        // A Han numeral or one or two digits and the ideographic comma ("一、…", "二、…", "3、…"),
        // as Chinese and Japanese number a list.
        if let comma = chars.firstIndex(of: "、"), (1...2).contains(comma),
           chars[..<comma].allSatisfy({ "一二三四五六七八九十".contains($0) }) || chars[..<comma].allSatisfy({ $0.isASCII && $0.isNumber }) {
            return comma + 1 + chars[(comma + 1)...].prefix { $0 == " " || $0 == "\u{3000}" }.count
        }
        let open = chars.first == "(" ? 1 : 0
        guard let close = chars.firstIndex(of: ")"), close > open, close + 1 < chars.count, chars[close + 1] == " " else { return nil }
        let mark = String(chars[open..<close])
        let number = mark.count <= 2 && mark.allSatisfy { $0.isASCII && $0.isNumber }
        let letter = mark.count == 1 && mark.allSatisfy { $0.isASCII && $0.isLowercase }
        let roman = ["i", "ii", "iii", "iv", "v", "vi"].contains(mark)
        guard number || letter || roman else { return nil }
        return close + 2
    }

    /// The item without the joiner a list writes between its items at its end ("(a) the period …
    /// may be returned; and"): the "and" joins the next item, and read with this one it is noise.
    func withoutTrailingJoiner(_ item: String, language: String) -> String {
        guard let cut = item.lastIndex(where: { $0 == ";" || $0 == "," }) else { return item }
        let tail = item[item.index(after: cut)...].trimmedOfWhitespace
        guard !tail.isEmpty, joinerLength(tail, language: language).map({ $0 >= tail.count }) == true else { return item }
        return String(item[..<cut])
    }

    /// Whether a clause is one capitalised word of letters and its end mark: a name said to
    /// someone ("Meri?", "Sepp!").
    static func isVocative(_ clause: String) -> Bool {
        let word = clause.trimmingCharacters(in: CharacterSet(charactersIn: "?？!！. "))
        guard let first = word.first, first.isUppercase, word.count >= 2, !word.contains(" ") else { return false }
        return word.allSatisfy(\.isLetter)
    }

    /// Whether the sentence opens with a form's field: a label of one to four words and a colon,
    /// then what it holds ("Periodo di validità: quanto dura la garanzia?", "▸ Zadanie 2: …",
    /// "HOW (Như thế nào): …"). Not a time ("14:00"), nor a label that asks or holds a clause of its own.
    static func opensWithField(_ sentence: String) -> Bool {
        guard let colon = sentence.prefix(fieldLabelLength).firstIndex(where: { $0 == ":" || $0 == "：" }) else { return false }
        let label = sentence[..<colon], after = sentence[sentence.index(after: colon)...]
        guard sentence[colon] == "：" || after.first == " ", after.contains(where: \.isLetter),
              label.contains(where: \.isLetter), !label.contains(where: { "?？,，.。!！;".contains($0) }) else { return false }
        return (1...4).contains(label.split(separator: " ").filter { $0.contains(where: \.isLetter) }.count)
    }

    /// The most characters a form's field label takes (`opensWithField`).
    static let fieldLabelLength = 32
    /// The fewest sentences opening with a field that make a message a form.
    static let formFields = 3

    /// Whether the sentence ends with a colon (spaces after it aside).
    static func endsWithColon(_ sentence: String) -> Bool {
        sentence.trimmedOfWhitespace.last.map { $0 == ":" || $0 == "：" } ?? false
    }

    /// How many characters a thread's counter takes at the sentence's start: "(2/3)" numbers the
    /// posts of a message written as a thread, in any language. In parentheses, or alone as its
    /// sentence ("2/3"), with the post's number at most the count: "3/12 I ordered …" is a date.
    static func counterLength(_ sentence: String) -> Int? {
        let chars = Array(sentence)
        var i = 0
        let open = chars.first == "("
        if open { i += 1 }
        func number() -> Int? {
            let start = i
            while i < chars.count, chars[i].isASCII, chars[i].isNumber, i - start < 2 { i += 1 }
            return i > start ? Int(String(chars[start..<i])) : nil
        }
        guard let post = number(), i < chars.count, chars[i] == "/" else { return nil }
        i += 1
        guard let count = number(), post >= 1, post <= count, count >= 2 else { return nil }
        if open {
            guard i < chars.count, chars[i] == ")" else { return nil }
            i += 1
        }
        let rest = chars[i...].filter { !$0.isWhitespace }
        guard open || rest.isEmpty || rest.allSatisfy({ $0.unicodeScalars.allSatisfy(\.properties.isEmojiPresentation) }) else { return nil }
        guard i == chars.count || chars[i].isWhitespace else { return nil }
        return i
    }

    /// Whether a sentence asks: its mark, or a clause's words.
    private func asks(_ sentence: String, language: String) -> Bool {
        Self.isQuestion(sentence) || clauses(sentence, language: language).contains { asksByWords($0, language: language) }
    }

    /// Whether the clause opens with one of the language's joiners: word by word where words are
    /// spaced, or as the start of its first "word" in scripts without spaces ("แล้วจ่ายด้วย…", "还有可以…").
    func startsWithJoiner(_ clause: String, language: String) -> Bool {
        joinerLength(clause, language: language) != nil
    }

    /// The clause without the joiner it opens with (the clause itself when it opens with none).
    func withoutJoiner(_ clause: String, language: String) -> String {
        guard let length = joinerLength(clause, language: language) else { return clause }
        return String(clause.dropFirst(length))
    }

    /// What a part asks, read without its joiner, a lead-in before a colon and a lead announcing
    /// the question ("Also, I'd like to know if you take PayPal" → "you take PayPal"): the words
    /// the classifier should weigh. With an analyzer, words before a colon stay when those after it
    /// name nothing ("pago sempre con Satispay: da voi è possibile?").
    func question(_ part: String, language: String, analyzer: Analyzer? = nil) -> String {
        let bare = withoutJoiner(part, language: language)
        var after = Self.afterLeadIn(bare)
        if after != bare, let analyzer, !Self.namesATopic(after, analyzer) { after = bare }
        return cues.withoutLead(after, language: language)
    }

    /// Whether the clause asks by its words, past its joiner and past a lead-in before a colon
    /// ("Before I order: do you ship with UPS").
    func asksByWords(_ clause: String, language: String) -> Bool {
        let bare = withoutJoiner(clause, language: language)
        if cues.asks(bare, language: language) { return true }
        let after = Self.afterLeadIn(bare, topics: true)
        return after != bare && cues.asks(after, language: language)
    }

    /// The text after the last colon that ends a lead-in ("Two questions: is shipping free" → "is
    /// shipping free"); the text itself when it has none. A colon inside a figure ("14:00") has no
    /// space after it. With `topics`, also after a spaced dash that ends a topic ("The luggage scale
    /// – what battery does it take" asks by "what"; a range, "3–6", has no spaces) — which is where
    /// a clause asks, not what it asks: the classifier reads the topic too.
    static func afterLeadIn(_ text: String, topics: Bool = false) -> String {
        guard let colon = text.range(of: ": ", options: .backwards) ?? text.range(of: "：", options: .backwards)
                ?? (topics ? text.range(of: " – ", options: .backwards) ?? text.range(of: " — ", options: .backwards) : nil) else { return text }
        let after = text[colon.upperBound...].trimmingCharacters(in: .whitespaces)
        return hasWords(after) ? after : text
    }

    /// Whether the clause's words before its colon announce questions ("Two questions: …", "Em muốn
    /// hỏi hai việc: …"), a question after them following.
    func announcedBeforeColon(_ clause: String, language: String) -> Bool {
        let after = Self.afterLeadIn(clause)
        guard after != clause, let colon = clause.range(of: after, options: .backwards) else { return false }
        let lead = clause[..<colon.lowerBound].trimmingCharacters(in: CharacterSet(charactersIn: " :："))
        return cues.announcesQuestions(lead, language: language) || cues.opensWithAnnouncement(lead, language: language)
    }

    /// Whether the clause opens with a word that subordinates it ("because", "solange", "bo").
    func opensWithSubordinator(_ clause: String, language: String) -> Bool {
        OpeningWords.length(in: clause, of: subordinators[language] ?? []) != nil
    }

    /// How many characters of the clause its opening joiner takes; nil when it opens with none.
    private func joinerLength(_ clause: String, language: String) -> Int? {
        OpeningWords.length(in: clause, of: joiners[language] ?? [], marked: markedJoinerWords[language] ?? [])
    }

    /// Whether a sentence ends with a full stop ("." or "。"), not a question's or a pause's mark.
    static func endsStating(_ sentence: String) -> Bool {
        let written = sentence.trimmingCharacters(in: .whitespaces)
        return (written.hasSuffix(".") && !written.hasSuffix("..")) || written.hasSuffix("。")
    }

    /// Ends with a question mark (Latin, full-width or Arabic), or with one before trailing dots: a
    /// customer who trails off after every phrase trails off after questions too ("¿se puede pagar
    /// con eso?...", "?…").
    static func isQuestion(_ text: String) -> Bool {
        guard let last = text.trimmedOfWhitespace.last(where: { $0 != "." && $0 != "…" }) else { return false }
        return "?？؟".contains(last)
    }

    /// A greeting of a word or two, or a salutation of the language (`QuestionCues.isSalutation`).
    func greets(_ text: String, language: String) -> Bool {
        Self.isGreetingLength(text) || cues.isSalutation(text, language: language)
    }

    /// At most two words of a spaced script ("Hi", "Hi there", "Guten Morgen", "Shop ơi 🙋‍♀️": an
    /// emoji is no word), as long as a greeting; a script without spaces has no word count.
    static func isGreetingLength(_ text: String) -> Bool {
        text.split(whereSeparator: { $0.isWhitespace }).filter { hasWords(String($0)) }.count <= 2 && !text.unicodeScalars.contains(where: IntentFeaturizer.isUnspaced)
    }

    /// A sentence cut after each word that ends one where the script writes no full stop (Thai
    /// polite particles, `QuestionCues.closesSentence`): "สวัสดีค่ะ สนใจเครื่องปั่นพกพา เบลนด์โก ค่ะ
    /// จะเอาไว้… อยากทราบว่าความจุกี่มิลคะ" is three sentences, the greeting, a statement and a question.
    func closed(_ sentence: String, language: String) -> [String] {
        var out: [String] = []
        var current: [Substring] = []
        let spaced = Sentences.splitsAtSpaces(language)
        for word in sentence.split(whereSeparator: \.isWhitespace) {
            // Where a space ends a sentence, an enumerator opens one ("…สองเรื่อง เรื่องแรก ชาร์จ…").
            if spaced, !current.isEmpty, cues.enumeratorLength(String(word) + " ", language: language) != nil {
                out.append(current.joined(separator: " "))
                current = []
            }
            current.append(word)
            if cues.closesSentence(String(word), language: language) {
                out.append(current.joined(separator: " "))
                current = []
            }
        }
        if !current.isEmpty { out.append(current.joined(separator: " ")) }
        return out.isEmpty ? [sentence] : out
    }

    /// Sentence ends: ".", "?", "!" before a space or the end, the full-width marks anywhere, line
    /// breaks; and before a numbered item once the message has numbered one ("1) do you ship with
    /// USPS 2) how long is the warranty": "2)" or "2." after "1)" or "1."; a lone "2)" numbers nothing).
    static func sentences(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        let chars = Array(text)
        let numbered = Self.numberedFrom(chars)
        for (i, c) in chars.enumerated() {
            if numbered.contains(i), current.contains(where: { $0.isLetter }) {
                out.append(current)
                current = ""
            }
            current.append(c)
            let next = i + 1 < chars.count ? chars[i + 1] : " "
            // An emoji before a space ends a sentence as a mark would: chat puts one where others
            // write "?" or "." ("… tối đa bao nhiêu ký vậy ạ ⚖️ đặt trước mấy giờ …").
            let ends = c.isNewline || "。？！".contains(c) || ("?!".contains(c) || c == "." || Self.isEmoji(c)) && next.isWhitespace
            if ends {
                out.append(current)
                current = ""
            }
        }
        out.append(current)
        // A list item is read without its dash or bullet ("- is there anything you won't accept back?").
        let unbulleted = { (sentence: String) -> String in
            guard let first = sentence.first, "-–•*·".contains(first), sentence.dropFirst().first?.isWhitespace == true else { return sentence }
            return String(sentence.dropFirst(2)).trimmedOfWhitespace
        }
        // A numbered item is read without its number ("do you ship with USPS", which asks by "do").
        let unnumbered = { (sentence: String) -> String in
            guard !numbered.isEmpty, let first = sentence.first, first.isNumber, sentence.count > 3,
                  ")．.".contains(sentence[sentence.index(after: sentence.startIndex)]) else { return sentence }
            return String(sentence.dropFirst(2)).trimmedOfWhitespace
        }
        return out.flatMap(slashed).map { unbulleted(unnumbered($0.trimmedOfWhitespace)) }.filter(hasWords)
    }

    /// A sentence cut at slashes between spaces, when every piece has a few words: chat writes " / "
    /// where others end a sentence ("hoi, paar vraagjes / kan ik met iDEAL betalen / hoeveel
    /// werkdagen duurt standaard bezorging"); "standard / express" is one choice, not two sentences.
    static func slashed(_ sentence: String) -> [String] {
        guard sentence.contains(" / ") else { return [sentence] }
        let pieces = sentence.components(separatedBy: " / ")
        let wordy = pieces.allSatisfy { $0.split(whereSeparator: \.isWhitespace).count >= slashedPieceWords }
        return wordy ? pieces : [sentence]
    }

    /// The fewest words each piece between slashes has for the slashes to end sentences.
    static let slashedPieceWords = 3

    /// A pictograph written as an emoji ("⚖️", "📦", "🤔"; not a digit or "#", which are emoji
    /// only with a variation selector).
    static func isEmoji(_ c: Character) -> Bool {
        c.unicodeScalars.contains { (scalar: Unicode.Scalar) -> Bool in
            scalar.properties.isEmojiPresentation || scalar.properties.isEmoji && scalar.value > 0x2000
        }
    }

    /// Where the numbered items after the first begin: a digit 2–9 followed by ")" or "." and a
    /// space, at the start of a word, when the message holds the item before it ("1)" before "2)").
    private static func numberedFrom(_ chars: [Character]) -> Set<Int> {
        var marks: [Int: Character] = [:]   // position → digit
        for (i, c) in chars.enumerated() where c.isASCII && c.isNumber && (i == 0 || chars[i - 1].isWhitespace)
            && i + 2 < chars.count && ")．.".contains(chars[i + 1]) && chars[i + 2].isWhitespace {
            marks[i] = c
        }
        return Set(marks.filter { i, n in
            guard let value = n.wholeNumberValue, value > 1 else { return false }
            return marks.contains { $0.key < i && $0.value.wholeNumberValue == value - 1 }
        }.keys)
    }

    /// A sentence cut at commas (also "，" and "、") and before a joiner written as a whole word.
    func clauses(_ sentence: String, language: String) -> [String] {
        // A salutation is one clause, whatever words it holds ("Sehr geehrte Damen und Herren, …").
        if let length = cues.salutationLength(sentence, language: language) {
            let rest = String(sentence.dropFirst(length)).trimmingCharacters(in: Self.clauseEdges.union(CharacterSet(charactersIn: "!")))
            return [String(sentence.prefix(length))] + (Self.hasWords(rest) ? clauses(rest, language: language) : [])
        }
        let words = sentence.split(whereSeparator: \.isWhitespace).map(String.init)
        let joiners = self.cutters[language] ?? []
        // Each word folded once: the joiner tests look at each word up to four times.
        let marked = markedJoinerWords[language] ?? []
        let foldedWords = words.map { OpeningWords.key($0, marked: marked) }
        var out: [String] = []
        var current: [String] = []
        var start = 0
        var i = 0
        while i < words.count {
            let folded = Array(foldedWords[i...].prefix(3))
            // Not inside a joiner of several words ("y otra cosa" holds "otra cosa").
            if !current.isEmpty, !joiners.contains(foldedWords[start..<i].joined(separator: " ")),
               joiners.contains(where: { OpeningWords.starts(folded, with: $0) || OpeningWords.opensUnspaced(foldedWords[i], with: $0) }) {
                out.append(current.joined(separator: " "))
                current = []
                start = i
            }
            let word = words[i]
            current.append(word)
            // "Also, can I…": a joiner's comma opens its clause rather than closing one.
            if word.hasSuffix(",") || word.hasSuffix("，") || word.hasSuffix("、"),
               !joiners.contains(foldedWords[start...i].joined(separator: " ")) {
                out.append(current.joined(separator: " "))
                current = []
                start = i + 1
            }
            i += 1
        }
        if !current.isEmpty { out.append(current.joined(separator: " ")) }
        // A name the sentence ends with after a comma is who it is said to ("Wat betekent dat,
        // Meri?"): no clause of its own, and its mark ends the clause it was said after.
        if out.count >= 2, let last = out.last, Self.isVocative(last) {
            out.removeLast()
            out[out.count - 1] += " " + last
        }
        // Unspaced scripts cut at their clause marks inside a "word"; a joiner before the mark opens
        // the clause after it ("あと、通常配送は…", as "Also, can I…" above).
        // The mark stays as written: a part is also looked for in the message by its text.
        var cut: [String] = []
        for clause in out {
            var piece = ""
            for c in clause {
                if "，、".contains(c), !joiners.contains(Folding.folded(piece.trimmingCharacters(in: Self.clauseEdges))) {
                    cut.append(piece)
                    piece = ""
                } else {
                    piece.append(c)
                }
            }
            cut.append(piece)
        }
        return mergedTopics(cut.map { $0.trimmingCharacters(in: Self.clauseEdges) }.filter(Self.hasWords), language: language)
    }

    /// A joined clause that names only a topic, the question about it after a comma ("…, et la
    /// facture, je la trouve où ?", "and the invoice, where do I find it?"), is one clause: the topic
    /// neither asks nor stands apart, and the question after it is joined through it. So is a lead
    /// alone and the clause it announces.
    ///
    /// A joined condition or reason is the context of the clause after it, not of the one before
    /// ("…, a jeśli coś się zepsuje, to jaka jest gwarancja?", "…, and if it breaks, how long is the
    /// warranty?"): one clause, which the joiner joins to the question before. A question tag is one
    /// clause with the clause before it.
    private func mergedTopics(_ clauses: [String], language: String) -> [String] {
        var out: [String] = []
        for clause in clauses {
            // A question tag ("…won't show pounds, will it?") makes the clause before it the question.
            if let last = out.last, cues.isTag(clause, language: language) {
                out[out.count - 1] = last + ", " + clause
                continue
            }
            // A condition that opens the sentence, after a greeting at most, is the context of the
            // clause after it ("If my basket comes to more than £135, will I pay anything on
            // delivery?"): one clause, which asks as the sentence's first.
            if let last = out.last, out.count == 1 || (out.count == 2 && greets(out[0], language: language)),
               !startsWithJoiner(last, language: language), opensWithSubordinator(last, language: language),
               !startsWithJoiner(clause, language: language), !opensWithSubordinator(clause, language: language) {
                out[out.count - 1] = last + ", " + clause
                continue
            }
            if let last = out.last, startsWithJoiner(last, language: language),
               opensWithSubordinator(withoutJoiner(last, language: language), language: language),
               !startsWithJoiner(clause, language: language), !opensWithSubordinator(clause, language: language) {
                out[out.count - 1] = last + ", " + clause
                continue
            }
            // A lead alone before a comma ("Ich würde gern wissen, ob ihr …") announces the clause
            // after it: one clause, which asks by its lead.
            if let last = out.last, cues.isLead(last, language: language), !last.unicodeScalars.contains(where: IntentFeaturizer.isUnspaced) {
                out[out.count - 1] = last + ", " + clause
                continue
            }
            // Only in a chain of questions, or opening a sentence ("Et en livraison normale, on la
            // reçoit en combien de jours ?" after a question): after a condition ("Kalau bayarnya COD
            // terus mau retur, refundnya gimana?") the joined words are the condition's.
            if let last = out.last, out.count == 1 || out.dropLast().contains(where: { asksByWords($0, language: language) }),
               startsWithJoiner(last, language: language), !asksByWords(last, language: language),
               withoutJoiner(last, language: language).split(whereSeparator: \.isWhitespace).count <= 4,
               !last.unicodeScalars.contains(where: IntentFeaturizer.isUnspaced),
               !startsWithJoiner(clause, language: language), !opensWithSubordinator(clause, language: language),
               Self.isQuestion(clause) || asksByWords(clause, language: language) {
                out[out.count - 1] = last + ", " + clause   // as written: a part is looked for in the message
            } else {
                out.append(clause)
            }
        }
        return out
    }

    /// A request of its own, or a statement a question leans on, names what it is about: two words that are not stop words ("and
    /// you?" does not). In Han and kana a two-character word is emitted as its bigram, so words are
    /// counted by their positions ("标准|配送|要|几天" is four words, not the one "要").
    static func namesATopic(_ part: String, _ analyzer: Analyzer) -> Bool {
        var positions = Set<Int>()
        for token in analyzer.tokens(part) where token.kind == .word || token.kind == .cjkWord || token.kind == .bigram {
            positions.insert(token.position)
            if positions.count == 2 { return true }
        }
        return false
    }

    /// What a clause is trimmed of (made once, not per clause).
    private static let clauseEdges = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: ",，、"))

    static func hasWords(_ text: String) -> Bool {
        text.contains { $0.isLetter || $0.isNumber }
    }
}
