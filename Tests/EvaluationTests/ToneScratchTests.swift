import Foundation
import Testing
@testable import Evaluation
import Workspace
import Linguistics
import Ingest

@Test func toneScratchLeaks() throws {
    let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let content = try WorkspaceContent.load(try Workspace.open(repo), evalsets: false)
    var out = ""
    let docs = repo.appendingPathComponent("kb/docs")
    var sentencesByLang: [String: [String]] = [:]
    for lang in try FileManager.default.contentsOfDirectory(atPath: docs.path).sorted() {
        for f in try FileManager.default.contentsOfDirectory(atPath: docs.appendingPathComponent(lang).path).sorted() {
            let doc = try Extractor().extract(fileAt: docs.appendingPathComponent(lang).appendingPathComponent(f))
            let blocks = doc.sections.flatMap(\.blocks).map(\.text) + doc.faq.map(\.answer)
            for b in blocks { sentencesByLang[lang, default: []] += Sentences.split(b, language: lang) }
        }
    }
    let allLangs = sentencesByLang.keys.sorted()
    // (a) false alarms: each sentence in its own language, with the prior of a market that has it
    var fa = 0, total = 0
    for lang in allLangs {
        let market = content.markets.values.sorted { $0.id < $1.id }.first { $0.languages.contains(lang) }!
        let leaks = LanguageLeaks(marketLanguages: market.languages)
        for s in sentencesByLang[lang]! {
            total += 1
            if let l = leaks.leakingLanguage(s, expected: lang) {
                fa += 1
                let id = LanguageIdentifier().identify(LanguageLeaks.languageWords(s).joined(separator: " "))
                out += "FA \(lang)->\(l) \(id.candidates.prefix(3).map { "\($0.language):\(String(format: "%.2f", $0.score))" }) \(s)\n"
            }
        }
    }
    out += "false alarms: \(fa) / \(total)\n"
    // (b) detection: sentences of language X checked as language Y (Y != X), sampled
    var detected = 0, eligible = 0
    var missByPair: [String: Int] = [:]
    for x in allLangs {
        for y in allLangs where y != x {
            let market = content.markets.values.sorted { $0.id < $1.id }.first { $0.languages.contains(y) }!
            let leaks = LanguageLeaks(marketLanguages: market.languages)
            for s in sentencesByLang[x]!.prefix(60) {
                guard LanguageLeaks.tellingWordCount(LanguageLeaks.languageWords(s)) >= LanguageLeaks.minimumWords else { continue }
                if LanguageLeaks.sameFamily.contains(where: { $0.contains(x) && $0.contains(y) }) || LanguageLeaks.codeSwitching.contains([y, x]) { continue }
                eligible += 1
                if leaks.leakingLanguage(s, expected: y) != nil { detected += 1 } else { missByPair["\(x) in \(y)", default: 0] += 1 }
            }
        }
    }
    out += "detected: \(detected) / \(eligible)\n"
    for (k, v) in missByPair.sorted(by: { $0.value > $1.value }).prefix(30) { out += "  miss \(k): \(v)\n" }
    try out.write(toFile: "/tmp/tone/leaks.txt", atomically: true, encoding: .utf8)
}

@Test func toneScratchWholly() throws {
    let market = try ToneFixtures.market("US")
    let english = try #require(market.voice["en"])
    let text = english.notFound + " " + english.handoff
    let leaks = LanguageLeaks(marketLanguages: ["de"])
    for s in Sentences.split(text, language: "de") {
        let w = LanguageLeaks.languageWords(s)
        print("SENT", LanguageLeaks.tellingWordCount(w), LanguageIdentifier().identify(w.joined(separator: " "), prior: ["de": 1]), leaks.leakingLanguage(s, expected: "de") ?? "-", s)
    }
}
