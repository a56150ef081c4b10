import Foundation
import KnowledgeStore

/// parity's headings: a translation has as many sections as its source. When it has fewer, the two
/// outlines (each heading's level, in order) are aligned by their longest common subsequence of
/// levels to name the source headings without a counterpart. One finding per translation, at level
/// info: a page localised for a market may merge sections on purpose (its editor decides).
/// Counted on both sides are the sections that carry the document's content; not counted:
/// - sections about named markets ("### Japan (JP)", "### United States, Mexico, Japan and Singapore",
///   or a list whose every item names a market): a localised page drops the other markets' parts
///   and folds its own into the rest;
/// - sections that are only a list of links ("Related articles"): navigation, which sites lay out
///   differently (in an aside, at the foot, not at all); the links themselves are parity's `link` check.
extension ParityRule {
    struct Heading: Equatable {
        var level: Int
        var text: String
    }

    /// The headings below the title of the sections that carry content, in order (a section's level is
    /// its heading path's length; the title is level 1).
    static func outline(_ doc: LintDocument, mentions: MarketMentions) -> [Heading] {
        let linkTexts = Set(doc.stored.links.map { $0.text.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        return doc.stored.sections.compactMap { section in
            guard let text = section.headingPath.last, !text.isEmpty, section.headingPath.count > 1,
                  !isAboutMarkets(section, mentions: mentions), !isLinkList(section, linkTexts: linkTexts) else { return nil }
            return Heading(level: section.headingPath.count, text: text)
        }
    }

    /// A section whose heading names markets, or whose list items (two or more) each name one.
    static func isAboutMarkets(_ section: StoredSection, mentions: MarketMentions) -> Bool {
        if let heading = section.headingPath.last, !mentions.markets(in: heading).isEmpty { return true }
        let items = section.blocks.filter { $0.kind == "list_item" }
        return items.count >= 2 && items.allSatisfy { !mentions.markets(in: $0.text).isEmpty }
    }

    /// A section of list items only, each starting with the text of one of the document's links.
    static func isLinkList(_ section: StoredSection, linkTexts: Set<String>) -> Bool {
        let blocks = section.blocks.filter { !$0.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        return !blocks.isEmpty && blocks.allSatisfy { block in
            block.kind == "list_item" && linkTexts.contains { block.text.hasPrefix($0) }
        }
    }

    func missingHeadings(_ doc: LintDocument, source: LintDocument, context: LintContext) -> [LintFinding] {
        let wanted = Self.outline(source, mentions: context.mentions)
        let have = Self.outline(doc, mentions: context.mentions)
        guard have.count < wanted.count else { return [] }
        let missing = Self.unaligned(wanted, have)
        let named = missing.prefix(3).map { "“\(FactsRule.clip(wanted[$0.index].text))” (level \(wanted[$0.index].level))" }
        let line = missing.first.flatMap { $0.after }.flatMap { doc.line(of: have[$0].text) } ?? doc.line(of: doc.stored.summary.title)
        return [LintFinding(
            rule: .parity, check: "parity.heading", severity: .info, doc: doc.key, lang: doc.lang, path: doc.path, line: line,
            message: "\(doc.key) has \(have.count) headings below its title, \(source.key) has \(wanted.count) (sections about markets and lists of links not counted)"
                + (named.isEmpty ? "" : "; none for \(named.joined(separator: ", "))"),
            expected: "\(wanted.count) headings", found: "\(have.count)")]
    }

    /// The `source` headings with no partner in `target` when the two level sequences are aligned
    /// by their longest common subsequence, each with the last target heading aligned before it.
    static func unaligned(_ source: [Heading], _ target: [Heading]) -> [(index: Int, after: Int?)] {
        let n = source.count, m = target.count
        var table = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i][j] = source[i].level == target[j].level ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var out: [(index: Int, after: Int?)] = []
        var i = 0, j = 0
        var lastAligned: Int?
        while i < n {
            if j < m && source[i].level == target[j].level && table[i][j] == table[i + 1][j + 1] + 1 {
                lastAligned = j
                i += 1
                j += 1
            } else if j < m && table[i][j + 1] == table[i][j] {
                j += 1
            } else {
                out.append((i, lastAligned))
                i += 1
            }
        }
        return out
    }
}
