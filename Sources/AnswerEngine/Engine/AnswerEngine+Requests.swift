import Linguistics
import Workspace

/// Messages that ask two things ("Is shipping free, and do you take PayPal?"): the parts of the
/// message the classifier is sure of on their own, each a request for the knowledge base.
extension AnswerEngine {
    /// One request of a message.
    struct Request: Sendable, Equatable {
        var text: String
        var intent: String
        /// The intent the part asked when its `without_order` answers it (Turn.asked).
        var asked: String?
        var confidence: Double
        /// The part's place in the message (answers follow the message's order).
        var position: Int
        /// The clause of its sentence a question after a statement leans on ("ma lanterne reste
        /// bloquée sur le mode rouge" before "comment est-ce qu'on la réinitialise ?"): searched with it.
        var context: String?
    }

    /// How sure the classifier must be of a part alone for it to count as a request of its own.
    static let requestConfidence = 0.5
    /// How sure it must be of a part that names a product: the name is what the part asks about,
    /// however its words read ("然后那个露营灯有多亮啊？", 0.46).
    static let productConfidence = 0.4
    /// How sure a question must be, read with the name of the one product its message names, to be
    /// taken as asking about it (`furtherRequests`).
    static let namedProductReading = 0.7
    /// How sure it must be of a question after a statement that names a topic of the glossary
    /// ("…, so how much would express shipping be?"); one that names none leans on the statement
    /// ("I want to return the lamp. How long do I have?"). (A question about the product the
    /// statement names needs only `productConfidence`: `asksAboutTheNamedProduct`.)
    static let sureAfterStatement = 0.9

    /// The message's requests for the knowledge base other than the turn's own intent, with the
    /// turn's own place among them: parts (`RequestSplitter`) whose intent is sure, answered from the
    /// KB (no role: not small talk, a request for a person or out of scope, and an order look-up
    /// only when there is no order to look up) and not asked already. Empty for a message of one
    /// request.
    ///
    /// `ownAsked`: the intent a sure part asked that the turn's own intent answers for want of an
    /// order, when the turn's reading did not say so ("…je pense la renvoyer : dans ce cas, combien
    /// de temps faut-il pour être remboursé … ?" is the refund time, which the returns policy the
    /// message reads as answers): its rows come first in the turn's answer (`Turn.asked`).
    func furtherRequests(_ turn: Turn, trace: inout Trace) -> Further {
        let splitter = RequestSplitter.shared
        let parts = splitter.parts(turn.message, language: turn.language)
        guard parts.count >= 2 else { return Further(requests: [], ownPosition: 0, ownAsked: nil, parts: [], ownParts: [], ownQuestions: 1) }
        // A part is read without the word that joins it to the one before ("với lại có nhận MoMo
        // không" is read as "có nhận MoMo không") and the words announcing it ("quisiera saber si"):
        // they say nothing of what is asked.
        // A part is read with the subordinate clauses after it: its condition may be what it asks
        // about ("I ile mam czasu na zgłoszenie, jeśli przyjdzie uszkodzona?").
        // (As the message writes it: the turn's own search is the message without its requests.)
        let withConditions = parts.indices.map { i in
            var part = parts[i]
            if let last = parts[(i + 1)...].prefix(while: \.subordinate).last,
               let start = turn.message.range(of: part.text),
               let end = turn.message.range(of: last.text, range: start.upperBound..<turn.message.endIndex) {
                part.text = String(turn.message[start.lowerBound..<end.upperBound])
            }
            return part
        }
        let analyzer = Analyzer(language: turn.language)
        // A question after a statement in its sentence is searched with the clause it leans on ("ma
        // lanterne reste bloquée sur le mode rouge, comment est-ce qu'on la réinitialise ?": what "la"
        // stands for), and may be read with it (`leaningReading`).
        // The products each part names, read once.
        let named = withConditions.map { finder.products.mentioned(in: $0.text, language: turn.language) }
        // So is a question of its own sentence that names nothing after a statement about the
        // product the message names ("l'écran de mon pèse-bagages PackScale affiche « Lo » depuis ce
        // matin, juste à côté du chiffre. Qu'est-ce que cela signifie ?"): `storyBefore`.
        let contexts = withConditions.indices.map { i in
            (withConditions[i].afterStatement && i > 0 ? Self.clauseBefore(withConditions[i - 1].text, withConditions[i].text, in: turn.message) : nil)
                ?? storyBefore(i, withConditions, named: named, analyzer: analyzer, turn: turn)
        }
        // A question after statements of its own sentence that names nothing may ask what the whole
        // sentence asks ("クレジットカードは使わず、PayPayで支払いたいのですが、対応していますでしょうか。":
        // does the shop take PayPay?): the sentence's clauses before it (`sentenceBefore`).
        let sentences = withConditions.indices.map { i in
            withConditions[i].afterStatement ? Self.sentenceBefore(i, withConditions.map(\.text), in: turn.message) : nil
        }
        let read = trace.run("requests") {
            withConditions.enumerated().map { i, part in
                let asked = splitter.question(part.text, language: turn.language, analyzer: analyzer)
                var alone = classifier.classify(asked, language: turn.language)
                // A lead-in that names the product the question after it asks about ("…thinking about
                // the Trailglow 400 for our caravan trips: would it be alright … in the rain?"): the
                // question is read with the product's name, where that is surer ("it" names nothing;
                // the lead-in's other words, "thinking about", would read as something else).
                if asked != part.text, let name = named[i].first?.names[turn.language]?.first,
                   finder.products.mentioned(in: asked, language: turn.language).isEmpty {
                    let withName = classifier.classify(name + " " + asked, language: turn.language)
                    if withName.confidence > alone.confidence { alone = withName }
                }
                // So is a question that names no topic after a lead-in that does ("requiero factura
                // electrónica (CFDI) para fines fiscales: ¿hasta cuándo puedo solicitarla?": "it" is
                // the invoice).
                // A question read as none of the store's intents in a message that names one product asks
                // about it by a word for it or none ("tapi nanti nyucinya gimana?": washing it; "quanti ml
                // contiene?"): read with the product's name, it may ask what only the product's manual
                // answers. (It must ask: "Y otra cosita 🙏" announces a question. And be sure of it: "e
                // dove la ricevo?" is the receipt. A question that reads as an intent of the store, however
                // unsure, is not read so: "You guys already received the blender back right?")
                let askedConcepts = concepts.concepts(in: analyzer.tokens(asked), language: turn.language)
                let namesATopic = !askedConcepts.isEmpty
                // So is an unsure question, standing alone or after a statement, that names a topic
                // besides a product ("jak go najlepiej myć po zrobieniu koktajlu?": washing it, 0.39 of
                // the product's use; "อยากทราบว่าชาร์จจนแบตเต็มต้องใช้เวลากี่ชั่วโมงคะ" after "สนใจตะเกียง
                // Trailglow 400 ค่ะ": charging it, 0.32).
                // (A product named is no topic of it: "You guys already received the blender back right?")
                let namesAUse = askedConcepts.contains { concept in !finder.products.products.contains { $0.id == concept } }
                if part.standsAlone || part.afterStatement,
                   (alone.intent == classifier.outOfScope || alone.confidence < Self.requestConfidence) && namesAUse,
                   turn.products.count == 1, let name = turn.products[0].names[turn.language]?.first, !asked.contains(name),
                   RequestSplitter.isQuestion(part.text) || splitter.asksByWords(part.text, language: turn.language)
                    || splitter.announcedBeforeColon(part.text, language: turn.language) {
                    let withName = classifier.classify(name + " " + asked, language: turn.language)
                    if withName.confidence >= Self.namedProductReading, withName.confidence > alone.confidence,
                       finder.products.onlyManuals(catalog.intent(withName.intent)?.topics ?? []) { alone = withName }
                }
                if asked != part.text, !namesATopic {
                    let whole = classifier.classify(part.text, language: turn.language)
                    if whole.confidence > alone.confidence { alone = whole }
                }
                // An item of a list is read whole; unsure so, its first clause may say what it asks
                // ("(b) whether the Practice's VAT registration number may be added to the order after
                // the Goods have been dispatched, the undersigned having omitted to do so …": the
                // clause after it is why the writer asks).
                if part.item, alone.confidence < Self.requestConfidence {
                    let clauses = splitter.clauses(part.text, language: turn.language)
                    if clauses.count > 1 {
                        let head = classifier.classify(splitter.question(clauses[0], language: turn.language, analyzer: analyzer), language: turn.language)
                        if head.confidence >= Self.requestConfidence, head.intent != classifier.outOfScope { alone = head }
                    }
                }
                let leaning = leaningReading(alone, asked: asked, namesATopic: namesATopic, context: contexts[i], turn: turn)
                return (i, part, sentenceReading(leaning, asked: asked, namesATopic: namesATopic, sentence: sentences[i], turn: turn))
            }
        }
        var asked: Set<String> = [turn.intent]
        var requests: [Request] = []
        var ownAsked: String?
        // A question of the same intent about another product is a request of its own ("Trailglow
        // 400は何時間ほど点灯できますでしょうか。また、BlendGoは何回ほどブレンドできますか。"): the
        // products each intent's requests ask about, the turn's own the products of its surest part.
        let surest = read.filter { $0.2.intent == turn.intent }.max { $0.2.confidence < $1.2.confidence }?.0
        let ids = named.map { Set($0.map(\.id)) }
        var productsAsked: [String: Set<String>] = [turn.intent: surest.map { ids[$0] } ?? []]
        // A question after a statement not sure enough to be a request of its own may still say
        // which facet of the turn's own intent it asks ("…, ça prend combien de temps avant que le
        // remboursement rentre sur ma carte?" is 0.90 of the refund time, which the returns policy
        // the message reads as answers): the own answer's rows for it come first.
        if turn.asked == nil, turn.entities.orderNumbers.isEmpty,
           let facet = read.first(where: { _, part, prediction in
               part.afterStatement && prediction.confidence >= Self.requestConfidence
                   && catalog.intent(prediction.intent)?.withoutOrder == turn.intent
           }) {
            ownAsked = facet.2.intent
        }
        for (i, part, prediction) in read where isRequest(part, prediction, context: contexts[i], sentence: sentences[i], turn: turn, analyzer: analyzer)
            || leansOnTheStory(part, prediction, context: contexts[i], turn: turn) {
            // A look-up with no order to look up is the policy the taxonomy names for it, as for the
            // turn's own intent ("… and how long until I get my money back?" is the refund time).
            var intent = prediction.intent
            var replaced: String?
            if turn.entities.orderNumbers.isEmpty, let instead = catalog.intent(intent)?.withoutOrder { (replaced, intent) = (intent, instead) }
            // An order's action with no order to act on is answered by its policy ("Kann ich noch
            // stornieren, solange …, und wie lange dauert Express?"), as a message of that request
            // alone is — except "where is my parcel?", which no policy answers: it needs the order.
            // Other roles (a person, small talk, out of scope) are not the KB's to answer.
            guard let definition = catalog.intent(intent),
                  definition.role == nil
                    || (turn.entities.orderNumbers.isEmpty && definition.action != nil && definition.role != .orderStatus) else { continue }
            let product = ids[i]
            let anotherProduct = i != surest && product.count == 1 && finder.products.onlyManuals(definition.topics)
                && productsAsked[intent].map { $0.isDisjoint(with: product) } == true
            guard asked.insert(intent).inserted || anotherProduct else {
                if intent == turn.intent, turn.asked == nil, ownAsked == nil { ownAsked = replaced }
                // A second question of a request's intent about its product asks it more: "C'est-tu
                // assez gros pour un vrai smoothie? Il contient combien de ml, exactement?" is one
                // request, searched with both.
                if intent != turn.intent, let k = requests.lastIndex(where: { $0.intent == intent }), product.isSubset(of: productsAsked[intent] ?? []),
                   finder.products.onlyManuals(definition.topics) {
                    requests[k].text += " " + part.text
                }
                continue
            }
            productsAsked[intent, default: []].formUnion(product)
            requests.append(Request(text: part.text, intent: intent, asked: replaced, confidence: prediction.confidence, position: i,
                                    context: contexts[i]))
        }
        // The turn's own answer takes the place of the part read as its intent; when no part reads
        // so (the message's intent is a blend of its parts', or was turned into another: a refund
        // question without an order is the returns policy), its parts come first, in their order.
        // (A part read as what the message asked counts: "退款大概几天会到" is refund.status, which
        // without an order the returns policy answers.) Where another product's question of the
        // same intent was taken, the own request is its surest part, whose products it asks about.
        let splitByProduct = requests.contains { $0.intent == turn.intent }
        let ownPosition = (splitByProduct ? surest : nil)
            ?? read.first { $0.2.intent == turn.intent || $0.2.intent == turn.asked }?.0 ?? parts.count
        // The parts not taken say why (not sure enough, not a question of its own), so that a
        // message answered with fewer requests than it asks shows what its other questions were read as.
        let taken = Set(requests.map(\.position))
        let passed = read.filter { i, _, _ in i != ownPosition && !taken.contains(i) }.map { _, part, prediction in
            "«\(part.text)» \(prediction.intent) \(String(format: "%.2f", prediction.confidence))" + (part.standsAlone ? "" : ", leans on the rest")
        }
        if requests.isEmpty {
            trace.note("requests", "one request (\(parts.count) parts; not taken: \(passed.joined(separator: " · ")))")
        } else {
            trace.note("requests", "\(requests.count + 1) requests: \(turn.intent) (the message) · "
                       + requests.map { "\($0.intent) (\(String(format: "%.2f", $0.confidence))) «\($0.text)»" }.joined(separator: " · ")
                       + (passed.isEmpty ? "" : " (not taken: \(passed.joined(separator: " · ")))"))
        }
        let own = read.filter { $0.2.intent == turn.intent }.sorted { $0.2.confidence > $1.2.confidence }.map(\.0)
        let ownQuestions = parts.indices.filter { !taken.contains($0) && (parts[$0].standsAlone || parts[$0].afterStatement) }.count
        return Further(requests: requests, ownPosition: ownPosition, ownAsked: ownAsked, parts: parts.map(\.text), ownParts: own,
                       ownQuestions: ownQuestions)
    }

    /// The message's requests besides the turn's own (`furtherRequests`).
    struct Further {
        var requests: [Request]
        /// The place of the part read as the turn's own intent (the parts' count when none is).
        var ownPosition: Int
        var ownAsked: String?
        /// The message's parts as the splitter cut them; empty for a message of one part.
        var parts: [String]
        /// The parts read as the turn's own intent, the surest first.
        var ownParts: [Int]
        /// How many of the message's parts that ask (`standsAlone`, `afterStatement`) are left to the
        /// turn's own request: more than one, and its answer answers several questions.
        var ownQuestions: Int
    }

    /// How a question after a statement in its sentence reads: alone, unless it is unsure alone (or
    /// sure only that it asks none of the store's intents: "so what in the world does that mean?"),
    /// names no topic of the glossary itself, and, read with the statement, asks what only the manual
    /// of the product the message names answers ("jadi aku baru beli PackScale … di layarnya muncul
    /// tulisan "Lo", itu maksudnya apa ya?": what does it mean?). (Read with the statement whatever it
    /// then asks, it gained two cases and lost two: "どのくらいかかりますか。" after "荷物が税関で止まって
    /// いるみたいなのですが" became a request of its own; "リセットはどうすればよいですか。" names its topic.)
    /// - Parameter namesATopic: whether the question names a concept of the glossary itself.
    private func leaningReading(_ alone: IntentPrediction, asked: String, namesATopic: Bool, context: String?, turn: Turn) -> IntentPrediction {
        guard let context, alone.confidence < Self.requestConfidence || alone.intent == classifier.outOfScope,
              !namesATopic else { return alone }
        let leaning = classifier.classify(context + " " + asked, language: turn.language)
        return leaning.confidence > alone.confidence && asksAboutTheNamedProduct(leaning.intent, turn) ? leaning : alone
    }

    /// How a question after statements of its sentence that names nothing reads: as the whole
    /// sentence, when that is sure of a question the knowledge base answers (`sureAfterStatement`)
    /// and the question alone is unsure ("対応していますでしょうか。" alone is 0.28 of the payment
    /// methods, the sentence 0.99). Surely read, the sentence says what "it" is.
    private func sentenceReading(_ alone: IntentPrediction, asked: String, namesATopic: Bool, sentence: String?, turn: Turn) -> IntentPrediction {
        guard let sentence, !namesATopic, alone.confidence < Self.requestConfidence else { return alone }
        let whole = classifier.classify(sentence + " " + asked, language: turn.language)
        guard whole.intent != classifier.outOfScope, whole.confidence >= Self.sureAfterStatement else { return alone }
        return whole
    }

    /// The clauses of a part's sentence before it, as far back as `clauseBefore` joins them ("クレジット
    /// カードは使わず" and "PayPayで支払いたいのですが" before "対応していますでしょうか。"); nil when the part
    /// opens its sentence.
    /// (A clause that trails off, "… yo no tengo tarjeta...", ends what the sentence joins: an
    /// ellipsis between every phrase would make the whole message one sentence.)
    static func sentenceBefore(_ i: Int, _ parts: [String], in message: String) -> String? {
        var first = i
        while first > 0, !trailsOff(parts[first - 1]), clauseBefore(parts[first - 1], parts[first], in: message) != nil { first -= 1 }
        return first < i ? parts[first..<i].joined(separator: " ") : nil
    }

    /// Whether a part is a request of its own: a part that stands alone and the classifier is sure
    /// of (less sure when it names a product: the name is what it asks about), or a question after a
    /// statement sure of itself that names a topic of the glossary — or, asking about the product
    /// the message names, only as sure as a part that names a product (the product is its topic:
    /// "…les lanternes supportent-elles la pluie ?", "Jak przełączyć jednostki?" at 0.45). Either names what it is about by its own words: "どのくらい
    /// かかりますか。" after "荷物が税関で止まっているみたいなのですが" asks about the statement.
    /// - Parameter sentence: the clauses of the part's sentence before it (`sentenceBefore`), which
    ///   may name the topic where the clause right before does not.
    private func isRequest(_ part: RequestSplitter.Part, _ prediction: IntentPrediction, context: String?, sentence: String?, turn: Turn,
                           analyzer: Analyzer) -> Bool {
        guard RequestSplitter.namesATopic(part.text, analyzer) else { return false }
        if part.standsAlone {
            return prediction.confidence >= Self.requestConfidence
                || prediction.confidence >= Self.productConfidence && !finder.products.mentioned(in: part.text, language: turn.language).isEmpty
        }
        guard part.afterStatement else { return false }
        if asksAboutTheNamedProduct(prediction.intent, turn) { return prediction.confidence >= Self.productConfidence }
        // What a lead-in before a colon leads to is the topic of the clause the question leans on:
        // "Y quiero comprarle uno a mi comadre: con el envío normal, ¿en cuántos días le llegaría?"
        // asks about the standard delivery, 0.88 alone, 0.93 read with "con el envío normal".
        if let context {
            let topic = RequestSplitter.afterLeadIn(context)
            if topic != context, !concepts.concepts(in: analyzer.tokens(topic), language: turn.language).isEmpty {
                let leaning = classifier.classify(topic + " " + part.text, language: turn.language)
                if leaning.intent == prediction.intent && leaning.confidence >= Self.sureAfterStatement { return true }
            }
        }
        guard prediction.confidence >= Self.sureAfterStatement else { return false }
        if !concepts.concepts(in: analyzer.tokens(part.text), language: turn.language).isEmpty { return true }
        // Or the clause it leans on names the topic, and the question read with it asks the same
        // ("pero mi hija usa Mercado Pago... ¿se puede pagar con eso?..."); read with it, "どのくらい
        // かかりますか。" after "荷物が税関で止まっているみたいなのですが" asks about customs, not the
        // delivery time it reads as alone.
        return Set([context, sentence].compactMap { $0 }).contains { before in
            guard !concepts.concepts(in: analyzer.tokens(before), language: turn.language).isEmpty else { return false }
            let leaning = classifier.classify(before + " " + part.text, language: turn.language)
            return leaning.intent == prediction.intent && leaning.confidence >= Self.sureAfterStatement
        }
    }

    /// The statement a question leans on when it names nothing itself and stands on nothing of its
    /// own (`Part.standsAlone`): the nearest part before it that names a product, at most
    /// `storyParts` back, with only statements between; nil when there is none. (That part alone:
    /// the statements between pull the search elsewhere, "… ook eens proberen." to a failed
    /// payment's "probeer het opnieuw".)
    private func storyBefore(_ i: Int, _ parts: [RequestSplitter.Part], named: [[ProductCatalog.Product]], analyzer: Analyzer,
                             turn: Turn) -> String? {
        let part = parts[i]
        guard i > 0, !part.standsAlone, !part.subordinate, !turn.products.isEmpty,
              RequestSplitter.isQuestion(part.text),
              concepts.concepts(in: analyzer.tokens(part.text), language: turn.language).isEmpty else { return nil }
        let splitter = RequestSplitter.shared
        var k = i - 1
        while k >= 0, i - k <= Self.storyParts {
            let before = parts[k]
            if before.standsAlone || before.afterStatement || RequestSplitter.isQuestion(before.text)
                || splitter.asksByWords(before.text, language: turn.language) { return nil }
            if !named[k].isEmpty { return before.text }
            k -= 1
        }
        return nil
    }

    /// How many parts back a question that names nothing looks for the product its story names.
    static let storyParts = 3

    /// Whether a question that names nothing, read with the statement before it about the product
    /// the message names (`storyBefore`), asks what only that product's manual answers, as surely as
    /// a question read with the product's name must (`namedProductReading`).
    private func leansOnTheStory(_ part: RequestSplitter.Part, _ prediction: IntentPrediction, context: String?, turn: Turn) -> Bool {
        guard context != nil, !part.standsAlone, !part.afterStatement else { return false }
        return asksAboutTheNamedProduct(prediction.intent, turn) && prediction.confidence >= Self.namedProductReading
    }

    /// The clause before a question when it is in the question's sentence ("ma lanterne reste
    /// bloquée sur le mode rouge, comment est-ce qu'on la réinitialise ?"): what the question's "la"
    /// stands for. A sentence before it is a story of its own, whose words would pull the search.
    static func clauseBefore(_ before: String, _ question: String, in message: String) -> String? {
        // (The part before may end with its sentence's mark: "…a reventar." is a sentence of its own.)
        // (An ellipsis is a pause, not a full stop: "pero mi hija usa Mercado Pago... ¿se puede pagar
        // con eso?..." asks about what the clause before it names.)
        let ends: (Character) -> Bool = { ".?!。？！\n".contains($0) }
        let trailsOff = Self.trailsOff(before) && !RequestSplitter.isQuestion(before.trimmingCharacters(in: .whitespaces))
        guard let start = message.range(of: before), let end = message.range(of: question, range: start.upperBound..<message.endIndex),
              !message[start.upperBound..<end.lowerBound].contains(where: { ends($0) && !trailsOff || $0 == "\n" }),
              trailsOff || !(before.trimmingCharacters(in: .whitespaces).last.map(ends) ?? false) else { return nil }
        return before
    }

    static func trailsOff(_ clause: String) -> Bool {
        let written = clause.trimmingCharacters(in: .whitespaces)
        return written.hasSuffix("...") || written.hasSuffix("…")
    }

    /// Whether a question of this intent is about a product the message names: only manuals answer
    /// it, and the statement before it names one ("Quiero regalarle a mi padre la báscula PackScale
    /// … ¿Hasta cuántos kilos puede pesar?"). Such a question after its statement is a request when
    /// the classifier is as sure as of a part that names a product (`productConfidence`).
    func asksAboutTheNamedProduct(_ intent: String, _ turn: Turn) -> Bool {
        finder.products.onlyManuals(catalog.intent(intent)?.topics ?? [])
            && !turn.products.isEmpty
    }

    /// The products a request names; when it names none, those the message names ("…baru unboxing
    /// Trailglow 400, … cara reset-nya gimana ya?", "saya ingin bertanya sama ada lampu tersebut
    /// kalis air": "it", "that lamp" is the product named before).
    /// Only for an intent that only manuals answer: a warranty question after "Jetzt möchte ich den
    /// BlendGo bestellen" is about the warranty, not the blender's troubleshooting.
    func named(_ request: Request, in turn: Turn, parts: [String]) -> [ProductCatalog.Product] {
        let own = finder.products.mentioned(in: request.text, language: turn.language)
        guard own.isEmpty, finder.products.onlyManuals(catalog.intent(request.intent)?.topics ?? []) else { return own }
        return named(before: request.position, parts: parts, turn: turn)
    }

    /// The products the turn's own request asks about: those the message names, or where it names
    /// several, those its surest part read as its intent names or the nearest part before it names
    /// (`named(before:)`).
    func ownNamed(_ further: Further, turn: Turn) -> [ProductCatalog.Product] {
        let all = turn.products
        guard all.count >= 2, finder.products.onlyManuals(catalog.intent(turn.intent)?.topics ?? []) else { return all }
        for position in further.ownParts {
            let own = finder.products.mentioned(in: further.parts[position], language: turn.language)
            // A part that names several asks which of them, not what of one ("de BlendGo of toch de
            // PackScale?" is read as a product question, more surely than "tot hoeveel kilo kan die
            // eigenlijk wegen?" after it).
            if own.count <= 1 { return own.isEmpty ? named(before: position, parts: further.parts, turn: turn) : own }
        }
        return all
    }

    /// The products a part that names none asks about ("it", "that one"): where the message names
    /// several, those of the nearest part before it that names any ("de BlendGo of toch de
    /// PackScale? … dus die bagageweger lijkt me eigenlijk handiger. Hmm. Maar tot hoeveel kilo kan
    /// die eigenlijk wegen?" asks of the scale); all the message names when no part before it does.
    func named(before position: Int, parts: [String], turn: Turn) -> [ProductCatalog.Product] {
        let all = turn.products
        guard all.count >= 2 else { return all }
        for part in parts.prefix(position).reversed() {
            let named = finder.products.mentioned(in: part, language: turn.language)
            if !named.isEmpty { return named }
        }
        return all
    }

    /// The manuals a further request about a named product answers from, which the turn's own
    /// request, when no product document answers its intent, leaves to it: "…nous envisageons de
    /// commander une douzaine de lanternes Trailglow 400 … combien de jours faut-il compter ?" asks
    /// the delivery time, and the lantern's manual answers only the question about the rain.
    func manualsAskedElsewhere(_ answered: [Answered], turn: Turn) -> Set<String> {
        let products = finder.products
        guard !(catalog.intent(turn.intent)?.topics ?? []).contains(where: products.productDocuments.contains) else { return [] }
        return Set(answered.filter { products.onlyManuals(catalog.intent($0.request.intent)?.topics ?? []) }
            .flatMap(\.named).flatMap(\.documents))
    }

    /// What a further request of the message answers: its sentences (with what they say of their
    /// product) and its hits.
    struct Answered {
        var request: Request
        /// The products it asks about (`named(_:in:parts:)`).
        var named: [ProductCatalog.Product]
        var found: KnowledgeFinder.Found
        var told: [String]
        /// The lines of `told` about a product's manual (`productNotes`).
        var notes: [String] = []
    }

    /// The further requests' answers, each found on its own part of the message.
    /// - Parameter amounts: what the customer says their order comes to, read on the whole message.
    func findFurther(_ further: Further, turn: Turn, market: Market, phrases: Phrases, amounts: [AmountBounds.Stated],
                     trace: inout Trace) throws -> [Answered] {
        let analyzer = Analyzer(language: turn.language)
        return try further.requests.map { request in
            // (Searched as the classifier read it: a lead-in before a colon, "Deux points à valider
            // avant que je présente le devis au bureau :", says nothing of what is asked.)
            let asked = RequestSplitter.shared.question(request.text, language: turn.language, analyzer: analyzer)
            let products = named(request, in: turn, parts: further.parts)
            let found = try finder.find(.init(message: [request.context, asked].compactMap { $0 }.joined(separator: " "),
                                              market: market, language: turn.language,
                                              answerLanguage: turn.answerLanguage, intent: request.intent,
                                              asked: request.asked, confidence: request.confidence, wantsSentences: true,
                                              named: products,
                                              sharing: 1 + further.requests.count, orderAmounts: amounts),
                                        trace: &trace)
            // (With what it says of its product: a manual quoted in another language says so.)
            let notes = Self.productNotes(found, phrases: phrases, language: turn.answerLanguage)
            return Answered(request: request, named: products, found: found, told: notes + found.sentences, notes: notes)
        }
    }

    /// The further requests' answers joined to the turn's own, in the message's order: sentences once
    /// each, sources after the turn's own.
    func joined(_ further: Further, own: KnowledgeFinder.Found, answered: [Answered]) -> KnowledgeFinder.Found {
        guard !answered.isEmpty else { return own }
        var before: [String] = []
        var after: [String] = []
        var hits = own.hits
        var manualElsewhere = own.manualElsewhere
        for a in answered {
            let new = a.told.filter { s in !own.sentences.contains(s) && !before.contains(s) && !after.contains(s) }
            if manualElsewhere == nil { manualElsewhere = a.found.manualElsewhere }
            if a.request.position < further.ownPosition { before += new } else { after += new }
            hits = KnowledgeFinder.hits(hits, then: a.found.hits)
        }
        var joined = own
        joined.sentences = before + own.sentences + after
        joined.firstIntent = further.requests.filter { $0.position < further.ownPosition }.min { $0.position < $1.position }?.intent
        joined.hits = hits
        joined.manualElsewhere = manualElsewhere
        joined.notes = own.notes + answered.flatMap(\.notes)
        return joined
    }
}
