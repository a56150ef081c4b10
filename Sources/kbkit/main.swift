import ArgumentParser
import Foundation

// The entry point maps every outcome onto DESIGN.md's exit codes: ArgumentParser's usage errors (64 by
// default) become 2, kbkit's typed errors carry theirs, anything unexpected is 3.
func fail(_ error: Error) -> Never {
    if let (message, code) = ErrorReporter.exitCode(for: error) {
        if let message { Output.diagnostic(Output.styled("kbkit: error: ", .red, stderr: true) + message) }
        exit(code)
    }
    let parserCode = Kbkit.exitCode(for: error)
    if parserCode == .success { Kbkit.exit(withError: error) }  // --help, --version
    if error is ValidationError || parserCode == .validationFailure {
        Output.diagnostic(Kbkit.fullMessage(for: error))
        exit(Exit.usage)
    }
    Output.diagnostic(Output.styled("kbkit: internal error: ", .red, stderr: true) + "\(error)")
    exit(Exit.internal)
}

do {
    var command = try Kbkit.parseAsRoot()
    do { try command.run() } catch { fail(error) }
} catch {
    fail(error)
}
