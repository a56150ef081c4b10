import Foundation
import KnowledgeStore
import Workspace

/// **stale**: a translation made from an older version of its source. What it was made from is,
/// in this order: `source_version` (a version number of the source in the store), `source_updated`
/// (the source's `updated` date then), else the source version current when the translation's own
/// version was imported. The sections of the source that changed since are reported one by one
/// (the store keeps every version); when the older version is not in the store, the document is
/// reported once. How long: days from the source's change to today.
struct StaleRule: LintRuleChecker {
    let rule = LintRule.stale

    func check(_ context: LintContext) -> [LintFinding] {
        var findings: [LintFinding] = []
        for doc in context.documents {
            guard let source = context.source(of: doc), let basis = TranslationBasis(doc, source: source, history: context.history) else { continue }
            guard basis.isStale else { continue }
            let days = basis.changed.map { Self.days(from: $0, to: context.today) }
            let age = days.flatMap { $0 }
            let since = basis.changed.map { " since \($0)" } ?? ""
            let line = doc.file?.lineOfField(basis.field) ?? 1
            let changedSections = basis.baseVersion.flatMap { v in context.history(source.stored.summary, v) }
                .map { Self.changedSections(from: $0, to: source.stored) } ?? []
            if changedSections.isEmpty {
                findings.append(LintFinding(
                    rule: .stale, check: "stale.document", doc: doc.key, lang: doc.lang, market: nil, path: doc.path, line: line,
                    message: "\(doc.key) was translated from \(basis.describeBase) of \(source.key); the source is now \(basis.describeCurrent) — stale\(age.map { " for \($0) days" } ?? "")",
                    expected: basis.describeCurrent, found: basis.describeBase))
            } else {
                for heading in changedSections {
                    findings.append(LintFinding(
                        rule: .stale, check: "stale.section", doc: doc.key, lang: doc.lang, market: nil, path: doc.path, line: line,
                        message: "\(doc.key): section “\(heading)” of \(source.key) changed after the translation (\(basis.describeBase) → \(basis.describeCurrent))\(since)\(age.map { ", stale for \($0) days" } ?? "")",
                        expected: basis.describeCurrent, found: basis.describeBase))
                }
            }
        }
        return findings
    }

    /// Headings of the sections whose text differs between two versions (matched by heading path, then by position).
    static func changedSections(from old: StoredDocument, to new: StoredDocument) -> [String] {
        func hash(_ s: StoredSection) -> String { s.blocks.map(\.text).joined(separator: "\n") }
        let before = Dictionary(old.sections.map { ($0.headingPath, hash($0)) }, uniquingKeysWith: { a, _ in a })
        return new.sections.filter { before[$0.headingPath] != hash($0) }
            .map { $0.headingPath.last ?? new.summary.title }
    }

    static func days(from date: String, to today: ISODate) -> Int? {
        guard let from = ISODate(date) else { return nil }
        func julian(_ d: ISODate) -> Int {
            let a = (14 - d.month) / 12, y = d.year + 4800 - a, m = d.month + 12 * a - 3
            return d.day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045
        }
        return julian(today) - julian(from)
    }
}

/// What a translation was made from, and whether its source has moved on since.
struct TranslationBasis {
    var field: String
    var isStale: Bool
    var baseVersion: Int?
    var describeBase: String
    var describeCurrent: String
    /// When the source changed (its `updated` date or the import date of its newer version).
    var changed: String?

    init?(_ doc: LintDocument, source: LintDocument, history: (DocumentSummary, Int) -> StoredDocument?) {
        let meta = doc.stored.metadata
        let sourceVersions = source.stored.versions
        if let v = meta["source_version"].flatMap({ Int($0) }) {
            field = "source_version"
            isStale = source.stored.version > v
            baseVersion = v
            describeBase = "version \(v)"
            describeCurrent = "version \(source.stored.version)"
            changed = sourceVersions.first { $0.version == v + 1 }.map { String($0.importedAt.prefix(10)) } ?? source.updated
        } else if let declared = meta["source_updated"], let current = source.updated {
            field = "source_updated"
            isStale = (ISODate(declared) ?? ISODate(current)!) < ISODate(current)!
            describeBase = "the version of \(declared)"
            describeCurrent = "updated \(current)"
            changed = current
            // The stored version of the source with that date, when the store has it: its sections tell what changed.
            baseVersion = sourceVersions.map(\.version).filter { $0 < source.stored.version }.reversed()
                .first { history(source.stored.summary, $0)?.summary.updated == declared }
        } else {
            // No declaration: the source version current when this version of the translation was imported.
            guard let mine = doc.stored.versions.last(where: { $0.version == doc.stored.version })?.importedAt,
                  let base = sourceVersions.last(where: { $0.importedAt <= mine }) else { return nil }
            field = "translation_of"
            isStale = base.version < source.stored.version
            baseVersion = base.version
            describeBase = "version \(base.version)"
            describeCurrent = "version \(source.stored.version)"
            changed = sourceVersions.first { $0.version == base.version + 1 }.map { String($0.importedAt.prefix(10)) }
        }
    }
}
