import Foundation
import Ingest

/// A help-centre export as a source: one file, one document per article and language, each stored
/// under `file#article/locale` so that it is unchanged, updated or removed on its own.
extension Importer {
    static func prepareExport(_ file: FileDiscovery.Candidate, existing: ExistingDocuments, identity: IdentityRules) -> PreparedFile {
        let data: Data
        do { data = try Data(contentsOf: file.url) } catch {
            let item = Prepared(relativePath: file.relativePath, size: 0, outcome: .failed(.unreadable((error as NSError).localizedDescription)))
            return PreparedFile(relativePath: file.relativePath, bytes: 0, items: [item])
        }
        func wholeFile(_ outcome: Outcome, unreadable: Bool = false) -> PreparedFile {
            PreparedFile(relativePath: file.relativePath, bytes: data.count,
                         items: [Prepared(relativePath: file.relativePath, size: data.count, outcome: outcome)], unreadableExport: unreadable)
        }
        guard let kind = HelpCentreExport.Kind(fileName: file.url.lastPathComponent) ?? HelpCentreExport.detect(data) else {
            return wholeFile(.skipped(reason: "unsupported file type '.json': not a help-centre export (a Zendesk Guide or Intercom "
                                      + "articles export is recognised by its shape, or by a name ending in .zendesk.json or .intercom.json)", line: nil))
        }
        let reading = HelpCentreExport.read(data, kind: kind, languages: identity.acceptedLanguages)
        if let whole = reading.problems.first(where: { $0.articleID == nil }) {
            return wholeFile(.skipped(reason: "\(kind.product) export: \(whole)", line: whole.line), unreadable: true)
        }
        var items = reading.problems.map { problem in
            Prepared(relativePath: file.relativePath + "#" + (problem.anchor ?? ""), size: 0,
                     outcome: problem.isDraft ? .withdrawn(reason: problem.description) : .skipped(reason: problem.description, line: nil))
        }
        items += reading.articles.map { prepareArticle($0, path: file.relativePath + "#" + $0.anchor, existing: existing, identity: identity) }
        return PreparedFile(relativePath: file.relativePath, bytes: data.count, items: items)
    }

    static func prepareArticle(_ article: ExportedArticle, path: String, existing: ExistingDocuments, identity: IdentityRules) -> Prepared {
        let hash = ContentHash.of(article.fingerprint)
        let size = article.bodyHTML.utf8.count
        if let old = existing.byPath[path], old.isCurrent(hash: hash) {
            return Prepared(relativePath: path, size: size, outcome: .unchanged(key: old.documentKey))
        }
        do {
            let doc = try Extractor().extract(article: article)
            if let problem = identity.problem(id: article.documentID, language: article.language, markets: []) {
                return Prepared(relativePath: path, size: size, outcome: .failed(problem))
            }
            return Prepared(relativePath: path, size: size, outcome: .parsed(doc, id: article.documentID, lang: article.language, hash: hash,
                                                                           metadataJSON: VersionWriter.metadataJSON(doc.metadata)))
        } catch {
            return Prepared(relativePath: path, size: size, outcome: .skipped(reason: "article \(article.articleID) (\(article.locale)): \(error)", line: nil))
        }
    }
}
