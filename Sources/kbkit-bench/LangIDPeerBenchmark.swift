import Foundation
import Linguistics

/// Language identification side by side with Lingua (issue 11, item 4), on the same short informal
/// texts in the same run: XED subtitle lines, UMSAB tweets and our own two- and three-word customer
/// messages (`ShortTextSets`). Lingua runs in the benchmark venv (`make bench-peers`), restricted to
/// kbkit's core languages so both choose among the same set; kbkit answers with and without a
/// market prior. The prior is that of a market selling in the text's language alone ([L: 1]: every
/// other language weighs a fifth), which is what tells Indonesian from Malay, Spanish from
/// Portuguese and Catalan, Filipino from English.
///
/// Accuracy counts "und" as wrong for both. Rows are languages kbkit has word lists for and the
/// set has texts in.
enum LangIDPeerBenchmark {
    /// Per language and split: texts, and how many each identifier got right.
    struct Tally {
        var total = 0
        var plain = 0
        var prior = 0
        var lingua = 0
    }

    static let perLanguageAndSplit = 300

    static func run(repoRoot: URL) throws -> String {
        let emotionDev = repoRoot.deletingLastPathComponent().appendingPathComponent("shared/emotion-dev")
        let ownData = repoRoot.appendingPathComponent("Benchmarks/langid")
        let core = Set(LanguageIdentifier.coreLanguages)
        var sets: [(name: String, texts: [ShortTextSets.Text])] = []
        if FileManager.default.fileExists(atPath: emotionDev.path) {
            sets.append(("XED subtitle lines", ShortTextSets.sample(try ShortTextSets.xed(emotionDev), perLanguageAndSplit: perLanguageAndSplit)))
            sets.append(("UMSAB tweets", ShortTextSets.sample(try ShortTextSets.umsab(emotionDev), perLanguageAndSplit: perLanguageAndSplit)))
        }
        sets.append(("customer messages, two words", try ShortTextSets.customerMessages(ownData, words: 2)))
        sets.append(("customer messages, three words", try ShortTextSets.customerMessages(ownData, words: 3)))
        sets = sets.map { ($0.name, $0.texts.filter { core.contains($0.language) }) }

        let all = sets.flatMap(\.texts)
        let lingua = LinguaPeer(repoRoot: repoRoot).identify(all.map(\.text), languages: LanguageIdentifier.coreLanguages)
        let identifier = LanguageIdentifier()
        var out = "Language identification on short informal text, side by side with Lingua \(LinguaPeer.version)"
        out += " (\(lingua == nil ? "NOT RUN: \(LinguaPeer.missing)" : "restricted to kbkit's \(core.count) core languages, high-accuracy mode")).\n"
        out += "kbkit: no prior / with the prior of a one-language market. \"und\" counts as wrong. Tuned on: dev only.\n"
        var offset = 0
        let errors = ProcessInfo.processInfo.environment["LANGID_ERRORS"] != nil
        // LANGID_DUMP=FILE: every dev text with the three answers, to compare runs while tuning
        // (dev only: the test split is not to be read).
        var dump = ""
        for set in sets {
            var tallies: [String: [ShortTextSets.Split: Tally]] = [:]
            var misses: [String] = []
            for (i, t) in set.texts.enumerated() {
                let plain = identifier.identify(t.text).language
                let prior = identifier.identify(t.text, prior: [t.language: 1]).language
                let peer = lingua?[offset + i]
                var tally = tallies[t.language, default: [:]][t.split, default: Tally()]
                tally.total += 1
                if plain == t.language { tally.plain += 1 }
                if prior == t.language { tally.prior += 1 }
                if peer == t.language { tally.lingua += 1 }
                tallies[t.language, default: [:]][t.split] = tally
                if t.split == .dev {
                    dump += [set.name, t.language, plain, prior, peer ?? "-", t.text].joined(separator: "\t") + "\n"
                }
                if errors, t.split == .dev, plain != t.language, peer == t.language {
                    misses.append("  \(t.language) → \(plain) (Lingua right): \(t.text)")
                }
                if errors, t.split == .dev, prior != t.language {
                    misses.append("  \(t.language) → \(prior) with the prior: \(t.text)")
                }
            }
            offset += set.texts.count
            out += table(set.name, tallies, linguaRan: lingua != nil)
            if errors && !misses.isEmpty { out += "dev texts kbkit misses and Lingua gets, and those kbkit misses with the prior:\n" + misses.joined(separator: "\n") + "\n" }
        }
        if let path = ProcessInfo.processInfo.environment["LANGID_DUMP"] {
            try dump.write(toFile: path, atomically: true, encoding: .utf8)
        }
        return out
    }

    private static func table(_ name: String, _ tallies: [String: [ShortTextSets.Split: Tally]], linguaRan: Bool) -> String {
        func pct(_ n: Int, _ total: Int) -> String { total == 0 ? "    -" : String(format: "%5.1f", 100 * Double(n) / Double(total)) }
        var out = "\n\(name)\n"
        out += "lang  |  dev:  n   kbkit  +prior  Lingua |  test: n   kbkit  +prior  Lingua | test verdict\n"
        var sum: [ShortTextSets.Split: Tally] = [:]
        var below: [String] = []
        for lang in tallies.keys.sorted() {
            var line = Measure.pad(lang, 5) + " |"
            for split in [ShortTextSets.Split.dev, .test] {
                let t = tallies[lang]?[split] ?? Tally()
                line += String(format: " %5d", t.total) + "  " + pct(t.plain, t.total) + "   " + pct(t.prior, t.total) + "   " + pct(t.lingua, t.total) + "  |"
                sum[split, default: Tally()].total += t.total
                sum[split]!.plain += t.plain
                sum[split]!.prior += t.prior
                sum[split]!.lingua += t.lingua
            }
            let t = tallies[lang]?[.test] ?? Tally()
            var verdict = "-"
            if linguaRan && t.total > 0 {
                let plainOK = t.plain >= t.lingua, priorOK = t.prior > t.lingua || t.prior == t.total
                verdict = plainOK && priorOK ? "ok" : !plainOK ? "below Lingua" : "prior not better"
                if !plainOK { below.append(lang) }
            }
            out += line + " " + verdict + "\n"
        }
        var line = "all   |"
        for split in [ShortTextSets.Split.dev, .test] {
            let t = sum[split] ?? Tally()
            line += String(format: " %5d", t.total) + "  " + pct(t.plain, t.total) + "   " + pct(t.prior, t.total) + "   " + pct(t.lingua, t.total) + "  |"
        }
        out += line + (linguaRan ? (below.isEmpty ? " no language below Lingua" : " below Lingua: \(below.joined(separator: " "))") : "") + "\n"
        return out
    }
}

/// Lingua in the benchmark venv (`Benchmarks/peers/lingua_peer.py`), one process for all texts.
struct LinguaPeer {
    static let version = "2.1.1"
    static let missing = "no .venv-bench (run `make bench-peers`)"
    let peer: PeerScript

    init(repoRoot: URL) { peer = PeerScript(repoRoot: repoRoot, script: "lingua_peer.py") }

    /// One tag per text, in order; nil when the venv is missing or Lingua fails.
    func identify(_ texts: [String], languages: [String]) -> [String]? {
        guard let data = peer.run(["--languages", languages.joined(separator: ",")],
                                  input: Data(texts.joined(separator: "\n").appending("\n").utf8)) else { return nil }
        let tags = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        return tags.count == texts.count ? tags : nil
    }
}
