import Foundation
import Testing
import Lint

/// The stale rule per section: one section of an English source changes (and its `updated` date
/// with it); the translations that declare the older date are reported for that section only, with
/// how long they have been stale (kbkit.yaml's `today` is 2026-11-20).
@Suite struct StaleSectionTests {
    @Test func aChangedSectionIsReportedInEachTranslationWithItsAge() throws {
        let fixture = try LintFixture()
        defer { fixture.remove() }
        let before = try fixture.lint()
        for doc in ["ja/returns", "fr/returns", "vi/returns"] {
            #expect(!before.findings.contains { $0.rule == .stale && $0.doc == doc }, "\(doc) is up to date before the change")
        }

        try fixture.replace("kb/docs/en/returns.md", "updated: 2026-10-01", "updated: 2026-11-10")
        try fixture.replace("kb/docs/en/returns.md", "We don't offer direct exchanges.", "We now offer direct exchanges for a different size or colour.")
        let after = try fixture.lint()

        for doc in ["ja/returns", "fr/returns", "vi/returns"] {
            let stale = after.findings.filter { $0.rule == .stale && $0.doc == doc }
            #expect(stale.map(\.check) == ["stale.section"], "\(doc): one section finding, got \(stale.map(\.message))")
            let message = stale.first?.message ?? ""
            #expect(message.contains("“Exchanges”"), "\(doc): \(message)")
            #expect(message.contains("stale for 10 days"), "\(doc): \(message)")
            #expect(stale.first?.found == "the version of 2026-10-01")
            #expect(stale.first?.expected == "updated 2026-11-10")
        }
        // Sections that did not change are not reported anywhere.
        #expect(!after.findings.contains { $0.check == "stale.section" && !$0.message.contains("“Exchanges”") && $0.doc?.hasSuffix("/returns") == true })
    }
}
