/// Reads how upset a customer is, whether they threaten (chargeback, lawyer, consumer authority,
/// public review) and whether they ask for a human — the signals FACTS.md hands off on.
///
/// Evidence, added up per dimension (anger, frustration, distress, confusion):
/// - lexicon entries of the message's language plus English (customers mix it in; it stands
///   alone for languages without a lexicon), weighted by strength;
/// - negation before the word ("not happy", "nicht zufrieden", "ไม่พอใจ") or after it in Japanese
///   (満足していない) and Korean (만족하지 않아요): a negated satisfaction word is frustration, a
///   negated complaint word counts for nothing ("I'm not complaining");
/// - intensifiers and diminishers next to a word ("really upset" ×1.5, "slightly annoying" ×0.5);
/// - runs of exclamation marks and words in capitals (shouting);
/// - repeated contact: "again", "third time", "still nothing" in the message, the same question
///   asked before, and the emotion of the earlier turns, which carries over in part; a stated
///   third contact ("already wrote twice") is also reported on its own (`repeatedContact`);
/// - ironic praise ("great service", "thanks a lot") beside any other sign of upset is anger;
///   alone it is praise and counts for nothing;
/// - "no rush", "kein Stress": the customer says they are fine, which halves the rest;
/// - a worry in the same clause as "in time" ("Takut nggak keburu") asks about delivery times, and one
///   beside a doubt about what to buy ("takut salah beli", "sợ nhỏ quá") is a customer choosing: no distress.
/// The label follows from the totals (`Thresholds`); the rules are simple on purpose so that a
/// trace can say exactly why a customer was handed off.
public struct EmotionDetector: Sendable {
    private let byLanguage: [String: CompiledLexicon]
    private let fallback: CompiledLexicon

    public init() {
        var byLanguage: [String: CompiledLexicon] = [:]
        for lexicon in EmotionLexicon.all {
            byLanguage[lexicon.language] = lexicon.language == "en"
                ? CompiledLexicon([lexicon]) : CompiledLexicon([lexicon, EmotionLexicon.english])
        }
        self.byLanguage = byLanguage
        fallback = byLanguage["en"]!
    }

    /// The languages with their own lexicon (the KB languages); others are read with English.
    public var lexiconLanguages: [String] { byLanguage.keys.sorted() }

    enum Weights {
        static let strongAnger: Float = 0.65
        static let anger: Float = 0.4
        static let frustration: Float = 0.3
        static let distress: Float = 0.5
        static let confusion: Float = 0.35
        static let negatedPositive: Float = 0.3
        static let repetition: Float = 0.25
        static let threat: Float = 0.25
        /// Ironic praise beside a complaint, per hit (at most two count).
        static let ironicPraise: Float = 0.35
        static let intensifier: Float = 1.5
        static let diminisher: Float = 0.5
        /// Share of the earlier turns' emotion that carries over to this one.
        static let carryOver: Float = 0.35
    }

    enum Thresholds {
        static let distressed: Float = 0.45
        static let angry: Float = 0.6
        static let upset: Float = 0.25
        static let confused: Float = 0.3
    }

    public func read(_ text: String, language: String, earlierTurns: [String] = []) -> EmotionReading {
        var evidence = self.evidence(text, language: language)
        if !earlierTurns.isEmpty {
            var before = Evidence()
            for turn in earlierTurns {
                let e = self.evidence(turn, language: language)
                before.anger = max(before.anger, e.anger)
                before.frustration = max(before.frustration, e.frustration)
                before.distress = max(before.distress, e.distress)
            }
            if before.anger + before.frustration + before.distress > 0 {
                evidence.anger += Weights.carryOver * before.anger
                evidence.frustration += Weights.carryOver * before.frustration
                evidence.distress += Weights.carryOver * before.distress
                evidence.cues.append("earlier turns: upset")
            }
            if Self.repeatsEarlierTurn(text, earlierTurns) {
                evidence.frustration += Weights.repetition
                evidence.cues.append("repeat: same message as before")
            }
        }
        return evidence.reading()
    }

    /// Whether the customer asks for a person (not negated: "no need for an agent" is not a request).
    public func asksForHuman(_ text: String, language: String) -> Bool {
        evidence(text, language: language).asksForHuman
    }

    /// Codes read with another language's lexicon: Tagalog with Filipino, Norwegian (and Nynorsk,
    /// close enough for these words) with Bokmål.
    static let lexiconAliases = ["tl": "fil", "no": "nb", "nn": "nb"]

    private func lexicon(_ language: String) -> CompiledLexicon {
        let primary = language.lowercased().split(separator: "-").first.map(String.init) ?? ""
        return byLanguage[Self.lexiconAliases[primary] ?? primary] ?? fallback
    }

    // MARK: evidence

    struct Evidence {
        var anger: Float = 0
        var frustration: Float = 0
        var distress: Float = 0
        var confusion: Float = 0
        var cues: [String] = []
        var threats: [Threat] = []
        var asksForHuman = false
        var repeatedContact: RepeatedContact?
        var awaiting: String?

        func reading() -> EmotionReading {
            let upset = anger + frustration + distress
            let label: EmotionLabel
            let score: Float
            if distress >= Thresholds.distressed && distress >= anger {
                (label, score) = (.distressed, distress)
            } else if anger >= Thresholds.angry || (anger >= Thresholds.angry * 2 / 3 && anger + frustration >= 2 * Thresholds.angry) {
                (label, score) = (.angry, anger + frustration / 2)
            } else if upset >= Thresholds.upset {
                (label, score) = (.frustrated, upset)
            } else if confusion >= Thresholds.confused {
                (label, score) = (.confused, confusion)
            } else {
                (label, score) = (.calm, 1 - upset - confusion)
            }
            return EmotionReading(label: label, score: (Double(min(1, max(0, score))) * 100).rounded() / 100,
                                  cues: cues, threats: threats, asksForHuman: asksForHuman, repeatedContact: repeatedContact,
                                  awaiting: awaiting)
        }
    }

    func evidence(_ text: String, language: String) -> Evidence {
        let lexicon = self.lexicon(language)
        let message = MessageText(text, keepExact: lexicon.needsExactWords)
        let hits = resolve(lexicon.hits(in: message), lexicon: lexicon, message: message)
        var e = Evidence()
        var calming = false
        var repetition: Float = 0
        var threatKinds = Set<Threat.Kind>()
        var human: Float = 0
        var ironicPraise: [String] = []
        for h in hits {
            let w = h.entry.weight * h.factor
            let name = h.entry.text
            if h.negated {
                if h.entry.category == .positive || h.entry.category == .ironicPraise {
                    e.frustration += Weights.negatedPositive * h.entry.weight
                    e.cues.append("negated: \(name)")
                }
                continue
            }
            switch h.entry.category {
            case .strongAnger: e.anger += Weights.strongAnger * w; e.cues.append("anger: \(name)")
            case .anger: e.anger += Weights.anger * w; e.cues.append("anger: \(name)")
            case .frustration: e.frustration += Weights.frustration * w; e.cues.append("frustration: \(name)")
            case .awaiting:
                e.frustration += Weights.frustration * w
                e.cues.append("frustration: \(name)")
                if e.awaiting == nil { e.awaiting = name }
            case .distress: e.distress += Weights.distress * w; e.cues.append("distress: \(name)")
            case .confusion: e.confusion += Weights.confusion * w; e.cues.append("confusion: \(name)")
            case .calming: calming = true; e.cues.append("calm: \(name)")
            case .repetition: repetition += Weights.repetition * h.entry.weight; e.cues.append("repeat: \(name)")
            case .thirdContact:
                repetition += Weights.repetition * h.entry.weight
                e.cues.append("repeat: \(name)")
                if e.repeatedContact == nil { e.repeatedContact = RepeatedContact(cue: name) }
            case .ironicPraise: ironicPraise.append(name)
            case .chargeback, .legal, .consumerAuthority, .publicReview:
                let kind = h.entry.category.threat!
                if threatKinds.insert(kind).inserted { e.threats.append(Threat(kind: kind, cue: name)) }
            case .human: human += h.entry.weight
            case .inTime: e.cues.append("in time: \(name)")
            case .choosing: e.cues.append("choosing: \(name)")
            case .positive, .negator, .intensifier, .diminisher, .neutral: break
            }
            if let i = h.intensifiedBy, h.entry.category != .human, h.entry.category.threat == nil {
                e.cues.append("intensifier: \(i)")
            }
        }
        e.asksForHuman = human >= 1
        e.frustration += min(repetition, 2 * Weights.repetition)
        e.frustration += Float(min(threatKinds.count, 2)) * Weights.threat

        let shouting = Typography.read(text)
        e.anger += shouting.anger
        e.frustration += shouting.frustration
        e.cues += shouting.cues
        // Praise is irony only beside a complaint: "great service" alone is a compliment.
        if !ironicPraise.isEmpty && e.anger + e.frustration + e.distress > 0 {
            e.anger += Float(min(ironicPraise.count, 2)) * Weights.ironicPraise
            e.cues += ironicPraise.map { "irony: \($0)" }
        }
        if calming {
            e.anger /= 2
            e.frustration /= 2
            e.distress /= 2
        }
        return e
    }

    /// How far a modifier reaches: words before/after a word hit, scalars before/after a substring hit.
    struct Reach {
        var wordsBefore: Int, wordsAfter: Int, scalarsBefore: Int, scalarsAfter: Int
    }

    /// Marks negated hits and applies intensifiers and diminishers next to each hit.
    private func resolve(_ hits: [CompiledLexicon.Hit], lexicon: CompiledLexicon, message: MessageText) -> [CompiledLexicon.Hit] {
        let negators = hits.filter { $0.entry.category == .negator }
        let intensifiers = hits.filter { $0.entry.category == .intensifier }
        let diminishers = hits.filter { $0.entry.category == .diminisher }
        let unaffected: Set<EmotionCategory> = [.negator, .intensifier, .diminisher, .repetition, .thirdContact, .inTime, .choosing]
        let modify = Reach(wordsBefore: 2, wordsAfter: 2, scalarsBefore: 4, scalarsAfter: 4)
        var out: [CompiledLexicon.Hit] = []
        for var h in hits where !unaffected.contains(h.entry.category) {
            let negation = lexicon.negationFollowsWord
                ? Reach(wordsBefore: 0, wordsAfter: 1, scalarsBefore: 0, scalarsAfter: 0)
                : Reach(wordsBefore: h.entry.category == .positive ? 2 : 3, wordsAfter: 0,
                        scalarsBefore: 3, scalarsAfter: lexicon.negationFollows ? 6 : 0)
            h.negated = negators.contains { near($0, h, negation, message) }
            if let i = intensifiers.first(where: { near($0, h, modify, message) }) {
                h.factor *= Weights.intensifier
                h.intensifiedBy = i.entry.text
            }
            if diminishers.contains(where: { near($0, h, modify, message) }) { h.factor *= Weights.diminisher }
            out.append(h)
        }
        // A worry about coming in time is a question of delivery times ("Takut nggak keburu"), and one
        // about buying the wrong thing a customer choosing ("takut salah beli").
        // ("won't arrive in time" is the worry, not its negation.)
        let settledByTheAnswer = hits.filter { $0.entry.category == .inTime || $0.entry.category == .choosing }
        let timing = Reach(wordsBefore: 8, wordsAfter: 8, scalarsBefore: 12, scalarsAfter: 12)
        out.removeAll { h in h.entry.category == .distress && settledByTheAnswer.contains { near($0, h, timing, message) } }
        return out + hits.filter { [.repetition, .thirdContact, .inTime, .choosing].contains($0.entry.category) }
    }

    /// Whether modifier `m` is within reach of hit `h` (in the same clause, for words).
    private func near(_ m: CompiledLexicon.Hit, _ h: CompiledLexicon.Hit, _ reach: Reach, _ message: MessageText) -> Bool {
        guard m.bySubstring == h.bySubstring else { return false }
        if m.bySubstring {
            if m.end <= h.start { return h.start - m.end <= reach.scalarsBefore }
            if m.start >= h.end { return m.start - h.end <= reach.scalarsAfter && reach.scalarsAfter > 0 }
            return false
        }
        guard message.words[m.start].clause == message.words[h.start].clause else { return false }
        if m.end <= h.start { return h.start - m.end < reach.wordsBefore }
        if m.start >= h.end { return m.start - h.end < reach.wordsAfter }
        return false
    }

    /// The customer sends (nearly) the same message again: they did not get what they wanted.
    static func repeatsEarlierTurn(_ text: String, _ earlier: [String]) -> Bool {
        let words = Set(MessageText(text, keepExact: false).words.map(\.folded))
        guard words.count >= 3 else { return false }
        return earlier.contains { turn in
            let other = Set(MessageText(turn, keepExact: false).words.map(\.folded))
            let overlap = Double(words.intersection(other).count) / Double(words.union(other).count)
            return overlap >= 0.6
        }
    }
}
