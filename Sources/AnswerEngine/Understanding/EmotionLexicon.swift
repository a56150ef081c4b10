import Support

/// What a lexicon entry signals. The raw values are the first column of the lexicon files.
enum EmotionCategory: String, Sendable, CaseIterable {
    /// Words that alone show anger ("fuming", "Frechheit", "inadmissible", "腹が立つ").
    case strongAnger = "strong_anger"
    /// Words of anger or contempt that need company to make a customer angry ("useless", "terrible").
    case anger
    /// Annoyance, disappointment ("annoyed", "enttäuscht").
    case frustration
    /// Still waiting for something already under way ("still no refund", "immer noch kein Geld",
    /// "sigo esperando"): counts as frustration, and says the message is about a case in progress,
    /// not a question of policy (`EmotionReading.awaiting`).
    case awaiting
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
    /// Repeated contact ("again", "second time", "schon wieder").
    case repetition
    /// The customer says this is at least their third contact ("third time I write", "already
    /// wrote twice", "zum dritten Mal"): counts as repetition and is a handoff signal of its own
    /// (`EmotionReading.repeatedContact`).
    case thirdContact = "third_contact"
    /// Praise that is irony beside a complaint ("great service", "thanks a lot", "super Service"):
    /// counts as anger only when the message shows another sign of upset, otherwise nothing.
    case ironicPraise = "ironic_praise"
    /// Asking for a person.
    case human
    case chargeback
    case legal
    case consumerAuthority = "consumer_authority"
    case publicReview = "public_review"
    /// Whether something comes in time ("in time", "rechtzeitig", "keburu", "間に合"): a worry in
    /// the same clause ("Takut nggak keburu", "I'm worried it won't arrive in time") is a question
    /// about delivery times, which the answer settles, not distress. Counts for nothing itself.
    case inTime = "in_time"
    /// A doubt about what to buy ("salah beli", "the wrong size", "too small", "买错"): a worry in the
    /// same clause ("Takut salah beli", "sợ nhỏ quá", "I'm afraid it's too small") is a customer
    /// choosing before an order, which the answer's facts settle, not distress. Counts for nothing itself.
    case choosing
    /// A phrase that holds an emotion word and says no emotion: Thai "ส่งด่วน" (express shipping)
    /// holds "ด่วน" (urgent). As the longer hit it hides the word; it counts for nothing.
    case neutral

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

/// The emotion words of one language, from `Resources/emotion/emotion_<lang>.tsv`
/// (docs/RESOURCES.md, "Emotion lexicons"). Entries are written as customers write them; matching
/// folds case and diacritics. A phrase ending in `*` matches any word starting with its last word
/// (inflections: "frustrat*", "wkurz*"); weight 0.5 marks words that are often meant mildly or
/// politely ("please help", "tolong"). Several words must follow each other; Thai, Japanese and
/// Chinese entries match anywhere in the text. Korean entries match words, negated by the next word.
struct EmotionLexicon: Sendable {
    struct Entry: Sendable, Equatable {
        let category: EmotionCategory
        let weight: Float
        /// As the file writes it, with a final `*` for a prefix entry.
        let phrase: String
    }

    let language: String
    /// In file order.
    let entries: [Entry]

    /// One line: `category <TAB> weight <TAB> phrase`.
    static func parse(_ bytes: [UInt8], language: String) throws(ResourceTable.Malformed) -> EmotionLexicon {
        let table = try ResourceTable(bytes, file: "emotion_\(language).tsv", columns: 3)
        var entries: [Entry] = []
        for line in table.lines {
            let f = line.fields
            guard let category = EmotionCategory(rawValue: f[0]) else {
                throw table.error(line, "unknown category '\(f[0])' (\(EmotionCategory.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            guard let weight = Float(f[1]), weight > 0, weight <= 1 else {
                throw table.error(line, "weight '\(f[1])' is not a number in (0, 1]")
            }
            guard f[2] != "*" else { throw table.error(line, "the phrase is only '*'") }
            entries.append(Entry(category: category, weight: weight, phrase: f[2]))
        }
        return EmotionLexicon(language: language, entries: entries)
    }

    /// The lexicons of the KB languages; English is also applied to every other language
    /// (customers mix it in) and stands alone for languages without a lexicon. A file kbkit ships
    /// is well-formed (the tests parse every one); a broken one stops at start-up.
    static let all: [EmotionLexicon] = files.map { file in BuiltInResource.read { try parse(file.bytes, language: file.language) } }

    static var english: EmotionLexicon { all[0] }

    /// The embedded files, English first (Package.swift lists the same ones).
    static let files: [(language: String, bytes: [UInt8])] = [
        ("en", PackageResources.emotion_en_tsv), ("de", PackageResources.emotion_de_tsv),
        ("fr", PackageResources.emotion_fr_tsv), ("es", PackageResources.emotion_es_tsv),
        ("it", PackageResources.emotion_it_tsv), ("nl", PackageResources.emotion_nl_tsv),
        ("pl", PackageResources.emotion_pl_tsv), ("ja", PackageResources.emotion_ja_tsv),
        ("zh", PackageResources.emotion_zh_tsv), ("th", PackageResources.emotion_th_tsv),
        ("vi", PackageResources.emotion_vi_tsv), ("id", PackageResources.emotion_id_tsv),
        ("ms", PackageResources.emotion_ms_tsv), ("fil", PackageResources.emotion_fil_tsv),
        ("nb", PackageResources.emotion_nb_tsv), ("sv", PackageResources.emotion_sv_tsv),
        ("da", PackageResources.emotion_da_tsv), ("fi", PackageResources.emotion_fi_tsv),
        ("ko", PackageResources.emotion_ko_tsv), ("pt", PackageResources.emotion_pt_tsv),
    ]
}
