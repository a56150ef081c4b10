import AnswerEngine
import Foundation

/// Emotion on public data (issue 11, item 3): XED subtitle lines, anger vs. not, and UMSAB tweets,
/// negative vs. not, per language, printed beside the published figures (`../shared/emotion-dev`).
///
/// kbkit's detector is a lexicon reader for customer messages, not a trained classifier, and the
/// published figures are for other tasks (XED: macro-F1 over eight emotions; UMSAB: macro-F1 over
/// three classes), so they are context, not a like-for-like target. What counts as positive:
/// XED, the line is labelled anger and kbkit reads it angry or frustrated; UMSAB, the tweet is
/// negative and kbkit reads it frustrated, angry or distressed. The language is the text's own tag
/// (identification is measured separately). Splits as in `ShortTextSets`; tuned on dev only.
enum EmotionBenchmark {
    struct Confusion {
        var tp = 0, fp = 0, fn = 0, tn = 0
        var f1: Double { tp == 0 ? 0 : 2 * Double(tp) / Double(2 * tp + fp + fn) }
        /// Binary macro-F1: the mean of the positive and the negative class's F1.
        var macroF1: Double {
            let negative = tn == 0 ? 0 : 2 * Double(tn) / Double(2 * tn + fn + fp)
            return (f1 + negative) / 2
        }
        var precision: Double { tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp) }
        var recall: Double { tp + fn == 0 ? 0 : Double(tp) / Double(tp + fn) }
        mutating func add(truth: Bool, predicted: Bool) {
            switch (truth, predicted) {
            case (true, true): tp += 1
            case (false, true): fp += 1
            case (true, false): fn += 1
            case (false, false): tn += 1
            }
        }
    }

    /// XLM-T (multilingual) macro-F1 over negative/neutral/positive, from the UMSAB paper.
    static let umsabPublished: [String: Double] = ["en": 70.6, "de": 77.3, "es": 67.9, "fr": 71.2, "it": 69.1, "pt": 75.4, "ar": 66.9, "hi": 56.4]

    static func run(repoRoot: URL) throws -> String {
        let data = repoRoot.deletingLastPathComponent().appendingPathComponent("shared/emotion-dev")
        guard FileManager.default.fileExists(atPath: data.path) else { return "emotion: no data at \(data.path)\n" }
        let detector = EmotionDetector()
        let lexicons = Set(detector.lexiconLanguages)
        var out = "Emotion on public data (kbkit's lexicon reader; published figures are other tasks, shown for context). Tuned on: dev only.\n"
        out += "\nXED subtitle lines: anger vs. not (kbkit: angry or frustrated). Published: English BERT macro-F1 0.53 over 8 emotions,\n"
        out += "0.84 positive vs. negative; linear SVM on the projections 0.50–0.69.\n"
        out += table(try ShortTextSets.xed(data), lexicons: lexicons, published: [:]) { t in
            (t.labels.contains("anger"), detector.read(t.text, language: t.language).label.isAngerFamily)
        }
        out += "\nUMSAB tweets: negative vs. not (kbkit: frustrated, angry or distressed). Published: XLM-T macro-F1 over 3 classes\n"
        out += "(all 69.4; FastText baselines about 51).\n"
        out += table(try ShortTextSets.umsab(data), lexicons: lexicons, published: umsabPublished) { t in
            (t.labels == ["negative"], detector.read(t.text, language: t.language).label.isUpset)
        }
        return out
    }

    private static func table(_ texts: [ShortTextSets.Text], lexicons: Set<String>, published: [String: Double],
                              judge: (ShortTextSets.Text) -> (truth: Bool, predicted: Bool)) -> String {
        var byLanguage: [String: [ShortTextSets.Split: Confusion]] = [:]
        for t in texts {
            let (truth, predicted) = judge(t)
            byLanguage[t.language, default: [:]][t.split, default: Confusion()].add(truth: truth, predicted: predicted)
        }
        var out = "lang  lexicon |  dev: n     P     R    F1  macro |  test: n     P     R    F1  macro | published\n"
        var all: [ShortTextSets.Split: Confusion] = [:]
        for lang in byLanguage.keys.sorted() {
            var line = Measure.pad(lang, 5) + " " + Measure.pad(lexicons.contains(lang) ? "yes" : "en", 7) + " |"
            for split in [ShortTextSets.Split.dev, .test] {
                let c = byLanguage[lang]?[split] ?? Confusion()
                line += String(format: " %6d %5.2f %5.2f %5.2f %6.2f |", c.tp + c.fp + c.fn + c.tn, c.precision, c.recall, c.f1, c.macroF1)
                all[split, default: Confusion()].tp += c.tp
                all[split]!.fp += c.fp
                all[split]!.fn += c.fn
                all[split]!.tn += c.tn
            }
            out += line + (published[lang].map { String(format: " %.1f", $0) } ?? " -") + "\n"
        }
        var line = "all           |"
        for split in [ShortTextSets.Split.dev, .test] {
            let c = all[split] ?? Confusion()
            line += String(format: " %6d %5.2f %5.2f %5.2f %6.2f |", c.tp + c.fp + c.fn + c.tn, c.precision, c.recall, c.f1, c.macroF1)
        }
        return out + line + "\n"
    }
}

private extension EmotionLabel {
    var isAngerFamily: Bool { self == .angry || self == .frustrated }
}
