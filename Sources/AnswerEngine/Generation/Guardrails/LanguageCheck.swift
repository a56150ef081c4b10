import Linguistics

/// The answer must be in the answer language, as kbkit's own language identifier reads it (with
/// the market's languages as a prior). An undetermined reading passes: a short answer of figures
/// has no language to speak of.
struct LanguageCheck: Sendable {
    let identifier: LanguageIdentifier
    /// Below this confidence another language does not count as a failure.
    var minimumConfidence = 0.6

    func check(_ answer: String, expected: String, prior: [String: Double]) -> GuardrailFailure? {
        let found = identifier.identify(answer, prior: prior)
        guard found.language != "und", found.language != expected, found.confidence >= minimumConfidence else { return nil }
        return GuardrailFailure(.language, "written in \(found.language) (\(Int((found.confidence * 100).rounded())) %), expected \(expected)")
    }
}
