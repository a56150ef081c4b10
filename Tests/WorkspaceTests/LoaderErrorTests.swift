import Foundation
import Testing
@testable import Workspace

/// Every mistake in a workspace file is reported with its file, line and field.
@Suite struct LoaderErrorTests {
    func market(_ yaml: String) throws(WorkspaceError) -> Market {
        try Market.load(try YAMLNode.parse(yaml, file: "kb/markets/DE.yaml")!)
    }

    static let validMarket = """
        id: DE
        name: Germany
        languages: [de]
        locale: de-DE
        timezone: Europe/Berlin
        currency: {code: EUR, pattern: "{amount} €", decimal: ",", grouping: ".", decimals: 2}
        dates: {short: "dd.MM.yyyy", long: "d. MMMM yyyy"}
        agents:
          language: de
          timezone: Europe/Paris
          hours:
            - days: [mon, tue, wed, thu, fri, sat]
              open: "08:00"
              close: "20:00"
        voice:
          de: {greeting: "Guten Tag,", closing: "Mit freundlichen Grüßen", empathy: "Es tut uns leid.", apology: "Entschuldigung.",
               not_found: "Dazu wissen wir nichts.", handoff: "Ich verbinde Sie.", other_language: "Wir antworten auf Deutsch."}
        tone:
          rules:
            - id: de.no-du
              kind: forbid
              terms: [du, dich]
        """

    @Test func aValidMarketLoads() throws {
        let m = try market(Self.validMarket)
        #expect(m.id == "DE")
        #expect(m.currency.pattern == "{amount} €")
        #expect(m.agents.hours[0].days.count == 6)
        #expect(m.tone.rules[0].match == .word)
        #expect(m.voice["de"]?.closing == "Mit freundlichen Grüßen")
    }

    @Test func aTypoInAFieldIsCaughtWithASuggestion() {
        let yaml = Self.validMarket.replacingOccurrences(of: "locale: de-DE", with: "lcoale: de-DE")
        #expect(throws: WorkspaceError(file: "kb/markets/DE.yaml", line: 4, field: "lcoale", message: "unknown field (did you mean 'locale'?)")) {
            try market(yaml)
        }
    }

    @Test func anUnknownRuleKindNamesTheRule() {
        let yaml = Self.validMarket.replacingOccurrences(of: "kind: forbid", with: "kind: ban")
        #expect(throws: WorkspaceError(file: "kb/markets/DE.yaml", line: 21, field: "tone.rules[0].kind", message: "unknown kind 'ban' (forbid, require, limit)")) {
            try market(yaml)
        }
    }

    @Test func anUnknownTimeZone() {
        let yaml = Self.validMarket.replacingOccurrences(of: "timezone: Europe/Paris", with: "timezone: Europe/Atlantis")
        do { _ = try market(yaml); Issue.record("expected an error") } catch {
            #expect(error.line == 10)
            #expect(error.message.contains("unknown time zone 'Europe/Atlantis'"))
        }
    }

    @Test func yamlSyntaxErrorsHaveTheirLine() {
        do { _ = try YAMLNode.parse("id: DE\nlanguages: [de\nname: x\n", file: "kb/markets/DE.yaml"); Issue.record("expected an error") } catch {
            #expect(error.file == "kb/markets/DE.yaml")
            #expect(error.line != nil)
            #expect(error.message.hasPrefix("YAML syntax"))
        }
    }

    @Test func evalsetCasesAreValidated() throws {
        let yaml = """
            name: t
            market: DE
            cases:
              - id: a
                message: "Wo ist mein Paket?"
                expect: {intent: order.status, sources: {shipping: 3, faq: 1}, must_include: ["x", ["y", "z"]]}
              - id: b
                turns: ["Hallo", "Und?"]
                market: at
                expect: {escalate: false}
            """
        let set = try Evalset.load(try YAMLNode.parse(yaml, file: "evalsets/t.yaml")!)
        #expect(set.cases[0].expect.sources == ["shipping": 3, "faq": 1])
        #expect(set.cases[0].expect.mustInclude == [["x"], ["y", "z"]])
        #expect(set.cases[1].market == "AT")
        #expect(set.cases[1].turns.count == 2)

        let typo = yaml.replacingOccurrences(of: "must_include", with: "must_inlcude")
        #expect(throws: WorkspaceError(file: "evalsets/t.yaml", line: 6, field: "cases[0].expect.must_inlcude", message: "unknown field (did you mean 'must_include'?)")) {
            try Evalset.load(try YAMLNode.parse(typo, file: "evalsets/t.yaml")!)
        }
        let noMarket = "name: t\ncases:\n  - id: a\n    message: hi\n    expect: {}\n"
        #expect(throws: WorkspaceError.self) { try Evalset.load(try YAMLNode.parse(noMarket, file: "evalsets/t.yaml")!) }
    }

    @Test func intentExamplesMustNameKnownIntents() throws {
        let yaml = "lang: de\nexamples:\n  order.status: [\"Wo ist mein Paket?\"]\n  order.track: [\"Sendungsverfolgung\"]\n"
        #expect(throws: WorkspaceError(file: "kb/intents/de.yaml", line: 4, field: "examples.order.track", message: "unknown intent 'order.track' (not in kb/intents/taxonomy.yaml)")) {
            try IntentCatalog.loadExamples(try YAMLNode.parse(yaml, file: "kb/intents/de.yaml")!, known: ["order.status"])
        }
    }

    @Test func theStarterWorkspaceLoadsCleanly() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kbkit-init-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        // A name with quotes, a backslash and a line break stays one YAML value.
        let name = "Test \"Shop\" \\ North\nEast"
        _ = try StarterWorkspace.write(to: root, name: name)
        let ws = try Workspace.locate(from: root.appendingPathComponent("kb/docs/en"))
        #expect(ws.root.standardizedFileURL.path == root.standardizedFileURL.path)
        #expect(ws.settings.name == name)
        let content = try WorkspaceContent.load(ws)
        #expect(content.marketIDs == ["US"])
        #expect(content.evalsets.first?.cases.count == 3)
        // A neutral store: its own order format and intent ids, every role the engine needs.
        #expect(content.settings.orders.number?.example == "EX-00001")
        #expect(IntentRole.required.allSatisfy { content.intents.intent(role: $0) != nil })
        let problems = content.crossReferenceProblems(.init(documents: [(id: "returns", lang: "en", markets: ["US"], type: "policy")], orders: ["EX-00001"]))
        #expect(problems.isEmpty, "\(problems)")
        // One lookup for every command and the evaluation: any case, and the known ids when unknown.
        #expect(try content.market(named: "us").id == "US")
        #expect(throws: UnknownMarket(id: "XX", known: ["US"])) { try content.market(named: "XX") }
        #expect(UnknownMarket(id: "XX", known: ["US"]).description == "unknown market 'XX' (known: US)")
    }
}

/// `lint.exceptions` with `langs`: the languages of a document id, checked.
@Suite struct LintExceptionSettingsTests {
    func settings(_ yaml: String) throws(WorkspaceError) -> LintSettings {
        try LintSettings.load(try YAMLNode.parse(yaml, file: "kbkit.yaml"))
    }

    @Test func langsNameTheLanguageVersionsOfADocumentID() throws {
        let s = try settings("exceptions:\n  - {doc: manual-trailglow-400, langs: [it, fil], rules: [coverage], reason: \"English only\"}\n")
        #expect(s.exceptions == [LintSettings.Exception(document: "manual-trailglow-400", rules: ["coverage"], reason: "English only", languages: ["it", "fil"])])
    }

    @Test func langsBesideADocumentOfOneLanguageIsAnErrorAtItsLine() {
        #expect {
            try settings("exceptions:\n  - doc: it/warranty\n    langs: [it]\n    rules: [stale]\n    reason: later\n")
        } throws: { error in
            let text = "\(error)"
            return text.contains("kbkit.yaml") && text.contains("line 2") && text.contains("langs")
        }
    }
}
