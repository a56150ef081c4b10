/// **duplicates**: within one language and market, the same question answered twice (FAQ questions
/// equal once case, punctuation and spacing are ignored) — a FAQ page (`type: faq`) may repeat the
/// questions of the topic pages, which is what it is for — and two FAQ answers to the same question
/// whose facts disagree (one says 30 days, the other 14), wherever they are.
struct DuplicatesRule: LintRuleChecker {
    let rule = LintRule.duplicates

    struct Pair { var doc: LintDocument; var question: String; var answer: String; var key: String }

    func check(_ context: LintContext) -> [LintFinding] {
        var byQuestion: [String: [Pair]] = [:]
        for doc in context.documents {
            for pair in doc.stored.faq {
                let key = Self.normalize(pair.question)
                guard !key.isEmpty else { continue }
                byQuestion["\(doc.lang)|\(key)", default: []].append(Pair(doc: doc, question: pair.question, answer: pair.answer, key: key))
            }
        }
        var findings: [LintFinding] = []
        for (_, pairs) in byQuestion.sorted(by: { $0.key < $1.key }) where pairs.count > 1 {
            // Compared with the first topic page that answers it (a FAQ page only when no topic page does).
            let first = pairs.first { $0.doc.stored.summary.type != "faq" } ?? pairs[0]
            for other in pairs where other.doc.key != first.doc.key || other.question != first.question || other.answer != first.answer {
                let shared = Set(context.markets(of: first.doc)).intersection(context.markets(of: other.doc))
                guard !shared.isEmpty else { continue }
                let scanner = context.factScanner(other.doc.lang)
                let a = scanner.facts(in: first.answer), b = scanner.facts(in: other.answer)
                let conflict = b.first { fb in fb.kind.isQuantity && a.contains { FactsRule.sameKind($0.kind, fb.kind) } && !a.contains { $0.key == fb.key } }
                if let conflict {
                    let theirs = a.filter { FactsRule.sameKind($0.kind, conflict.kind) }.map(\.surface)
                    findings.append(LintFinding(
                        rule: .duplicates, check: "duplicates.contradiction", severity: .error, doc: other.doc.key, lang: other.doc.lang,
                        market: shared.count == 1 ? shared.first : nil, path: other.doc.path, line: other.doc.line(of: conflict.surface, fallback: other.question),
                        message: "“\(FactsRule.clip(other.question))” is answered in \(first.doc.key) with \(FactsRule.list(theirs)) and in \(other.doc.key) with \(conflict.surface)",
                        expected: FactsRule.list(theirs), found: conflict.surface))
                } else if (first.doc.stored.summary.type != "faq" && other.doc.stored.summary.type != "faq") || first.doc.key == other.doc.key {
                    // A FAQ page (type faq) gathers questions the topic pages answer: repeating them there is its job.
                    findings.append(LintFinding(
                        rule: .duplicates, check: "duplicates.question", doc: other.doc.key, lang: other.doc.lang,
                        market: shared.count == 1 ? shared.first : nil, path: other.doc.path, line: other.doc.line(of: other.question),
                        message: "“\(FactsRule.clip(other.question))” is answered twice: in \(first.doc.key) and in \(other.doc.key)",
                        expected: nil, found: other.question))
                }
            }
        }
        return findings
    }

    /// Letters and digits only, case folded: "How long do I have?" = "how long do i have".
    static func normalize(_ s: String) -> String {
        String(s.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }.map(Character.init))
    }
}
