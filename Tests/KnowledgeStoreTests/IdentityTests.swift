import Foundation
import Testing
@testable import KnowledgeStore

/// Identity fields are strict: an unknown language or market, an id outside the documented character
/// set, a file name no id can be made of — each file is skipped with its reason, the rest imports.
@Suite struct IdentityTests {
    static let rules = IdentityRules(markets: ["DE", "US", "NO"], languages: ["de", "en", "nb"])

    func importWithRules(_ ws: TempWorkspace) throws -> ImportReport {
        try Importer(store: ws.store, workspaceRoot: ws.root, identity: Self.rules).run(roots: [ws.docs])
    }

    @Test func badIdentitiesAreSkippedWithTheirReasons() throws {
        let ws = try TempWorkspace()
        try ws.write("de/returns.md", TempWorkspace.policy(id: "returns", lang: "de", days: 30))
        try ws.write("nb/retur.md", TempWorkspace.policy(id: "retur", lang: "no", days: 60, markets: "[NO]"))
        try ws.write("xx/bad-lang.md", TempWorkspace.policy(id: "bad-lang", lang: "xx-INVALID", days: 30))
        try ws.write("de/bad-market.md", TempWorkspace.policy(id: "bad-market", lang: "de", days: 30, markets: "[ZZ]"))
        try ws.write("de/dots.md", TempWorkspace.policy(id: "..", lang: "de", days: 30))
        try ws.write("en/line\nbreak.md", "# Returns\n\nYou can return items within 30 days.\n")
        let report = try importWithRules(ws)
        #expect(report.added == ["de/returns", "nb/retur"])
        let reasons = Dictionary(uniqueKeysWithValues: report.skipped.map { ($0.path, $0.reason) })
        #expect(reasons["kb/docs/xx/bad-lang.md"]?.contains("unknown language 'xx'") == true, "\(reasons)")
        #expect(reasons["kb/docs/de/bad-market.md"]?.contains("unknown market 'ZZ' (known: DE, NO, US)") == true, "\(reasons)")
        #expect(reasons["kb/docs/de/dots.md"]?.contains("is not a document id") == true, "\(reasons)")
        #expect(reasons["kb/docs/en/line\nbreak.md"]?.contains("is not a document id") == true, "\(reasons)")
        #expect(report.skipped.count == 4)
    }

    @Test func theIDCharacterSet() {
        for ok in ["returns", "manual-trailglow-400", "md/helm/intro", "v1.2_notes", "0day"] { #expect(IdentityRules.isValidID(ok), "\(ok)") }
        for bad in ["", "..", "../etc", "a..b", ".hidden", "-x", "line\nbreak", "a//b", "ü-ber", String(repeating: "a", count: 129)] {
            #expect(!IdentityRules.isValidID(bad), "\(bad.debugDescription)")
        }
    }
}
