/// Zendesk Guide's articles, as the Help Center API lists them (`GET /api/v2/help_center/articles`):
/// `{"articles": [{id, title, body, locale, section_id, label_names, created_at, updated_at, draft,
/// html_url, …}], "next_page": …}`, one page per file, or a bare array of articles. One entry is one
/// article in one locale; translations come as further entries with the same id.
enum ZendeskArticles {
    static let expected = "an object with an \"articles\" array (the Help Center API's list), or an array of articles"

    static func looksLikeExport(_ json: JSONValue) -> Bool {
        guard let list = json["articles"]?.array ?? json.array, let first = list.first else { return false }
        return first["body"] != nil && first["locale"] != nil && first["id"] != nil
    }

    static func read(_ json: JSONValue, locales: ExportLocales) -> ExportReading {
        guard let list = json["articles"]?.array ?? json.array else {
            return ExportReading(problems: [ExportProblem(.notAnExport(expected: expected))])
        }
        var reading = ExportReading()
        for (i, entry) in list.enumerated() {
            switch article(entry, index: i, locales: locales) {
            case .success(let a): reading.articles.append(a)
            case .failure(let p): reading.problems.append(p)
            }
        }
        return reading
    }

    static func article(_ entry: JSONValue, index: Int, locales: ExportLocales) -> Result<ExportedArticle, ExportProblem> {
        // An entry without a usable id is named by its position, so the report still points at it.
        guard let id = entry["id"]?.identifier else {
            return .failure(ExportProblem(.missingField("id"), articleID: "#\(index + 1)"))
        }
        let locale = entry["locale"]?.string
        func problem(_ reason: ExportProblem.Reason) -> Result<ExportedArticle, ExportProblem> {
            .failure(ExportProblem(reason, articleID: id, locale: locale))
        }
        guard let locale, !locale.isEmpty else { return problem(.missingField("locale")) }
        if entry["draft"]?.bool == true { return problem(.draft) }
        if let draft = entry["draft"], draft != .null, draft.bool == nil { return problem(.invalidField("draft", expected: "true or false")) }
        let essentials: ArticleEssentials
        switch ArticleEssentials.read(entry, articleID: id, locale: locale, locales: locales) {
        case .success(let e): essentials = e
        case .failure(let p): return .failure(p)
        }
        let (html, title, language) = (essentials.html, essentials.title, essentials.language)

        var meta = DocumentMetadata()
        meta.id = "zendesk-\(id)"
        meta.title = title
        meta.language = language
        meta.tags = entry["label_names"]?.strings ?? []
        meta.updated = ExportDates.day(iso: entry["updated_at"]?.string)
        meta.published = ExportDates.day(iso: entry["created_at"]?.string)
        meta.canonicalURL = entry["html_url"]?.string
        meta.extra["source"] = HelpCentreExport.Kind.zendesk.rawValue
        meta.extra["article_id"] = id
        meta.extra["locale"] = locale
        if let section = entry["section_id"]?.identifier { meta.extra["section_id"] = section }
        if let stamp = entry["updated_at"]?.string { meta.extra["updated_at"] = stamp }
        return .success(ExportedArticle(source: .zendesk, articleID: id, locale: locale, language: language,
                                        title: title, bodyHTML: html, metadata: meta))
    }
}
