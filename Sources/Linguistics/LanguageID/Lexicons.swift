/// Word lists for language identification, one per language (see the `Lexicons+…` files for the
/// lists and how they were chosen), indexed once by folded word.
///
/// Format of a list: words separated by spaces; a trailing "!" marks a word that tells two close
/// languages apart and counts double, "!!" a particle no other language uses (Filipino po, ang,
/// ng, mga) and counts four times.
enum Lexicons {
    /// folded word → [(language, weight)]
    static let index: [String: [(String, Double)]] = {
        var index: [String: [String: Double]] = [:]
        let folding = DiacriticFolding.shared
        for table in [europe, southeastAsia, other] {
            for (lang, text) in table {
                for raw in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                    var word = String(raw)
                    var weight = 1.0
                    if word.hasSuffix("!!") { word.removeLast(2); weight = 4.0 }
                    if word.hasSuffix("!") { word.removeLast(); weight = 2.0 }
                    guard !word.isEmpty else { continue }
                    let key = folding.fold(word.lowercased())
                    index[key, default: [:]][lang] = max(index[key]?[lang] ?? 0, weight)
                }
            }
        }
        return index.mapValues { $0.map { ($0.key, $0.value) }.sorted { $0.0 < $1.0 } }
    }()

    static let languages: Set<String> = Set(europe.keys).union(southeastAsia.keys).union(other.keys)
}
