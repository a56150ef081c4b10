import Foundation

/// Everything a workspace declares besides its documents: market profiles, intents, glossary, evalsets.
/// Each file is validated as it loads (errors name file, line and field); `crossReferenceProblems`
/// then checks that the files agree with each other and with the documents and the ERP.
public struct WorkspaceContent: Sendable {
    public var markets: [String: Market]
    public var intents: IntentCatalog
    public var glossary: Glossary
    public var evalsets: [Evalset]
    /// `kbkit.yaml`: the store's order formats and engine options travel with the content.
    public var settings = WorkspaceSettings()
    /// `kb/phrases/<lang>.yaml`: the store's own wording of the engine's phrases, by language.
    public var phrases: [String: PhraseFile] = [:]

    public var marketIDs: [String] { markets.keys.sorted() }
    /// The KB languages: every language some market's site has.
    public var kbLanguages: [String] { Array(Set(markets.values.flatMap(\.languages))).sorted() }

    public static func load(_ ws: Workspace, evalsets wantEvalsets: Bool = true) throws(WorkspaceError) -> WorkspaceContent {
        let paths = ws.settings.paths
        var markets: [String: Market] = [:]
        for url in ws.yamlFiles(in: ws.url(paths.markets)) {
            let market = try Market.load(try YAMLNode.load(url, displayPath: ws.display(url)))
            let stem = url.deletingPathExtension().lastPathComponent.uppercased()
            guard stem == market.id else {
                throw WorkspaceError(file: ws.display(url), field: "id", message: "the market id '\(market.id)' does not match the file name (\(stem))")
            }
            markets[market.id] = market
        }
        if let market = ws.settings.defaultMarket, markets[market] == nil {
            throw WorkspaceError(file: ws.display(ws.root.appendingPathComponent("kbkit.yaml")), line: ws.settings.defaultMarketLine,
                                 field: "default_market",
                                 message: "unknown market '\(market)' (known: \(markets.keys.sorted().joined(separator: ", ")); each market is a file in \(paths.markets)/)")
        }
        let intentsFolder = ws.url(paths.intents)
        let taxonomyURL = intentsFolder.appendingPathComponent("taxonomy.yaml")
        var definitions: [IntentDefinition] = []
        if FileManager.default.fileExists(atPath: taxonomyURL.path) {
            definitions = try IntentCatalog.loadTaxonomy(try YAMLNode.load(taxonomyURL, displayPath: ws.display(taxonomyURL)))
        }
        var examples: [String: [String: [String]]] = [:]
        let known = Set(definitions.map(\.id))
        for url in ws.yamlFiles(in: intentsFolder) where url.lastPathComponent != "taxonomy.yaml" {
            let (lang, ex) = try IntentCatalog.loadExamples(try YAMLNode.load(url, displayPath: ws.display(url)), known: known)
            examples[lang] = ex
        }
        let glossaryURL = ws.url(paths.glossary)
        let glossary = FileManager.default.fileExists(atPath: glossaryURL.path)
            ? try Glossary.load(try YAMLNode.load(glossaryURL, displayPath: ws.display(glossaryURL))) : .empty
        var phrases: [String: PhraseFile] = [:]
        for url in ws.yamlFiles(in: ws.url(paths.phrases)) {
            let lang = url.deletingPathExtension().lastPathComponent.lowercased()
            phrases[lang] = try PhraseFile.load(try YAMLNode.load(url, displayPath: ws.display(url)), language: lang)
        }
        var evalsets: [Evalset] = []
        if wantEvalsets {
            evalsets = try loadEvalsets(ws.yamlFiles(in: ws.url(paths.evalsets)), workspace: ws)
            for set in evalsets { try set.checkMarkets(known: markets) }
        }
        return WorkspaceContent(markets: markets, intents: IntentCatalog(intents: definitions, examples: examples),
                                glossary: glossary, evalsets: evalsets, settings: ws.settings, phrases: phrases)
    }

    /// Loads the given evalset files; case ids must be unique across all of them.
    public static func loadEvalsets(_ urls: [URL], workspace ws: Workspace) throws(WorkspaceError) -> [Evalset] {
        var sets: [Evalset] = []
        var seen: [String: String] = [:]
        for url in urls {
            let set = try Evalset.load(try YAMLNode.load(url, displayPath: ws.display(url)))
            for c in set.cases {
                if let other = seen[c.id] {
                    throw WorkspaceError(file: set.file, line: c.line, field: "id", message: "case id '\(c.id)' is already used in \(other)")
                }
                seen[c.id] = set.file
            }
            sets.append(set)
        }
        return sets
    }

    /// What the documents and the ERP contribute to the cross-checks.
    public struct External: Sendable {
        public var documents: [(id: String, lang: String, markets: [String], type: String?)]
        public var orders: Set<String>
        public init(documents: [(id: String, lang: String, markets: [String], type: String?)], orders: Set<String>) {
            self.documents = documents
            self.orders = orders
        }
    }

    /// Broken references between files: unknown topic ids, markets, intents, languages and order
    /// numbers; topics missing a KB language; markets without tone rules or voice.
    public func crossReferenceProblems(_ ext: External) -> [WorkspaceError] {
        var problems: [WorkspaceError] = []
        let docIDs = Set(ext.documents.map(\.id))
        let intentIDs = Set(intents.ids)
        let languages = Set(kbLanguages)

        for m in markets.values.sorted(by: { $0.id < $1.id }) {
            if m.tone.rules.isEmpty { problems.append(WorkspaceError(file: m.file, field: "tone.rules", message: "market \(m.id) has no tone rules")) }
            for lang in m.languages where !m.tone.rules.contains(where: { $0.language == nil || $0.language == lang }) {
                problems.append(WorkspaceError(file: m.file, field: "tone.rules", message: "no tone rule applies to \(m.id)'s language \(lang)"))
            }
        }
        for d in ext.documents {
            for m in d.markets where markets[m] == nil {
                problems.append(WorkspaceError(file: "document \(d.lang)/\(d.id)", field: "markets", message: "unknown market \(m)"))
            }
            if !languages.contains(d.lang) {
                problems.append(WorkspaceError(file: "document \(d.lang)/\(d.id)", field: "lang", message: "language \(d.lang) is no market's language"))
            }
        }
        // Every policy/FAQ topic in every KB language; manuals only where written.
        let byID = Dictionary(grouping: ext.documents, by: \.id)
        for (id, versions) in byID.sorted(by: { $0.key < $1.key }) where !versions.contains(where: { $0.type == "manual" }) {
            let missing = languages.subtracting(versions.map(\.lang)).sorted()
            if !missing.isEmpty {
                problems.append(WorkspaceError(file: "document \(id)", message: "missing in \(missing.joined(separator: ", "))"))
            }
        }
        for def in intents.intents {
            for t in def.topics where !docIDs.contains(t) {
                problems.append(WorkspaceError(file: "kb/intents/taxonomy.yaml", field: "\(def.id).topics", message: "unknown topic id '\(t)'"))
            }
        }
        for (lang, byIntent) in intents.examples.sorted(by: { $0.key < $1.key }) {
            for id in intents.ids where (byIntent[id]?.count ?? 0) == 0 {
                problems.append(WorkspaceError(file: "kb/intents/\(lang).yaml", field: "examples.\(id)", message: "no examples for intent \(id)"))
            }
        }
        for set in evalsets {
            for c in set.cases {
                func bad(_ field: String, _ message: String) {
                    problems.append(WorkspaceError(file: set.file, line: c.line, field: "\(c.id).\(field)", message: message))
                }
                if markets[c.market] == nil { bad("market", "unknown market \(c.market)") }
                if let i = c.expect.intent, !intentIDs.contains(i) { bad("intent", "unknown intent '\(i)'") }
                for s in c.expect.sources.keys where !docIDs.contains(s) { bad("sources", "unknown topic id '\(s)'") }
                if let a = c.expect.action, ERPAction(rawValue: a) == nil {
                    bad("action", "unknown ERP action '\(a)' (\(ERPAction.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                if let o = c.expect.order, !ext.orders.contains(o) { bad("order", "order \(o) is not in the ERP fixtures") }
                if let l = c.expect.answerLanguage, !languages.contains(l) { bad("answer_language", "\(l) is not a KB language") }
            }
        }
        return problems
    }
}
