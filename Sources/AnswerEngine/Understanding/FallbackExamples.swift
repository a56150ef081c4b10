/// Generic example phrases for languages customers write in but the KB has no intent examples for.
enum FallbackExamples {
    static let byLanguage: [String: [String: [String]]] = [:]
}
