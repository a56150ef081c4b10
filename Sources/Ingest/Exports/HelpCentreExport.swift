import Foundation

/// A help centre's articles export as a source: one file, many documents (one per article and
/// language). Reading it is a pure function from bytes to articles and problems; turning an article's
/// body into a document is `Extractor.extract(article:)`, and storing them is the importer's job.
///
/// How a file is recognised: by its name (`*.zendesk.json`, `*.intercom.json`), else, for any other
/// `.json` file, by its shape (`ExportShape`).
public enum HelpCentreExport {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case zendesk, intercom

        /// `help.zendesk.json`, `articles-2.intercom.json`.
        public init?(fileName: String) {
            let name = fileName.lowercased()
            guard let kind = Kind.allCases.first(where: { name.hasSuffix(".\($0.rawValue).json") }) else { return nil }
            self = kind
        }

        public var product: String { self == .zendesk ? "Zendesk Guide" : "Intercom" }
    }

    /// The extension under which exports are looked for at all (other files never are read as one).
    public static let fileExtension = "json"

    /// The articles of an export, and what could not be read. `languages`: the tags documents may
    /// have (a locale whose language is not among them is reported, not guessed).
    public static func read(_ data: Data, kind: Kind, languages: Set<String>) -> ExportReading {
        let json: JSONValue
        do { json = try JSONDecoder().decode(JSONValue.self, from: data) } catch {
            let at = JSONErrorLocation.of(data)
            return ExportReading(problems: [ExportProblem(.invalidJSON(line: at?.line, column: at?.column, detail: at?.message))])
        }
        let locales = ExportLocales(known: languages)
        switch kind {
        case .zendesk: return ZendeskArticles.read(json, locales: locales)
        case .intercom: return IntercomArticles.read(json, locales: locales)
        }
    }

    /// The kind of a `.json` file that is not named like an export, from its shape; nil when it is no
    /// export (then it is skipped as an unsupported file).
    public static func detect(_ data: Data) -> Kind? {
        guard let json = try? JSONDecoder().decode(JSONValue.self, from: data) else { return nil }
        if ZendeskArticles.looksLikeExport(json) { return .zendesk }
        if IntercomArticles.looksLikeExport(json) { return .intercom }
        return nil
    }
}

/// What reading an export gave: the articles in file order, and the problems (file-level or per article).
public struct ExportReading: Sendable, Equatable {
    public var articles: [ExportedArticle] = []
    public var problems: [ExportProblem] = []
}

/// One article in one language, as the help centre exported it.
public struct ExportedArticle: Sendable, Equatable {
    public var source: HelpCentreExport.Kind
    /// The help centre's id of the article (shared by its translations).
    public var articleID: String
    /// The locale as the export writes it (`en-us`, `pt-BR`).
    public var locale: String
    /// kbkit's language tag for the locale (`en`, `pt`).
    public var language: String
    public var title: String
    public var bodyHTML: String
    /// id, title, language, tags, dates, canonical URL and the source's own fields (`extra`).
    public var metadata: DocumentMetadata

    /// The document id: stable across exports and re-imports (`zendesk-360001234567`).
    public var documentID: String { "\(source.rawValue)-\(articleID)" }

    /// Names the article inside its file: `help.zendesk.json#360001234567/en-us`.
    public var anchor: String { "\(articleID)/\(locale)" }

    /// Everything that makes up the document, in a fixed order: equal bytes, unchanged article.
    public var fingerprint: Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let meta = (try? encoder.encode(metadata)) ?? Data()
        return Data((title + "\u{0}" + language + "\u{0}" + bodyHTML + "\u{0}").utf8) + meta
    }
}

/// What every help centre's article must hold to become a document, checked the same way for
/// each export: an HTML body with text, a title, and a locale kbkit knows.
struct ArticleEssentials {
    var html: String
    var title: String
    var language: String

    /// The article's `body` and `title` fields and its locale; the first thing missing or wrong.
    static func read(_ fields: JSONValue, articleID: String, locale: String, locales: ExportLocales) -> Result<ArticleEssentials, ExportProblem> {
        func problem(_ reason: ExportProblem.Reason) -> Result<ArticleEssentials, ExportProblem> {
            .failure(ExportProblem(reason, articleID: articleID, locale: locale))
        }
        guard let body = fields["body"], body != .null else { return problem(.missingField("body")) }
        guard let html = body.string else { return problem(.invalidField("body", expected: "a string of HTML")) }
        guard !html.allSatisfy(\.isWhitespace) else { return problem(.missingField("body")) }
        guard let title = fields["title"]?.string, !title.allSatisfy(\.isWhitespace) else { return problem(.missingField("title")) }
        guard let language = locales.language(of: locale) else { return problem(.unknownLocale(locale)) }
        return .success(ArticleEssentials(html: html, title: title, language: language))
    }
}

/// Something in an export that was not imported, with the article (and locale) it concerns.
public struct ExportProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        /// The file is not JSON; line and column where known.
        case invalidJSON(line: Int?, column: Int?, detail: String?)
        /// JSON, but not the export's shape.
        case notAnExport(expected: String)
        /// The article (or translation) is a draft: not published, so not a source.
        case draft
        case missingField(String)
        case invalidField(String, expected: String)
        /// A locale whose language is neither known to kbkit nor used by the workspace's markets.
        case unknownLocale(String)
    }

    public var articleID: String?
    public var locale: String?
    public var reason: Reason

    public init(_ reason: Reason, articleID: String? = nil, locale: String? = nil) {
        self.reason = reason
        self.articleID = articleID
        self.locale = locale
    }

    /// Names the article inside its file, like `ExportedArticle.anchor` (nil: the whole file).
    public var anchor: String? {
        guard let id = articleID else { return nil }
        return locale.map { "\(id)/\($0)" } ?? id
    }

    public var line: Int? { if case .invalidJSON(let line, _, _) = reason { return line }; return nil }

    /// A draft is left out on purpose; every other problem is something to fix in the export.
    public var isDraft: Bool { reason == .draft }

    public var description: String {
        let article = articleID.map { "article \($0)\(locale.map { " (\($0))" } ?? ""): " } ?? ""
        switch reason {
        case let .invalidJSON(line, column, detail):
            let at = line.map { " at line \($0)\(column.map { ", column \($0)" } ?? "")" } ?? ""
            return "invalid JSON\(at)\(detail.map { ": \($0.lowercased())" } ?? ""); nothing in the file was imported"
        case .notAnExport(let expected): return "not an export: expected \(expected)"
        case .draft: return article + "a draft, not published: skipped"
        case .missingField(let field): return article + "no '\(field)'"
        case let .invalidField(field, expected): return article + "'\(field)' is not \(expected)"
        case .unknownLocale(let locale): return article + "unknown locale '\(locale)' (not a language kbkit knows or the workspace's markets use)"
        }
    }
}
