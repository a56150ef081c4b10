import AnswerEngine
import ArgumentParser
import Evaluation
import Foundation
import Ingest
import KnowledgeStore
import Workspace

/// The exit codes of DESIGN.md's CLI contract.
enum Exit {
    static let success: Int32 = 0
    static let checkFailed: Int32 = 1
    static let usage: Int32 = 2
    static let `internal`: Int32 = 3
}

/// An error that already knows its message and exit code (commands throw it for input problems).
struct CLIError: Error, CustomStringConvertible {
    var description: String
    var code: Int32 = Exit.usage
}

/// A check that ran and failed (gate, lint): exit 1, the report was already printed.
struct CheckFailed: Error {}

/// Maps every error to one readable line on stderr and an exit code.
enum ErrorReporter {
    /// nil for errors that are not kbkit's own (ArgumentParser's, or unexpected ones).
    static func exitCode(for error: Error) -> (message: String?, code: Int32)? {
        switch error {
        case let e as CLIError: return (e.description, e.code)
        case is CheckFailed: return (nil, Exit.checkFailed)
        case let e as WorkspaceError: return (e.description, Exit.usage)
        case let e as WorkspaceNotFound: return (e.description, Exit.usage)
        case let e as IngestFailure: return (e.description, Exit.usage)
        case let e as EngineSetup.SetupError: return (e.description, Exit.usage)
        case let e as EngineError: return (e.description, Exit.usage)
        case let e as ReportFiles.ReportError: return (e.description, Exit.usage)
        case let e as EvaluationJob.JobError: return (e.description, Exit.usage)
        case let e as StoreError:
            switch e {
            case .noSuchDocument, .ambiguousDocument, .noSuchVersion, .nothingToImport: return (e.description, Exit.usage)
            case .cannotOpen, .database: return (e.description, Exit.internal)
            }
        default: return nil
        }
    }
}
