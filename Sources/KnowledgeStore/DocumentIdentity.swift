/// How a file without an explicit id or language gets one.
enum DocumentIdentity {
    /// `kb/docs/de/returns.md` → "de": a folder named like a language tag, nearest first.
    static func languageFromPath(_ path: String) -> String? {
        let folders = path.split(separator: "/").dropLast()
        for folder in folders.reversed() where isLanguageTag(folder) {
            return folder.split(separator: "-").first.map { $0.lowercased() }
        }
        return nil
    }

    /// The path below the imported folder without its extension and without a folder that just names
    /// the document's language: `de/returns.md` → "returns", `md/en/helm/intro.md` → "md/helm/intro".
    /// A folder with a region or script (`zh-tw`, `pt-br`) stays in the id: it is a separate version of
    /// the same language, and must not collide with `zh-cn` or `pt`.
    static func idFromPath(_ rootRelativePath: String, language: String) -> String {
        var parts = rootRelativePath.split(separator: "/").map(String.init)
        if let i = parts.dropLast().lastIndex(where: { $0.lowercased() == language }) {
            parts.remove(at: i)
        }
        var last = parts.removeLast()
        if let dot = last.lastIndex(of: ".") { last = String(last[..<dot]) }
        parts.append(last)
        return parts.joined(separator: "/").lowercased()
    }

    /// "de", "fil", "pt-br", "zh-cn": a known primary tag, optionally with a region or script. Known
    /// tags only, so that a folder such as `kb/` or `ui/` is not taken for a language.
    static func isLanguageTag(_ s: Substring) -> Bool {
        let parts = s.split(separator: "-")
        guard let first = parts.first, knownPrimaryTags.contains(String(first)) else { return false }
        guard parts.count <= 2 else { return false }
        if parts.count == 2 { return (2...4).contains(parts[1].count) && parts[1].allSatisfy { $0.isASCII && $0.isLetter } }
        return true
    }
}

/// ISO 639-1 codes, plus the 639-3 codes the KB uses where no 639-1 code exists.
let knownPrimaryTags: Set<String> = Set("""
aa ab af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en \
eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja \
jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb \
nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq \
sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu fil yue
""".split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\\" }).map(String.init))
