/// What a lexicon entry signals.
enum EmotionCategory: String, Sendable, CaseIterable {
    /// Words that alone show anger ("fuming", "Frechheit", "inadmissible", "腹が立つ").
    case strongAnger
    /// Words of anger or contempt that need company to make a customer angry ("useless", "terrible").
    case anger
    /// Annoyance, disappointment, waiting ("annoyed", "still no", "enttäuscht").
    case frustration
    /// Fear, despair, hardship, safety ("desperate", "scared", "verzweifelt", "不安").
    case distress
    case confusion
    /// Satisfaction words, a signal only when negated ("not happy", "nicht zufrieden").
    case positive
    /// "no rush", "kein Stress": the customer says they are not upset.
    case calming
    case negator
    case intensifier
    case diminisher
    /// Repeated contact ("again", "third time", "schon wieder").
    case repetition
    /// Asking for a person.
    case human
    case chargeback
    case legal
    case consumerAuthority
    case publicReview

    var threat: Threat.Kind? {
        switch self {
        case .chargeback: .chargeback
        case .legal: .legal
        case .consumerAuthority: .consumerAuthority
        case .publicReview: .publicReview
        default: nil
        }
    }
}

/// The emotion words of one language. Entries are written as customers write them; matching folds
/// case and diacritics. Syntax: `word*` matches any word starting with `word` (inflections:
/// "frustrat*", "wkurz*"); a leading `~` halves the entry's weight (words that are often meant
/// mildly or politely: "please help", "tolong"). Several words must follow each other; Thai,
/// Japanese and Chinese entries match anywhere in the text.
struct EmotionLexicon: Sendable {
    let language: String
    let entries: [EmotionCategory: [String]]

    /// The lexicons of the KB languages; English is also applied to every other language
    /// (customers mix it in) and stands alone for languages without a lexicon.
    static let all: [EmotionLexicon] = [
        english, german, french, spanish, italian, dutch, polish,
        japanese, chinese, thai, vietnamese, indonesian, malay, filipino,
    ]
}
