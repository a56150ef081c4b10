/// Word lists for language identification, one data file per language
/// (`Resources/langid/langid-<lang>.tsv`; schema in docs/RESOURCES.md, "Language-ID lexicons"),
/// parsed once and indexed by folded word.
///
/// Each list holds the language's most frequent function words plus the vocabulary of
/// customer-service messages (orders, delivery, returns, refunds, payment, account, greetings),
/// because those are the 2–3 word messages CLD2 cannot place. Weight 2 marks a word that tells a
/// confusable pair apart (Spanish "pedido" vs Portuguese "encomenda", Indonesian "bisa" vs Malay
/// "boleh", Norwegian "takk" vs Danish "tak" vs Swedish "tack"), weight 4 a particle no other
/// language uses (Filipino po, ang, ng, mga). Words are matched after case and diacritic folding,
/// so "devolucion" finds "devolución".
enum Lexicons {
    /// The word-list files, by language. Adding a language: its file in Resources/langid, one
    /// `.embedInCode` line in Package.swift, one line here.
    static let files: [(language: String, bytes: [UInt8])] = [
        ("en", PackageResources.langid_en_tsv), ("de", PackageResources.langid_de_tsv),
        ("fr", PackageResources.langid_fr_tsv), ("es", PackageResources.langid_es_tsv),
        ("it", PackageResources.langid_it_tsv), ("nl", PackageResources.langid_nl_tsv),
        ("pl", PackageResources.langid_pl_tsv), ("pt", PackageResources.langid_pt_tsv),
        ("ro", PackageResources.langid_ro_tsv), ("sv", PackageResources.langid_sv_tsv),
        ("cs", PackageResources.langid_cs_tsv), ("tr", PackageResources.langid_tr_tsv),
        ("id", PackageResources.langid_id_tsv), ("ms", PackageResources.langid_ms_tsv),
        ("fil", PackageResources.langid_fil_tsv), ("vi", PackageResources.langid_vi_tsv),
        ("ru", PackageResources.langid_ru_tsv), ("uk", PackageResources.langid_uk_tsv),
        ("ar", PackageResources.langid_ar_tsv), ("hi", PackageResources.langid_hi_tsv),
        ("nb", PackageResources.langid_nb_tsv), ("da", PackageResources.langid_da_tsv),
        ("fi", PackageResources.langid_fi_tsv), ("ja", PackageResources.langid_ja_tsv),
    ]

    /// folded word → [(language, weight)], languages in alphabetical order.
    static let index: [String: [(String, Double)]] = {
        var index: [String: [String: Double]] = [:]
        let folding = DiacriticFolding.shared
        for (lang, bytes) in files {
            for row in TabSeparated.rows(bytes) {
                let word = trimmed(row.fields[0])
                let weight = row.fields.count > 1 ? Double(trimmed(row.fields[1])) : 1
                precondition(!word.isEmpty && weight != nil && row.fields.count <= 2,
                             "langid-\(lang).tsv:\(row.line): expected word<TAB>weight")
                let key = folding.fold(word.lowercased())
                index[key, default: [:]][lang] = max(index[key]?[lang] ?? 0, weight!)
            }
        }
        return index.mapValues { $0.map { ($0.key, $0.value) }.sorted { $0.0 < $1.0 } }
    }()

    /// Every language with a word list.
    static let languages: Set<String> = Set(files.map(\.language))
    /// Word lists always used: those of kbkit's core languages.
    static let builtIn: Set<String> = languages.intersection(LanguageIdentifier.coreLanguages)
    /// Word lists (and letter cues) used only when a workspace market lists the language
    /// (Norwegian, Danish, Finnish): they overlap a core language's (Swedish) and would pull its
    /// messages away in a store that does not sell in them.
    static let optIn: Set<String> = languages.subtracting(LanguageIdentifier.coreLanguages)
    /// `index` without the opt-in languages.
    static let builtInIndex: [String: [(String, Double)]] = index.compactMapValues { hits in
        let kept = hits.filter { !optIn.contains($0.0) }
        return kept.isEmpty ? nil : kept
    }

    static func trimmed(_ s: Substring) -> String {
        String(s.drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }

    // MARK: Han without kana (Resources/langid/langid-han.tsv)

    /// Han characters only Chinese uses in everyday writing, those only Japanese uses, and
    /// everyday Japanese compounds that Chinese writes differently (订单, 退货 vs 注文, 返品).
    static let han: (chineseOnly: Set<Unicode.Scalar>, japaneseOnly: Set<Unicode.Scalar>, japaneseCompounds: [String]) = {
        var zh = Set<Unicode.Scalar>(), ja = Set<Unicode.Scalar>(), compounds: [String] = []
        for row in TabSeparated.rows(PackageResources.langid_han_tsv) {
            precondition(row.fields.count == 2, "langid-han.tsv:\(row.line): expected kind<TAB>value")
            let value = trimmed(row.fields[1])
            switch row.fields[0] {
            case "zh-only": zh.formUnion(value.unicodeScalars)
            case "ja-only": ja.formUnion(value.unicodeScalars)
            case "ja-compound": compounds.append(value)
            default: preconditionFailure("langid-han.tsv:\(row.line): unknown kind '\(row.fields[0])'")
            }
        }
        return (zh, ja, compounds)
    }()
}
