import Support
import Linguistics

/// What makes a sentence a question when the customer typed no question mark: "how long does
/// standard delivery take", "kan ik met Klarna betalen", "trả hàng được mấy ngày vậy",
/// "จ่ายด้วยพร้อมเพย์ได้ไหมคะ". Chat leaves the mark off more often than not, and a request the
/// splitter takes for a statement is answered only as context of the other (`RequestSplitter`).
/// The cues per language are data (`Resources/question-cues.tsv`).
struct QuestionCues: Sendable {
    enum Place: String, Sendable, CaseIterable {
        /// The clause's first words: a question word, or a verb that opens a question ("kan ik …").
        case opens
        /// The clause's last words: a question particle ("… không", "… ga").
        case ends
        /// Anywhere in the clause: a question word that does not open it ("trả hàng được bao lâu").
        case has
        /// The clause's first words, announcing the question after them ("quisiera saber si …"): the
        /// clause asks, and what it asks is read without them (`withoutLead`).
        case leads
        /// The whole clause: a question of these words alone asks for a facet of the clause before it
        /// ("è coperta da garanzia e per quanto tempo", "do you ship express, and how much?"): it is
        /// no request of its own (`RequestSplitter`).
        case facet
        /// The whole clause: a salutation longer than a greeting of two words ("Sehr geehrte Damen
        /// und Herren", "Dear Sir or Madam"), which, like a greeting, is neither a clause of the
        /// question nor a statement before it.
        case greets
        /// The mark a postscript opens with ("PS :", "P.S.", "P/S", "追伸"): what follows is a new
        /// matter, asked as if the message began there, and is read without the mark.
        case postscript
        /// The mark an e-mail's subject line opens with, before a colon ("Subject:", "Temat:",
        /// "件名："): the message's first line names what it is about, and is no statement the
        /// questions under it lean on.
        case subject
        /// The whole clause after a comma: a question tag ("…won't show pounds, will it?", "…, oder?",
        /// "…，对吧？"), which makes the clause before it the question, read with it as one clause.
        case tag
        /// The whole clause: words that announce the questions after them ("paar vraagjes", "zwei
        /// kurze Fragen", "a couple of questions"), no statement the questions lean on.
        case announces
        /// A word a question may end with after its question word or tag: a polite particle or the
        /// shop addressed ("…, đúng không ạ?", "…phải không shop?", "…berapa kak?"). Read past when
        /// a clause's end is compared with `ends` and `tag` cues.
        case trails
        /// A word ending a sentence in a script that writes no full stop: Thai polite particles
        /// ("สวัสดีค่ะ สนใจเครื่องปั่นพกพา ค่ะ จะเอาไว้…": "ค่ะ", "คะ", "ครับ" close what comes before).
        /// A space after a word ending so ends the sentence (`RequestSplitter.closed`).
        case closes
        /// A mark that opens a question clause where the language writes one ("¿" in Spanish): the
        /// clause asks as plainly as by a question word, which a yes/no question has none of
        /// ("Si al final no la necesito, ¿devolverla me costaría algo?").
        case mark
        /// An ordinal word opening an item of the message's list of questions ("第一に、", "Firstly,",
        /// "Po drugie,"), before a comma or colon: each item is one request, its sentences read
        /// together (`RequestSplitter.items`).
        case enumerates
    }

    /// The places a line may name, as an error lists them ("opens, ends, … or enumerates").
    private static let knownPlaces: String = {
        let names = Place.allCases.map(\.rawValue)
        return names.dropLast().joined(separator: ", ") + " or " + names[names.count - 1]
    }()

    /// Language → place → cues, folded, as words.
    private let cues: [String: [Place: [[String]]]]
    /// Language → leads, folded, longest first (`OpeningWords`), and the most words a lead has.
    private let leads: [String: [String]]
    private let leadWords: Int
    /// Language → salutations, folded, longest first (`OpeningWords`), and the most words one has.
    private let salutations: [String: [String]]
    private let salutationWords: Int
    /// Language → postscript marks, folded, longest first (`OpeningWords`).
    private let postscripts: [String: [String]]
    /// Language → enumerators, folded, longest first (`OpeningWords`), and the most words one has.
    private let enumerators: [String: [String]]
    private let enumeratorWords: Int
    /// Language → subject marks, folded, longest first (`OpeningWords`), and the most words one has.
    private let subjects: [String: [String]]
    private let subjectWords: Int

    init(tsv: String) throws(ResourceTable.Malformed) {
        let table = try ResourceTable(Array(tsv.utf8), file: "question-cues.tsv", columns: 3)
        var cues: [String: [Place: [[String]]]] = [:]
        for line in table.lines {
            guard let place = Place(rawValue: line.fields[1]) else {
                throw ResourceTable.Malformed(file: "question-cues.tsv", line: line.number,
                                              reason: "unknown place \"\(line.fields[1])\" (\(Self.knownPlaces))")
            }
            let words = Folding.folded(line.fields[2]).split(separator: " ").map(String.init)
            cues[line.fields[0], default: [:]][place, default: []].append(words)
        }
        self.cues = cues
        (leads, leadWords) = Self.openings(cues, .leads)
        (salutations, salutationWords) = Self.openings(cues, .greets)
        postscripts = Self.openings(cues, .postscript).0
        (enumerators, enumeratorWords) = Self.openings(cues, .enumerates)
        (subjects, subjectWords) = Self.openings(cues, .subject)
    }

    /// A place's cues as `OpeningWords` reads them: joined, longest first, and the most words one has.
    private static func openings(_ cues: [String: [Place: [[String]]]], _ place: Place) -> ([String: [String]], Int) {
        (cues.compactMapValues { $0[place]?.map { $0.joined(separator: " ") }.sorted { $0.count > $1.count } },
         cues.values.flatMap { $0[place] ?? [] }.map(\.count).max() ?? 1)
    }

    /// Whether the clause's words, folded and without their marks, are one of the place's cues.
    private func isWhole(_ clause: String, _ place: Place, language: String) -> Bool {
        guard let entries = cues[language]?[place] else { return false }
        let words = Self.words(Folding.folded(clause))
        let ended = place == .tag ? withoutTrails(words, language: language) : words
        return entries.contains { $0 == words || $0 == ended }
    }

    /// The words without the polite particles and forms of address that end them (`trails`), at
    /// least one word left.
    private func withoutTrails(_ words: [String], language: String) -> [String] {
        guard let trails = cues[language]?[.trails] else { return words }
        var kept = words[...]
        while kept.count > 1, let last = kept.last, trails.contains([last]) { kept = kept.dropLast() }
        return Array(kept)
    }

    /// A folded clause of a script without spaces, without the marks and spaces around it: its cues
    /// are found inside it ("ได้ไหมคะ", "付款吗？").
    private static func bare(_ folded: String) -> String {
        folded.trimmingCharacters(in: .punctuationCharacters.union(.whitespaces))
    }

    /// A folded clause's words without their marks; an emoji is no word ("… không 🤔").
    private static func words(_ folded: String) -> [String] {
        folded.split(whereSeparator: \.isWhitespace).map { $0.trimmingCharacters(in: .punctuationCharacters) }
            .filter(RequestSplitter.hasWords)
    }

    /// Whether the language has cues (without them, only a question mark makes a question).
    func knows(_ language: String) -> Bool { cues[language] != nil }

    /// Whether the clause asks; a joiner it opens with is cut off first by the caller ("also is
    /// return shipping free" asks by "is").
    func asks(_ clause: String, language: String) -> Bool {
        guard let cues = self.cues[language] else { return false }
        let text = Folding.folded(clause)
        let opening = text.drop { $0.isWhitespace }
        // (So does one after a comma: a condition that opens the sentence is one clause with the
        // question after it, "Si hago un pedido un martes, ¿hasta qué hora …?".)
        if cues[.mark, default: []].contains(where: { cue in
            cue.first.map { opening.hasPrefix($0) || text.contains(", " + $0) } == true
        }) { return true }
        if text.unicodeScalars.contains(where: IntentFeaturizer.isUnspaced) {
            // No spaces between words: a cue is found inside the text (its end, before the
            // polite particles that may follow it: "ได้ไหมคะ", "付款吗").
            let bare = Self.bare(text)
            let joined = { (cue: [String]) in cue.joined(separator: " ") }
            return cues[.opens, default: []].contains { bare.hasPrefix(joined($0)) }
                || cues[.leads, default: []].contains { bare.hasPrefix(joined($0)) }
                || cues[.ends, default: []].contains { bare.hasSuffix(joined($0)) }
                || cues[.has, default: []].contains { bare.contains(joined($0)) }
        }
        let words = Self.words(text)
        guard !words.isEmpty else { return false }
        func at(_ start: Int, _ cue: [String]) -> Bool {
            start >= 0 && start + cue.count <= words.count && words[start..<(start + cue.count)].elementsEqual(cue)
        }
        let ended = withoutTrails(words, language: language)
        return cues[.opens, default: []].contains { at(0, $0) }
            || cues[.leads, default: []].contains { at(0, $0) }
            || cues[.ends, default: []].contains { ended.count >= $0.count && ended.suffix($0.count).elementsEqual($0) }
            || cues[.has, default: []].contains { cue in words.indices.contains { at($0, cue) } || Self.endsAWord(cue, words) }
    }

    /// A cue written as a word's ending ("-elles") found at the end of a longer word: French asks by
    /// inverting its subject ("les lanternes supportent-elles la pluie ?").
    private static func endsAWord(_ cue: [String], _ words: [String]) -> Bool {
        guard cue.count == 1, let ending = cue.first, ending.hasPrefix("-") else { return false }
        return words.contains { $0.count > ending.count && $0.hasSuffix(ending) }
    }

    /// Whether the clause ends with a question particle (`ends`: "送料はいくらになりますか。",
    /// "… không", "…吗"): a question as plainly as one with a question mark.
    func endsWithParticle(_ clause: String, language: String) -> Bool {
        guard let ends = cues[language]?[.ends] else { return false }
        let text = Folding.folded(clause)
        if text.unicodeScalars.contains(where: IntentFeaturizer.isUnspaced) {
            let bare = Self.bare(text)
            return ends.contains { bare.hasSuffix($0.joined(separator: " ")) }
        }
        let words = withoutTrails(Self.words(text), language: language)
        return ends.contains { words.count > $0.count && words.suffix($0.count).elementsEqual($0) }
    }

    /// Whether a word (as the message spaces it) ends its sentence (`closes`: "สวัสดีค่ะ", "ค่ะ").
    func closesSentence(_ word: String, language: String) -> Bool {
        guard let closers = cues[language]?[.closes] else { return false }
        let folded = Folding.folded(word)
        return closers.contains { folded.hasSuffix($0.joined(separator: " ")) }
    }

    /// Whether the clause asks with question words alone ("per quanto tempo", "and how much?" once
    /// its joiner is cut off): a facet of the clause before it.
    func asksOnlyAFacet(_ clause: String, language: String) -> Bool {
        guard let facets = cues[language]?[.facet] else { return false }
        let text = Folding.folded(clause)
        if text.unicodeScalars.contains(where: IntentFeaturizer.isUnspaced) {
            let bare = Self.bare(text)
            return facets.contains { $0.joined(separator: " ") == bare }
        }
        return isWhole(clause, .facet, language: language)
    }

    /// Whether the clause only announces questions (`announces`): "hoi, paar vraagjes / kan ik …".
    func announcesQuestions(_ clause: String, language: String) -> Bool {
        isWhole(clause, .announces, language: language)
    }

    /// Whether the clause opens with words that announce questions and goes on to name their topic
    /// ("mam dwa pytania o lampkę Trailglow", "two questions about the lantern"): read past like a
    /// greeting, as context of the question after it.
    func opensWithAnnouncement(_ clause: String, language: String) -> Bool {
        guard let entries = cues[language]?[.announces] else { return false }
        let text = Folding.folded(clause)
        if text.unicodeScalars.contains(where: IntentFeaturizer.isUnspaced) {
            return entries.contains { text.hasPrefix($0.joined(separator: " ")) }
        }
        let words = Self.words(text)
        return entries.contains { words.starts(with: $0) }
    }

    /// Whether the clause is one of the language's salutations (`greets`), and nothing more.
    func isSalutation(_ clause: String, language: String) -> Bool {
        isWhole(clause, .greets, language: language)
    }

    /// How many characters of the sentence a salutation it opens with takes, when a comma or the
    /// sentence's end follows it: a salutation holds words that would cut a clause ("Sehr geehrte
    /// Damen und Herren," has the joiner "und").
    func salutationLength(_ sentence: String, language: String) -> Int? {
        guard let entries = salutations[language],
              let length = OpeningWords.length(in: sentence, of: entries, maxWords: salutationWords) else { return nil }
        // (The last word is taken with the mark written after it: "Herren,".)
        let rest = sentence.dropFirst(length).drop { $0 == " " }
        let closed = sentence.prefix(length).last.map { ",!".contains($0) } == true
        return rest.isEmpty || closed || rest.first == "," || rest.first == "!" ? length : nil
    }

    /// How many characters of the sentence a postscript mark it opens with takes, with the colon
    /// or dash after it ("PS : et la facture, …" → 5); nil when it opens with none.
    func postscriptLength(_ sentence: String, language: String) -> Int? {
        guard let marks = postscripts[language], let length = OpeningWords.length(in: sentence, of: marks, maxWords: 1) else { return nil }
        let marksAfter = sentence.dropFirst(length).prefix { $0 == " " || ":：-–.".contains($0) }
        return length + marksAfter.count
    }

    /// How many characters of the sentence an enumerator it opens with takes, with the comma or
    /// colon that must follow it ("第一に、貴社発行の…" → 4, "Po drugie, …" → 10); nil when it opens
    /// with none, or with the word but no mark after it ("Kedua produk ini …" is "both"). Where a
    /// space ends a sentence (Thai), the space after it is its mark ("เรื่องแรก ชาร์จเต็ม…").
    func enumeratorLength(_ sentence: String, language: String) -> Int? {
        guard let marks = enumerators[language],
              let length = OpeningWords.length(in: sentence, of: marks, maxWords: enumeratorWords) else { return nil }
        if Sentences.splitsAtSpaces(language), sentence.dropFirst(length).first == " " {
            return length + sentence.dropFirst(length).prefix { $0 == " " }.count
        }
        // (A spaced word is taken with the mark written on it: "Firstly,"; a pause after it too:
        // "zweitens … genau: …".)
        let punctuation = ",，、:：…"
        let after = sentence.dropFirst(length).prefix { $0 == " " || punctuation.contains($0) }
        guard after.contains(where: { $0 != " " }) || sentence.prefix(length).last.map(punctuation.contains) == true else { return nil }
        return length + after.count
    }

    /// How many characters of the line a subject mark and its colon take ("Temat: Trailglow 400 –
    /// dwa pytania" → 6, "件名：配送について" → 3); nil when it opens with none, or with the word but
    /// no colon after it ("Subject to stock, …" is a sentence).
    func subjectLength(_ line: String, language: String) -> Int? {
        guard let marks = subjects[language],
              let length = OpeningWords.length(in: line, of: marks, maxWords: subjectWords) else { return nil }
        // (A spaced mark is taken with the colon written after it: "Temat:".)
        if line.prefix(length).last.map({ ":：".contains($0) }) == true { return length }
        let spaces = line.dropFirst(length).prefix { $0 == " " }.count
        guard let colon = line.dropFirst(length + spaces).first, ":：".contains(colon) else { return nil }
        return length + spaces + 1
    }

    /// Whether the clause is a question tag and nothing more ("will it?", "oder?", "对吧？").
    func isTag(_ clause: String, language: String) -> Bool {
        isWhole(clause, .tag, language: language)
    }

    /// Whether the clause is a lead and nothing more ("Ich würde gern wissen", "I was wondering").
    func isLead(_ clause: String, language: String) -> Bool {
        isWhole(clause, .leads, language: language)
    }

    /// The clause without the longest lead it opens with ("quisiera saber si hay meses sin intereses"
    /// → "hay meses sin intereses"); the clause itself when it opens with none. A lead lowers the
    /// classifier's confidence in the question after it (0.40 with it, 0.77 without, for that one).
    func withoutLead(_ clause: String, language: String) -> String {
        guard let leads = leads[language], let length = OpeningWords.length(in: clause, of: leads, maxWords: leadWords) else { return clause }
        let rest = clause.dropFirst(length)
        guard !rest.trimmingCharacters(in: .whitespaces).isEmpty else { return clause }   // a lead alone stays as it is
        // Without spaces, the lead runs into the question ("请问，可以…"): the marks between go too.
        if Folding.folded(clause).unicodeScalars.contains(where: IntentFeaturizer.isUnspaced) {
            return rest.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
        }
        return String(rest.drop(while: \.isWhitespace))
    }
}
