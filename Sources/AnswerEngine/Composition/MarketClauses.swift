import Support

/// A sentence that gives several markets' figures in one list ("El envío exprés cuesta 7,90 € en
/// España, MX$249 en México y $14.99 en Estados Unidos.") told for the customer's market alone
/// ("El envío exprés cuesta MX$249 en México."): the other markets' figures are not the customer's
/// rule, and their currencies break the market's voice.
enum MarketClauses {
    /// The sentence cut to its common opening and the customer's market's item; nil when the
    /// sentence is not such a list: its items (at commas, the language's "and", semicolons) must each
    /// name one market, the customer's among them, and the opening must hold the first item's figure.
    /// - Parameter and: the language's word joining a list's last item (" y ", " und "), spaces included.
    static func own(_ sentence: String, market: String, and: String, names: MarketNames) -> String? {
        var body = sentence.trimmedOfWhitespace
        let end = body.last.map { ".。!".contains($0) } == true ? String(body.removeLast()) : ""
        let items = split(body, and: and)
        guard items.count >= 2 else { return nil }
        let named = items.map { names.mentioned(in: $0) }
        guard named.allSatisfy({ $0.count == 1 }), Set(named.map { $0.first! }).count == items.count,
              let mine = named.firstIndex(where: { $0.contains(market) }) else { return nil }
        // The customer's item says something of its own: a figure, or more than the market's name
        // ("En España, México y Estados Unidos la respuesta es no" is one subject of three markets).
        guard sayMore(items[mine]) else { return nil }
        if mine == 0 { return items[0] + end }
        // The first item holds the common opening: everything before its first figure ("El envío
        // exprés cuesta "), which the customer's item continues ("MX$249 en México").
        guard let figure = items[0].firstIndex(where: { $0.isNumber || "$€£¥₫฿₱".contains($0) }) else { return nil }
        var opening = String(items[0][..<figure])
        // A currency written before its figure ("MX$", "Rp") belongs to the figure, not the opening.
        while let last = opening.last, last.isLetter || "$€£¥₫฿₱".contains(last) { opening.removeLast() }
        var item = items[mine].trimmedOfWhitespace
        // "… a partir de 39 € en España, de MX$999 en México": the item repeats the opening's last word.
        let lastWord = opening.split(separator: " ").last.map(String.init) ?? ""
        if !lastWord.isEmpty, item.hasPrefix(lastWord + " ") { item = String(item.dropFirst(lastWord.count + 1)) }
        guard !opening.trimmedOfWhitespace.isEmpty else { return nil }
        return opening + item + end
    }

    /// A figure, or three words (six characters where words are not spaced).
    private static func sayMore(_ item: String) -> Bool {
        if item.contains(where: \.isNumber) { return true }
        let words = item.split(whereSeparator: { $0.isWhitespace })
        return words.count >= 3 || words.count == 1 && item.unicodeScalars.contains(where: IntentFeaturizer.isUnspaced) && item.count >= 6
    }

    /// The list's items: cut at ", ", "; " and the language's "and".
    private static func split(_ text: String, and: String) -> [String] {
        var items = [text]
        for separator in [", ", "; ", and] where !separator.trimmedOfWhitespace.isEmpty {
            items = items.flatMap { $0.componentsExactly(separatedBy: separator) }
        }
        return items.filter { !$0.trimmedOfWhitespace.isEmpty }
    }
}
