import Workspace

/// **glossary**: (1) a term the glossary tells a language or market to avoid (`avoid:` of a concept
/// in kb/glossary.yaml), with the preferred term; (2) a concept a source document names in its title
/// (what the page is about: "Returns and refunds") that its translation renders with none of the
/// glossary's terms for its language — translated some other way. Sections and passing mentions are
/// left alone: a page localised for one market leaves out what concerns others, and a passing
/// mention is often paraphrased on purpose.
struct GlossaryRule: LintRuleChecker {
    let rule = LintRule.glossary

    struct Concept {
        var id: String
        var terms: [String: [FoldedTerm]]
        var avoid: [String: [FoldedTerm]]
    }

    func check(_ context: LintContext) -> [LintFinding] {
        let concepts = context.content.glossary.concepts.map {
            Concept(id: $0.id, terms: $0.terms.mapValues { $0.map(FoldedTerm.init) }, avoid: $0.avoid.mapValues { $0.map(FoldedTerm.init) })
        }
        guard !concepts.isEmpty else { return [] }
        return context.documents.concurrentMap { doc in
            let text = FoldedText(doc.units.map(\.text).joined(separator: "\n"))
            return avoided(in: doc, text: text, concepts: concepts, context: context)
                + (context.source(of: doc).map { untranslated(in: doc, text: text, source: $0, concepts: concepts) } ?? [])
        }.flatMap { $0 }
    }

    private func avoided(in doc: LintDocument, text: FoldedText, concepts: [Concept], context: LintContext) -> [LintFinding] {
        var findings: [LintFinding] = []
        let scopes: [(key: String, market: String?)] = [(doc.lang, nil)] + context.markets(of: doc).map { ($0, $0) }
        for concept in concepts where !concept.avoid.isEmpty {
            for (scope, market) in scopes {
                for term in concept.avoid[scope] ?? [] {
                    guard let offset = text.find(term) else { continue }
                    let written = text.written(at: offset, term)
                    let preferred = concept.terms[doc.lang]?.first?.text
                    findings.append(LintFinding(
                        rule: .glossary, check: "glossary.avoid", doc: doc.key, lang: doc.lang, market: market, path: doc.path,
                        line: doc.line(of: written),
                        message: "\(doc.key) writes “\(written)” for \(concept.id), which the glossary avoids in \(market ?? doc.lang)"
                            + (preferred.map { "; use “\($0)”" } ?? ""),
                        expected: preferred, found: written))
                }
            }
        }
        return findings
    }

    private func untranslated(in doc: LintDocument, text: FoldedText, source: LintDocument, concepts: [Concept]) -> [LintFinding] {
        var findings: [LintFinding] = []
        let headings = [FoldedText(source.stored.summary.title)]
        for concept in concepts {
            guard let sourceTerms = concept.terms[source.lang], let targetTerms = concept.terms[doc.lang] else { continue }
            guard let used = sourceTerms.first(where: { t in headings.contains { $0.contains(t) } }) else { continue }
            guard !targetTerms.contains(where: { text.contains($0) }) else { continue }
            findings.append(LintFinding(
                rule: .glossary, check: "glossary.concept", doc: doc.key, lang: doc.lang, market: nil, path: doc.path,
                line: doc.line(of: doc.stored.summary.title),
                message: "\(source.key) has \(concept.id) (“\(used.text)”) in its title; \(doc.key) uses none of the glossary's \(doc.lang) terms",
                expected: targetTerms.prefix(4).map(\.text).joined(separator: " | "), found: nil))
        }
        return findings
    }
}
