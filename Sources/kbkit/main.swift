import ArgumentParser
import Foundation

// The entry point maps every outcome onto DESIGN.md's exit codes: ArgumentParser's usage errors (64 by
// default) become 2, kbkit's typed errors carry theirs, anything unexpected is 3. It is the one place
// errors are reported: one line on stderr, and with --json also `{"error": {…}}` on stdout.

/// --json anywhere before a `--` terminator (read from the raw arguments: a usage error happens before
/// any command has parsed its options).
let wantsJSON = CommandLine.arguments.dropFirst().prefix { $0 != "--" }.contains("--json")

func report(_ r: ErrorReport, stderrLine: String) -> Never {
    Output.diagnostic(stderrLine)
    // Exactly one JSON document on stdout: not when the command already printed its own (a failed gate).
    if wantsJSON && !Output.printedJSON {
        struct Document: Encodable { var error: ErrorReport }
        try? Output.json(Document(error: r))
    }
    exit(r.code)
}

func fail(_ error: Error) -> Never {
    if let r = ErrorReporter.report(for: error) {
        if error is CheckFailed {
            if wantsJSON && !Output.printedJSON { report(r, stderrLine: "kbkit: a check failed") }
            exit(r.code)
        }
        report(r, stderrLine: Output.styled("kbkit: error: ", .red, stderr: true) + r.message)
    }
    let parserCode = Kbkit.exitCode(for: error)
    if parserCode == .success { Kbkit.exit(withError: error) }  // --help, --version
    if error is ValidationError || parserCode == .validationFailure {
        let message = Kbkit.message(for: error)
        report(ErrorReport(message: message, code: Exit.usage), stderrLine: Kbkit.fullMessage(for: error))
    }
    report(ErrorReport(message: "internal error: \(error)", code: Exit.internal),
           stderrLine: Output.styled("kbkit: internal error: ", .red, stderr: true) + "\(error)")
}

do {
    var command = try Kbkit.parseAsRoot()
    do { try command.run() } catch { fail(error) }
} catch {
    fail(error)
}
