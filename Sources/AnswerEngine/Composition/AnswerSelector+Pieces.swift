import Support
import Foundation
import KnowledgeStore
import Linguistics

/// A chunk read into the pieces selection weighs: its sentences, list items and table rows, with
/// what makes two the same and what marks a heading, a byline or a list of names.
extension AnswerSelector {
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
            guard ListLine(line) == nil, let last = line.last, last == ":" || last == "：" else { out.append(line); continue }
            var items: [String] = []
            // Items are list lines ("- …", "1. …") or, in a FAQ answer's text, plain lines.
            func item(_ line: String) -> String { ListLine(line).map { String($0.text) } ?? line }
            // An item with a label's colon of its own ("in je account onder Bestellingen: kies …") would
            // make "Label: label: …" after the introduction's colon: such items stay apart.
            // Once an item goes on with it, the list's further items do too ("- …", or any line after
            // an item ending in ";" or ","), even one opening with a name ("Alma n'a pas accepté …",
            // a cause in the list, which quoted alone reads as a fact about the customer's order).
            func goesOn(_ line: String) -> Bool {
                continues(item(line)) || items.last.map { ListLine(line) != nil || $0.hasSuffix(";") || $0.hasSuffix(",") } == true
            }
            while i < lines.count, goesOn(lines[i]), LabelColons.count(in: item(lines[i])) == 0 {
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
                let marker = ListLine(lines[i]).map { ListLine.marker(depth: 0, ordinal: $0.ordinal) } ?? ""
                lines[i] = marker + RowWriter.capitalised(item(lines[i]))
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
    static func pieces(of hit: SearchHit, writer: RowWriter) -> [ChunkSentence] {
        var lines = hit.text.split(separator: "\n").map(\.trimmedOfWhitespace)
        if hit.kind == .faq, lines.count > 1 { lines.removeFirst() }
        lines = continuedLists(lines, language: hit.lang)
        var out: [ChunkSentence] = []
        for line in lines {
            let listed = ListLine(line)
            let l = listed.map { String($0.text) } ?? line
            // A table's rows, and rows a FAQ answer or a section quotes ("Market: … · Cover: …"),
            // which may follow prose on the same line.
            var prose = l
            if hit.kind == .table {
                prose = ""
                let row = TableRow(l)
                out.append(ChunkSentence(text: writer.sentence(row, language: hit.lang), row: row))
            } else if let start = Self.rowStart(in: l) {
                prose = String(l[..<start])
                let row = TableRow(String(l[start...]))
                out.append(ChunkSentence(text: writer.sentence(row, language: hit.lang), row: row))
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
            if listed != nil || line.hasPrefix("  ") {
                let item = prose.trimmedOfWhitespace
                out.append(ChunkSentence(text: Sentences.separator(hit.lang).isEmpty ? Self.ended(item, language: hit.lang) : ended(item),
                                         byline: byline, listItem: true, step: listed?.ordinal))
            } else {
                out += Sentences.split(prose, language: hit.lang).filter { !Self.isHeading($0, language: hit.lang) }
                    .map { ChunkSentence(text: ended($0), byline: byline) }   // split trims its pieces
            }
        }
        return out.filter { !$0.text.isEmpty }
    }
}

/// One sentence of a chunk as the chunk says it, before it is read for an answer (`ChunkReading.Piece`).
struct ChunkSentence: Equatable {
    var text: String
    /// The table row the sentence tells, when it is one.
    var row: TableRow?
    /// Cells without labels ("SKU … · 350 ml blender"): a line that ends without a mark.
    var byline = false
    /// An item of a list, whole.
    var listItem = false
    /// The item's number in an ordered list (a procedure's step).
    var step: Int? = nil
}
