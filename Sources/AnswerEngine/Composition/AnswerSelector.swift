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
        /// The table row the piece tells as it is (not retold for a market), for `sharingFacts`.
        var row: TableRow? = nil
        /// Opens by referring to the piece before it in its chunk (`order - 1`).
        var refersBack = false
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
    func select(hits: [SearchHit], terms: Set<String>, expansions: Set<String> = [], intentTerms: Set<String> = [], intent: String? = nil,
                market: String, minimumOverlap: Int = 1, already: [String] = [], listed: [String] = [], limit: Int? = nil,
                plan: [AnswerFacet]? = nil) -> [String] {
        guard let top = hits.first?.score else { return [] }
        var candidates: [Candidate] = []
        let given = Set(already.map(Self.key))
        let expansions = expansions.subtracting(terms)
        let intentTerms = intentTerms.subtracting(terms).subtracting(expansions)
        func overlap(_ other: Set<String>) -> Double {
            Double(terms.intersection(other).count) + 0.5 * Double(expansions.intersection(other).count)
        }
        var order = 0
        let league = hits.prefix(6).filter { $0.score >= 0.5 * top }
        let readings = league.map(reading)
        let unavailable = Self.unavailable(in: zip(league, readings).map { ($0.0.lang, $0.1) }, market: market, names: names, yesNo: yesNo)
        // Only chunks in the league of the best one: a weak match elsewhere is not an answer.
        for (rank, (hit, reading)) in zip(league, readings).enumerated() {
            let multiMarket = hit.markets.count != 1
            // A section headed by other markets only ("México", "Estados Unidos") is theirs.
            if multiMarket, !reading.contextMarkets.isEmpty, !reading.contextMarkets.contains(market) { continue }
            // A FAQ answer answers its question: its sentences inherit the question's match (the first
            // two fully, the rest half), since they rarely repeat the question's words. (Sections
            // inheriting their heading's match the same way answered worse on the evalsets.)
            let sameQuestion = intent == nil || intent == classifier.outOfScope || reading.questionIntents.contains(intent!)
            let questionOverlap = hit.kind == .faq && sameQuestion
                ? overlap(reading.questionTerms) + 0.5 * Double(intentTerms.intersection(reading.questionTerms).count) : 0
            for (pieceIndex, p) in reading.pieces.enumerated() {
                order += 1
                guard !given.contains(p.key), !p.navigation, !Self.names(all: listed, in: p.text) else { continue }
                // A question is never an answer: a FAQ question or a heading written as one, run into
                // a section's text ("Quels sont les délais de livraison ? En livraison standard…").
                if p.row == nil, let last = p.text.last, "?？".contains(last) { continue }
                let mentioned = p.mentioned
                // A row whose subject is the customer's market, alone or among several, is told as the
                // customer's market's rule, which names no market; another row for several markets
                // (a method × market matrix) names the customer's market only.
                var piece = p.text
                if let row = p.row, mentioned.contains(market), let subject = row.cells.first?.value {
                    if names.mentioned(in: subject).contains(market) {
                        piece = writer.ownMarketSentence(row, language: hit.lang, plan: plan, market: market, names: names)
                    } else if let own = Self.marketColumn(of: row, market: market, names: names) {
                        // Such a row answers a question about its subject ("Can I pay with FPX?") only:
                        // to "which methods can I use?" it would add "FPX: no" for another market's method.
                        guard !terms.isDisjoint(with: Searcher.indexTerms(subject, language: hit.lang)) else { continue }
                        piece = writer.sentence(own, language: hit.lang)
                    } else if mentioned.count > 1, !names.mentioned(in: subject).isEmpty,
                              let name = Locale(identifier: hit.lang).localizedString(forRegionCode: market) {
                        // (A subject that names no market — a warehouse, "Shenzhen (CN)" serving a list
                        // of markets — stays the subject: "United Kingdom: Serves – United Kingdom, …"
                        // said nothing.)
                        piece = writer.sentence(row, language: hit.lang, subject: .named(name))
                    }
                }
                // A row about several things, some of which the market does not have ("FPX, PayNow:
                // charged at once" in Singapore, whose matrix says no to FPX), is told of the others.
                if let row = p.row, !unavailable.isEmpty, Self.marketColumn(of: row, market: market, names: names) == nil,
                   let told = Self.without(unavailable, row: row) {
                    guard !told.cells[0].value.isEmpty else { continue }
                    piece = writer.sentence(told, language: hit.lang)
                }
                // Another market's rule is never the answer: a row or sentence naming other markets but
                // not the customer's is left out (and a table row so even in a page for one market,
                // which may list every market's rule).
                if multiMarket || hit.kind == .table, !mentioned.isEmpty, !mentioned.contains(market) { continue }
                let overlap = overlap(p.terms) + (pieceIndex < 2 ? questionOverlap : questionOverlap / 2)
                let ours = mentioned.contains(market) && multiMarket
                guard overlap >= Double(minimumOverlap) || (ours && hit.kind == .table && overlap > 0) else { continue }
                var score = 2 * overlap
                if p.hasNumber { score += 0.5 }
                score += max(0, 1.0 - Double(rank) * 0.25)
                // The market's own row or sentence goes first; naming the market does not make a barely
                // matching sentence an answer.
                if ours { score += hit.kind == .table ? 5 : (overlap >= 1.5 ? 3 : 1) }
                if hit.kind == .faq, rank == 0 { score += 1 }
                if piece.count < 25, !piece.contains(where: \.isNumber) { score -= 1.5 }   // labels are not answers; "30 Tage ab Zustellung." is
                // A byline ("SKU MG-PS50, Digital luggage scale…": cells with no labels, no sentence)
                // answers only what it alone says, a capacity or a model number.
                if p.byline { score -= 3 }
                // A FAQ answer that is only a list of names ("Visa, Mastercard, PayPal, Satispay e
                // Scalapay.") says nothing without its question: the same weight as a byline.
                if p.nameList { score -= 3 }
                candidates.append(Candidate(text: piece, score: score, order: order, ownRow: ours && hit.kind == .table,
                                            severalMarketsFigures: multiMarket && mentioned.count > 1 && p.hasNumber,
                                            key: piece == p.text ? p.key : Self.key(piece), row: piece == p.text ? p.row : nil,
                                            refersBack: p.refersBack))
            }
        }
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
        let useful = best.values.filter { $0.score >= 2.5 && !(ownRule && $0.severalMarketsFigures) }
        // Best first, each stating something new: a sentence whose figures the answer already gave
        // ("Ab 39 € liefern wir kostenlos" after the row saying so) repeats a fact.
        var stated = Set(already.flatMap(StatedFacts.figures))
        var chosen: [Candidate] = []
        // The limit counts sentences as the reader does: a troubleshooting row told as symptom and
        // instruction, or a FAQ line of two sentences, is two.
        var told = 0
        let budget = limit ?? maxSentences
        let language = hits.first?.lang ?? "en"
        for c in useful.sorted(by: { $0.score != $1.score ? $0.score > $1.score : $0.order < $1.order }) {
            guard told < budget else { break }
            let figures = StatedFacts.figures(in: c.text)
            if !figures.isEmpty, figures.allSatisfy(stated.contains) { continue }
            let sentences = max(1, Sentences.split(c.text, language: language).count)
            if told + sentences > budget, !chosen.isEmpty { continue }
            stated.formUnion(figures)
            chosen.append(c)
            told += sentences
        }
        // Read in the answer's order, a sentence chosen before a row that states its figures and more
        // ("Express für 7,90 €: …" before the row with every price) repeats it there.
        let inOrder = chosen.sorted { $0.order < $1.order }
        // A sentence that refers back ("Dans ce cas, ne payez rien") stands only after the one it refers to.
        let placed = inOrder.enumerated().filter { i, c in !c.refersBack || (i > 0 && inOrder[i - 1].order == c.order - 1) }.map(\.element)
        let ordered = sharingFacts(placed, language: language)
        let repeated = Set(StatedFacts.repeats(in: already + ordered).map { $0 - already.count })
        return ordered.enumerated().filter { !repeated.contains($0.offset) }.map(\.element)
    }

    /// Rows chosen one after the other that say the same of different things, told as one row
    /// (RowWriter.sharingFacts): "อากรขาเข้า และ ภาษีนำเข้า (VAT) ตอนรับของไม่ต้องจ่ายเพิ่ม", not the fact
    /// once per subject.
    private func sharingFacts(_ chosen: [Candidate], language: String) -> [String] {
        var out: [(text: String, rows: [TableRow])] = []
        for c in chosen {
            if let row = c.row, let last = out.last, !last.rows.isEmpty,
               let merged = writer.sharingFacts(last.rows + [row], language: language) {
                out[out.count - 1] = (writer.sentence(merged, language: language), last.rows + [row])
            } else {
                out.append((c.text, c.row.map { [$0] } ?? []))
            }
        }
        return out.map(\.text)
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

    /// Where a table row quoted in a line of prose begins: at the label of its first cell, the word
    /// before the last ": " ahead of the first " · ". nil: the line holds no row.
    static func rowStart(in line: String) -> String.Index? {
        guard let dot = line.range(of: " · "), let colon = line[..<dot.lowerBound].range(of: ": ", options: .backwards) else { return nil }
        let head = line[..<colon.lowerBound]
        return head.lastIndex(of: " ").map { line.index(after: $0) } ?? line.startIndex
    }

    /// A sentence that is nothing but three or more names, listed ("Visa, Mastercard, PayPal e
    /// Scalapay.", "GoPay, OVO, DANA dan COD (bayar di tempat)"): outside parentheses, every item has
    /// at most three words, each beginning with a capital or a figure ("Wir akzeptieren Visa, …" is
    /// a sentence).
    static func isNameList(_ sentence: String, and: String) -> Bool {
        var text = ""
        var depth = 0
        for c in sentence {
            if c == "(" || c == "（" { depth += 1 } else if c == ")" || c == "）" { depth = max(0, depth - 1) } else if depth == 0 { text.append(c) }
        }
        text = text.trimmedOfWhitespace
        while let last = text.last, ".。".contains(last) { text.removeLast() }
        // Byte for byte (ExactText): Foundation's `components(separatedBy:)` went through NSString.
        let items = text.replacingExactly(and, with: ", ").componentsExactly(separatedBy: ", ").map { $0.split(separator: " ") }
        return items.count >= 3 && items.allSatisfy { words in
            !words.isEmpty && words.count <= 3 && words.allSatisfy { $0.first.map { $0.isUppercase || $0.isNumber } ?? false }
        }
    }

    /// What makes two sentences the same one (case and spacing aside).
    static func key(_ sentence: String) -> String {
        sentence.asciiLowercasedFiltered { !ASCIIClass.isWhitespace($0) } ?? sentence.lowercased().filter { !$0.isWhitespaceQuick }
    }

    /// Whether a sentence names every option of a list (by each name's first word: "PromptPay
    /// (พร้อมเพย์)" is named by "PromptPay", "บัตร Visa / Mastercard" by "บัตร").
    static func names(all names: [String], in sentence: String) -> Bool {
        guard names.count >= 2 else { return false }
        let text = sentence.lowercased()
        return names.allSatisfy { name in
            let word = name.lowercased().split(whereSeparator: { $0 == " " || $0 == "(" || $0 == "/" || $0 == "（" }).first.map(String.init) ?? ""
            return !word.isEmpty && text.contains(word)
        }
    }

    /// The text with its language's full stop unless it ends in a mark already.
    static func ended(_ text: String, language: String) -> String {
        guard let last = text.last, !last.isPunctuation || last == ")" || last == "）" else { return text }
        return text + Sentences.fullStop(language)
    }

    /// A heading line of a chunk, or the label of a link that ends a paragraph ("… keine Rechnungen.
    /// Rechnungen und Belege", the page it points to), not prose: a few words, no figure, no mark to
    /// end them. Quoted in an answer it runs into the next sentence. (Not in Thai, whose sentences
    /// end without a mark; not a list item, whose short lines are answers: "Unused, in the original box".)
    static func isHeading(_ line: String, language: String) -> Bool {
        let text = line.trimmedOfWhitespace
        guard let last = text.last, !Sentences.splitsAtSpaces(language) else { return false }
        return text.split(separator: " ").count <= 5 && !text.contains(where: \.isNumber)
            && !".!?。！？:：;；…)）\"”»".contains(last)
    }

    /// A sentence that introduces a list ("… disebabkan kecacatan, contohnya:") and the items that go
    /// on with it ("- lampu Trailglow 400 tidak lagi boleh dicas …,"), made one sentence: quoted apart,
    /// an item reads as a broken sentence ("contohnya. lampu …") or as a fact it is only an example of.
    static func continuedLists(_ lines: [String], language: String) -> [String] {
        var lines = lines
        var out: [String] = []
        var i = 0
        while i < lines.count {
            var line = lines[i]
            i += 1
            guard !line.hasPrefix("- "), let last = line.last, last == ":" || last == "：" else { out.append(line); continue }
            var items: [String] = []
            // Items are list lines ("- …") or, in a FAQ answer's text, plain lines.
            func item(_ line: String) -> String { line.hasPrefix("- ") ? String(line.dropFirst(2)) : line }
            // An item with a label's colon of its own ("in je account onder Bestellingen: kies …") would
            // make "Label: label: …" after the introduction's colon: such items stay apart.
            while i < lines.count, continues(item(lines[i])), LabelColons.count(in: item(lines[i])) == 0 {
                items.append(item(lines[i]))
                i += 1
            }
            // Items that end without a mark are a list: commas between them, unless an item ends
            // with a word that joins it to the next ("… kliknąć Anuluj, albo").
            let told = items.enumerated().map { n, item in
                let joined = item.split(separator: " ").last.map { FunctionWords.contains(String($0), language: language) } ?? false
                return n == items.count - 1 || joined || item.last.map({ ",;.".contains($0) }) == true ? item : item + ","
            }
            if !told.isEmpty { line += " " + told.joined(separator: " ") }
            out.append(line)
            // An item that goes on with the introduction but could not join it (its own label's colon)
            // is quoted as a sentence: "In je account onder Bestellingen: kies …", not "… is. in je account …".
            if told.isEmpty, i < lines.count, continues(item(lines[i])) {
                lines[i] = (lines[i].hasPrefix("- ") ? "- " : "") + RowWriter.capitalised(item(lines[i]))
            }
        }
        return out
    }

    /// Text that goes on with the sentence before it: its first word in lower case, in a script
    /// with case ("lampu …", not "iDEAL …" or "Visa …").
    static func continues(_ text: String) -> Bool {
        guard let first = text.split(separator: " ").first, let c = first.first, c.isLetter, c.isLowercase else { return false }
        return !first.contains(where: \.isUppercase)
    }

    /// A chunk's sentences: for a FAQ chunk the answer only; table rows (as sentences, see TableRow)
    /// and list items whole; no headings or links' labels (`isHeading`).
    static func pieces(of hit: SearchHit, writer: RowWriter) -> [(text: String, row: TableRow?, byline: Bool)] {
        var lines = hit.text.split(separator: "\n").map(\.trimmedOfWhitespace)
        if hit.kind == .faq, lines.count > 1 { lines.removeFirst() }
        lines = continuedLists(lines, language: hit.lang)
        var out: [(text: String, row: TableRow?, byline: Bool)] = []
        for line in lines {
            var l = line
            if l.hasPrefix("- ") { l.removeFirst(2) }
            // A table's rows, and rows a FAQ answer or a section quotes ("Market: … · Cover: …"),
            // which may follow prose on the same line.
            var prose = l
            if hit.kind == .table {
                prose = ""
                let row = TableRow(l)
                out.append((writer.sentence(row, language: hit.lang), row, false))
            } else if let start = Self.rowStart(in: l) {
                prose = String(l[..<start])
                let row = TableRow(String(l[start...]))
                out.append((writer.sentence(row, language: hit.lang), row, false))
            }
            let byline = prose.containsExactly(" · ")
            // A question and its answer run together ("Is it sent by post?: No.") read as two sentences.
            // So do a definition that is a sentence and its explanation ("The blender smells.: Run the cleaning cycle").
            prose = prose.replacingExactly("?: ", with: "? ").replacingExactly("？：", with: "？").replacingExactly("？: ", with: "？")
                .replacingExactly(".: ", with: ". ").replacingExactly("。：", with: "。")
                // Cells with no labels ("SKU … · 350 ml blender") are a list; "；" ends one market's clause.
                .replacingExactly(" · ", with: ", ").replacingExactly("；", with: "。")
            if prose.trimmedOfWhitespace.isEmpty { continue }
            // A byline ends without a mark; quoted, it would run into the next sentence. So does a list
            // item in Japanese and Chinese, where nothing separates sentences but their 。
            // ("…を選択する" + "チャットのアシスタントに…").
            let ended = { (text: String) in byline ? Self.ended(text, language: hit.lang) : text }
            if line.hasPrefix("- ") || line.hasPrefix("  ") {
                let item = prose.trimmedOfWhitespace
                out.append((Sentences.separator(hit.lang).isEmpty ? Self.ended(item, language: hit.lang) : ended(item), nil, byline))
            } else {
                out += Sentences.split(prose, language: hit.lang).filter { !Self.isHeading($0, language: hit.lang) }
                    .map { (ended($0), nil, byline) }   // split trims its pieces
            }
        }
        return out.filter { !$0.text.isEmpty }
    }
}
