import Foundation

/// Short informal texts for the language-identification and emotion benchmarks, read from
/// `../shared/emotion-dev` (XED subtitle lines, UMSAB tweets) and from `Benchmarks/langid`
/// (hand-written two- and three-word customer messages), each with a dev and a test split.
///
/// Splits: UMSAB has its own (train + val = dev, test = test). XED has none: within each language,
/// lines alternate dev, test, dev … in file order. Our own messages: `short.txt` is dev (it was
/// used to extend the word lists), `holdout-short.txt` and `two-words-test.txt` are test. Only the
/// dev split was looked at while tuning; the test split is reported untouched.
enum ShortTextSets {
    enum Split: String { case dev, test }

    struct Text {
        var language: String
        var split: Split
        var text: String
        /// XED: its emotion labels; UMSAB: its sentiment label; ours: empty.
        var labels: [String]
    }

    /// XED's tags for Chinese are script-qualified; kbkit answers "zh" for both.
    static func primaryTag(_ tag: String) -> String { String(tag.split(separator: "-").first ?? "") }

    static func xed(_ directory: URL) throws -> [Text] {
        var count: [String: Int] = [:]
        return try jsonLines(directory.appendingPathComponent("xed.jsonl")).compactMap { row in
            guard let lang = row["lang"] as? String, let text = row["text"] as? String else { return nil }
            let tag = primaryTag(lang)
            let i = count[tag, default: 0]
            count[tag] = i + 1
            return Text(language: tag, split: i % 2 == 0 ? .dev : .test, text: oneLine(text), labels: row["labels"] as? [String] ?? [])
        }
    }

    static func umsab(_ directory: URL) throws -> [Text] {
        try jsonLines(directory.appendingPathComponent("umsab.jsonl")).compactMap { row in
            guard let lang = row["lang"] as? String, let text = row["text"] as? String,
                  let split = row["split"] as? String, let label = row["label"] as? String else { return nil }
            return Text(language: primaryTag(lang), split: split == "test" ? .test : .dev, text: oneLine(text), labels: [label])
        }
    }

    /// Our own customer messages of `words` words (two or three), per language folder.
    static func customerMessages(_ directory: URL, words: Int) throws -> [Text] {
        let fm = FileManager.default
        var out: [Text] = []
        for lang in try fm.contentsOfDirectory(atPath: directory.path).sorted() {
            for (file, split) in [("short.txt", Split.dev), ("holdout-short.txt", .test), ("two-words-test.txt", .test)] {
                let url = directory.appendingPathComponent(lang).appendingPathComponent(file)
                guard let body = try? String(contentsOf: url, encoding: .utf8) else { continue }
                for line in body.split(separator: "\n") {
                    let text = line.trimmingCharacters(in: .whitespaces)
                    guard !text.isEmpty, !text.hasPrefix("#"), wordCount(text) == words else { continue }
                    out.append(Text(language: lang, split: split, text: text, labels: []))
                }
            }
        }
        return out
    }

    /// Space-separated words; a text in a script without spaces (Thai, Japanese, Chinese) counts
    /// as one, so these sets hold only the spaced languages' two- and three-word messages.
    static func wordCount(_ text: String) -> Int { text.split(separator: " ").count }

    /// At most `limit` texts per language and split, spread evenly over the file (the files are
    /// grouped by label, so the first lines alone would be one emotion).
    static func sample(_ texts: [Text], perLanguageAndSplit limit: Int) -> [Text] {
        var groups: [String: [Text]] = [:]
        for t in texts { groups["\(t.language)/\(t.split.rawValue)", default: []].append(t) }
        return groups.keys.sorted().flatMap { key -> [Text] in
            let g = groups[key]!
            guard g.count > limit else { return g }
            let stride = Double(g.count) / Double(limit)
            return (0..<limit).map { g[Int(Double($0) * stride)] }
        }
    }

    private static func oneLine(_ s: String) -> String {
        s.split(whereSeparator: { $0.isNewline }).joined(separator: " ")
    }

    private static func jsonLines(_ url: URL) throws -> [[String: Any]] {
        let body = try String(contentsOf: url, encoding: .utf8)
        return body.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }
}
