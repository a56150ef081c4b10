/// Intercom's Help Center articles, as its REST API lists them (`GET /articles`):
/// `{"type": "list", "data": [{id, type: "article", title, body, state, default_locale, parent_id,
/// parent_type, created_at, updated_at, url, translated_content: {"type": …, "fr": {title, body, state,
/// created_at, updated_at, url}, …}}], "pages": …}`, or a bare array of articles, or one article.
/// The article's own fields are its default locale's content; `translated_content` holds each locale
/// (often the default one too, which then wins). Times are seconds since 1970.
enum IntercomArticles {
    static let expected = "an object with a \"data\" array of articles (the REST API's list), an array of articles, or one article"

    static func looksLikeExport(_ json: JSONValue) -> Bool {
        guard let first = entries(json)?.first else { return false }
        return first["type"]?.string == "article" || (first["translated_content"] != nil && first["body"] != nil)
    }

    static func entries(_ json: JSONValue) -> [JSONValue]? {
        if let list = json["data"]?.array ?? json["articles"]?.array ?? json.array { return list }
        if json["type"]?.string == "article" { return [json] }
        return nil
    }

    static func read(_ json: JSONValue, locales: ExportLocales) -> ExportReading {
        guard let list = entries(json) else { return ExportReading(problems: [ExportProblem(.notAnExport(expected: expected))]) }
        var reading = ExportReading()
        for (i, entry) in list.enumerated() {
            guard let id = entry["id"]?.identifier else {
                reading.problems.append(ExportProblem(.missingField("id"), articleID: "#\(i + 1)"))
                continue
            }
            for (locale, content) in versions(of: entry) {
                switch article(id: id, locale: locale, content: content, parent: entry, locales: locales) {
                case .success(let a): reading.articles.append(a)
                case .failure(let p): reading.problems.append(p)
                }
            }
        }
        return reading
    }

    /// Each locale's content, default locale first, then the others in name order (deterministic ids
    /// and reports whatever order the export's object had).
    static func versions(of entry: JSONValue) -> [(locale: String, content: JSONValue)] {
        let defaultLocale = entry["default_locale"]?.string ?? "en"
        var translated = (entry["translated_content"]?.object ?? [:]).filter { $0.value.object != nil }
        let own = translated.removeValue(forKey: defaultLocale) ?? entry
        return [(defaultLocale, own)] + translated.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    static func article(id: String, locale: String, content: JSONValue, parent: JSONValue, locales: ExportLocales) -> Result<ExportedArticle, ExportProblem> {
        func problem(_ reason: ExportProblem.Reason) -> Result<ExportedArticle, ExportProblem> {
            .failure(ExportProblem(reason, articleID: id, locale: locale))
        }
        let state = content["state"]?.string ?? parent["state"]?.string
        if state == "draft" { return problem(.draft) }
        if let state, state != "published" { return problem(.invalidField("state", expected: "\"published\" or \"draft\"")) }
        let essentials: ArticleEssentials
        switch ArticleEssentials.read(content, articleID: id, locale: locale, locales: locales) {
        case .success(let e): essentials = e
        case .failure(let p): return .failure(p)
        }
        let (html, title, language) = (essentials.html, essentials.title, essentials.language)

        var meta = DocumentMetadata()
        meta.id = "intercom-\(id)"
        meta.title = title
        meta.language = language
        meta.updated = ExportDates.day(unixSeconds: content["updated_at"]?.number)
        meta.published = ExportDates.day(unixSeconds: content["created_at"]?.number)
        meta.canonicalURL = content["url"]?.string
        meta.extra["source"] = HelpCentreExport.Kind.intercom.rawValue
        meta.extra["article_id"] = id
        meta.extra["locale"] = locale
        if let description = content["description"]?.string, !description.isEmpty { meta.extra["description"] = description }
        if let parentID = parent["parent_id"]?.identifier {
            meta.extra[parent["parent_type"]?.string == "section" ? "section_id" : "collection_id"] = parentID
        }
        if let seconds = content["updated_at"]?.number, seconds > 0 { meta.extra["updated_at"] = ExportDates.timestamp(unixSeconds: seconds) }
        return .success(ExportedArticle(source: .intercom, articleID: id, locale: locale, language: language,
                                        title: title, bodyHTML: html, metadata: meta))
    }
}
