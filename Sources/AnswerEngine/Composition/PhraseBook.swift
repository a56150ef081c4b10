import Workspace

/// Resolves the phrases of a language for a market, once per (language, market) at start-up.
///
/// Layers, each overriding the ones before it:
/// 1. kbkit's English phrases (a language without phrases of its own speaks English);
/// 2. kbkit's phrases of the language, 3. their `markets:` section for the market;
/// 4. the voice keys of another market in that language (an English answer on the German site
///    borrows the voice of the first market, by id, that has an English voice);
/// 5. the workspace's `kb/phrases/<lang>.yaml`, 6. its `markets:` section for the market;
/// 7. the market's `agents.after_hours` in that language (the store's after-hours promise);
/// 8. the market's `voice.<lang>`.
public struct PhraseBook: Sendable {
    let workspace: [String: PhraseFile]
    let markets: [String: Market]
    let borrowedVoice: [String: [PhraseKey: String]]
    private var resolved: [Key: Phrases] = [:]

    struct Key: Hashable { var language: String; var market: String? }

    public init(workspace: [String: PhraseFile] = [:], markets: [Market] = []) {
        self.workspace = workspace
        self.markets = Dictionary(markets.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var voices: [String: [PhraseKey: String]] = [:]
        for m in markets.sorted(by: { $0.id < $1.id }) {
            for (lang, v) in m.voice where voices[lang] == nil { voices[lang] = v.phrases.filter { $0.key.isVoice } }
        }
        borrowedVoice = voices
        var languages = Set(BuiltinPhrases.languages).union(workspace.keys)
        for m in markets { languages.formUnion(m.languages); languages.formUnion(m.voice.keys); languages.insert(m.agents.language) }
        for lang in languages {
            resolved[Key(language: lang, market: nil)] = resolve(lang, market: nil)
            for m in markets { resolved[Key(language: lang, market: m.id)] = resolve(lang, market: m.id) }
        }
    }

    /// The phrases of `language` as `market` says them (nil: no market's variants or voice).
    public func phrases(_ language: String, market: String? = nil) -> Phrases {
        resolved[Key(language: language, market: market)] ?? resolve(language, market: market)
    }

    /// Languages kbkit itself has phrases for.
    public static var builtinLanguages: [String] { BuiltinPhrases.languages }

    func resolve(_ language: String, market id: String?) -> Phrases {
        var p = Phrases(language: language, texts: BuiltinPhrases.files["en"]?.phrases ?? [:])
        if let builtin = BuiltinPhrases.files[language] {
            p.apply(builtin.phrases)
            if let id, let v = builtin.markets[id] { p.apply(v) }
        }
        if let borrowed = borrowedVoice[language] { p.apply(borrowed) }
        if let file = workspace[language] {
            p.apply(file.phrases)
            if let id, let v = file.markets[id] { p.apply(v) }
        }
        if let id, let market = markets[id] {
            if let promise = market.agents.afterHours[language] { p.apply([.agentsAfterHours: promise]) }
            if let voice = market.voice[language] { p.apply(voice.phrases) }
        }
        return p
    }
}
