import Foundation

/// Turns one source file into an `ExtractedDocument`. Markdown is converted to HTML by cmark-gfm and then
/// takes exactly the same path as an HTML page, so both formats give the same model.
///
/// Pure apart from reading the file: safe to call from several threads at once (each call owns its
/// libxml2 and cmark trees).
public struct Extractor: Sendable {
    public init() {}

    /// Bump when what extraction reads from the same file changes (its blocks, their kinds or
    /// numbers): a store's documents read by another version are read again on their next import,
    /// as new versions. (extractor-2: an ordered list's items carry their numbers, `Block.ordinal`.)
    public static let version = "extractor-2"

    public static let supportedExtensions: Set<String> = ["md", "markdown", "mdx", "html", "htm", "xhtml"]

    public static func format(ofExtension ext: String) -> ExtractedDocument.Format? {
        switch ext.lowercased() {
        case "md", "markdown", "mdx": return .markdown
        case "html", "htm", "xhtml": return .html
        default: return nil
        }
    }

    public func extract(fileAt url: URL) throws(IngestFailure) -> ExtractedDocument {
        guard let format = Self.format(ofExtension: url.pathExtension) else { throw .unsupportedType(url.pathExtension) }
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw .unreadable((error as NSError).localizedDescription) }
        return try extract(data: data, format: format, name: url.lastPathComponent)
    }

    /// No help page comes near it; libxml2 and cmark take sizes as 32-bit ints, and one document is held
    /// in memory several times over (bytes, tree, text, chunks).
    public static let maxFileBytes = 64_000_000

    public func extract(data: Data, format: ExtractedDocument.Format, name: String = "document") throws(IngestFailure) -> ExtractedDocument {
        if data.count > Self.maxFileBytes { throw .tooLarge(bytes: data.count, limit: Self.maxFileBytes) }
        switch format {
        case .html:
            let encoding = try EncodingSniffer.htmlEncoding(of: data)
            var warnings = encoding.warning.map { [$0] } ?? []
            var utf8 = data
            if encoding.name != "UTF-8" {
                // iconv decodes, libxml2 parses UTF-8: libxml2's own decoding stops at the first invalid
                // byte and silently drops the rest of the page.
                guard let decoded = Iconv.decodeReplacingInvalid(data, from: encoding.name) else {
                    throw .undecodable("the encoding \(encoding.name) is not available (iconv)")
                }
                if let first = decoded.firstInvalid {
                    warnings.append(.invalidBytes(encoding: encoding.name, count: decoded.invalid, firstOffset: first))
                }
                utf8 = Data(decoded.utf8)
            }
            return try extractHTML(data: utf8, encoding: "UTF-8", preset: nil, warnings: warnings, format: .html, name: name, isPage: true)
        case .markdown:
            let text = try EncodingSniffer.markdownText(of: data)
            if text.allSatisfy(\.isWhitespace) { throw .empty }
            let front = try FrontMatter.parse(text)
            let html = CommonMark.html(fromMarkdown: front.body)
            if html.allSatisfy(\.isWhitespace) { throw .noContent }
            // cmark's output has no site chrome: no boilerplate to strip, the body is the content.
            return try extractHTML(data: Data(html.utf8), encoding: "UTF-8", preset: front.metadata, warnings: front.warnings, format: .markdown, name: name, isPage: false)
        }
    }

    /// One article of a help-centre export: its body is the article (an HTML fragment without site
    /// chrome), read like converted Markdown; title, language and metadata come from the export.
    public func extract(article: ExportedArticle) throws(IngestFailure) -> ExtractedDocument {
        let data = Data(article.bodyHTML.utf8)
        if data.count > Self.maxFileBytes { throw .tooLarge(bytes: data.count, limit: Self.maxFileBytes) }
        return try extractHTML(data: data, encoding: "UTF-8", preset: article.metadata, warnings: [], format: .html,
                               name: article.documentID, isPage: false)
    }

    private func extractHTML(data: Data, encoding: String, preset: DocumentMetadata?, warnings: [IngestFailure], format: ExtractedDocument.Format, name: String, isPage: Bool) throws(IngestFailure) -> ExtractedDocument {
        let doc = try HTMLDocument(data: data, encoding: encoding, url: name)
        guard let root = doc.root else { throw .noContent }
        let head = HTMLHead.read(root)
        let page = PageMetadata.read(head: head)   // before the chrome (breadcrumbs) is stripped
        var warnings = warnings
        if let depth = doc.flattenedAtDepth { warnings.append(.flattened(depth: depth)) }
        let metadata: DocumentMetadata
        if let preset { metadata = preset } else { metadata = try head.metadata(warnings: &warnings) }
        let body = root.firstDescendant { $0.isNamed("body") } ?? root
        var dropped: [(name: String, characters: Int)] = []
        let main: HTMLNode
        var decisions: [ExtractionDecision] = []
        if isPage {
            var chrome: [ExtractionDecision] = []
            dropped = Boilerplate.strip(body, decisions: &chrome)
            let found = ArticleFinder.find(in: body)
            main = found.root
            decisions = found.decisions + chrome + ContentCleaner.clean(main)
        } else {
            Boilerplate.stripNonText(body)
            main = body
        }
        let structure = StructureBuilder.build(from: main)

        var faq = JSONLDFAQ.pairs(fromScripts: head.jsonLD)
        faq += structure.faq
        faq += Self.questionHeadingPairs(structure.sections)
        faq = Self.deduplicated(faq)

        let firstH1 = structure.sections.first { !$0.headingPath.isEmpty }?.headingPath.first
        let title = metadata.title ?? head.ogTitle ?? firstH1 ?? head.title.map(HTMLHead.strippingSiteName)
            ?? (name as NSString).deletingPathExtension
        let language = metadata.language ?? head.language.flatMap(MetadataRules.normalizedLanguage)

        var result = ExtractedDocument(format: format, title: title, language: language, metadata: metadata,
                                       sections: structure.sections, faq: faq, links: structure.links, warnings: warnings)
        result.decisions = decisions
        result.metadata.title = title
        result.metadata.language = language
        page.fill(&result.metadata, title: title)
        if result.isEmpty {
            guard isPage else { throw .noContent }
            throw .noText(found: Self.whatWasFound(dropped: dropped))
        }
        return result
    }

    /// Says what an empty-looking page had: no text at all, or text only in what was dropped.
    static func whatWasFound(dropped: [(name: String, characters: Int)]) -> String {
        var counts: [String: Int] = [:]
        for d in dropped { counts[d.name, default: 0] += 1 }
        let list = counts.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.prefix(6)
            .map { "\($0.value) <\($0.key)>" }.joined(separator: ", ")
        let characters = dropped.reduce(0) { $0 + $1.characters }
        if dropped.isEmpty { return "the page has no text in a paragraph, list or table" }
        if characters == 0 { return "the page has no text at all (only \(list))" }
        return "the page's only text (\(characters) characters) is in navigation and boilerplate, which is not imported: \(list)"
    }

    /// A question heading followed by its answer ("## Can I return opened items?" + paragraphs).
    static func questionHeadingPairs(_ sections: [Section]) -> [FAQPair] {
        sections.compactMap { section in
            guard let heading = section.headingPath.last, Questions.isQuestion(heading), !section.blocks.isEmpty else { return nil }
            return FAQPair(question: heading, answer: section.text, origin: .heading, headingPath: Array(section.headingPath.dropLast()))
        }
    }

    /// The same question is often both in JSON-LD and on the page: keep the first (JSON-LD's answer is
    /// the one the site vouches for).
    static func deduplicated(_ pairs: [FAQPair]) -> [FAQPair] {
        var seen = Set<String>()
        return pairs.filter { seen.insert(TextCollector.collapse($0.question).lowercased()).inserted }
    }
}
