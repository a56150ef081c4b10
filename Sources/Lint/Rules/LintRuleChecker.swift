/// One rule of `kbkit lint`: a pure function from what the workspace holds to findings. Severities,
/// filters, exceptions and suppressions are the `Linter`'s job, not the rules'.
protocol LintRuleChecker: Sendable {
    var rule: LintRule { get }
    func check(_ context: LintContext) -> [LintFinding]
}
