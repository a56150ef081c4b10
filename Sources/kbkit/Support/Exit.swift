import AnswerEngine
import ArgumentParser
import Evaluation
import Foundation
import Ingest
import KnowledgeStore
import Orders
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
    /// The file the message is about, and the line in it, when there is one.
    var file: String? = nil
    var line: Int? = nil
}

/// A check that ran and failed (gate, lint): exit 1, the report was already printed.
struct CheckFailed: Error {}

/// One error as the user reads it: one line on stderr, and with `--json` the document
/// `{"error": {"message", "file", "line", "code"}}` on stdout (file and line null when unknown).
struct ErrorReport: Encodable {
    var message: String
    var file: String?
    var line: Int?
    var code: Int32

    enum CodingKeys: String, CodingKey { case message, file, line, code }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(message, forKey: .message)
        try c.encode(file, forKey: .file)      // explicit null, not a missing key
        try c.encode(line, forKey: .line)
        try c.encode(code, forKey: .code)
    }
}

/// Maps every error to one readable line on stderr and an exit code. The only place errors are
/// turned into text: commands throw, `fail` (main.swift) reports.
enum ErrorReporter {
    /// nil for errors that are not kbkit's own (ArgumentParser's, or unexpected ones).
    static func report(for error: Error) -> ErrorReport? {
        switch error {
        case let e as CLIError: return ErrorReport(message: e.description, file: e.file, line: e.line, code: e.code)
        case is CheckFailed: return ErrorReport(message: "a check failed", code: Exit.checkFailed)
        case let e as WorkspaceError: return ErrorReport(message: e.description, file: e.file, line: e.line, code: Exit.usage)
        case let e as WorkspaceNotFound: return ErrorReport(message: e.description, code: Exit.usage)
        case let e as UnknownMarket: return ErrorReport(message: e.description, code: Exit.usage)
        case let e as IngestFailure: return ErrorReport(message: e.description, line: e.line, code: Exit.usage)
        case let e as EngineSetup.SetupError:
            if case .erpFixture(let load) = e { return ErrorReport(message: e.description, file: load.file, line: load.line, code: Exit.usage) }
            return ErrorReport(message: e.description, code: Exit.usage)
        case let e as EmbeddedERP.LoadError: return ErrorReport(message: e.description, file: e.file, line: e.line, code: Exit.usage)
        case let e as EngineError: return ErrorReport(message: e.description, code: Exit.usage)
        case let e as ReportFiles.ReportError: return ErrorReport(message: e.description, code: Exit.usage)
        case let e as EvaluationJob.JobError: return ErrorReport(message: e.description, file: e.file, code: Exit.usage)
        case let e as StoreError:
            switch e {
            case .noSuchDocument, .ambiguousDocument, .noSuchVersion, .nothingToImport, .nothingImported:
                return ErrorReport(message: e.description, code: Exit.usage)
            case .cannotOpen(let path, _):
                return ErrorReport(message: e.description, file: path, code: Exit.internal)
            case .database:
                return ErrorReport(message: e.description, code: Exit.internal)
            }
        case let e as CocoaError:
            // A full disk, a read-only or missing folder: the path and the reason, never the NSError dump.
            return ErrorReport(message: FileErrors.message(e), file: FileErrors.path(e), code: Exit.usage)
        case let e as POSIXError:
            return ErrorReport(message: "cannot write: \(FileErrors.reason(e.code.rawValue))", code: Exit.usage)
        case let e as DecodingError:
            return ErrorReport(message: "invalid JSON: \(FileErrors.message(e))", code: Exit.usage)
        case let e as EncodingError:
            return ErrorReport(message: "cannot encode the result as JSON: \(e.localizedDescription)", code: Exit.internal)
        default: return nil
        }
    }
}

/// Foundation's file errors in one line: "cannot write reports/x/report.json: No space left on device".
enum FileErrors {
    static func path(_ e: CocoaError) -> String? {
        if let p = e.userInfo[NSFilePathErrorKey] as? String { return p }
        if let u = e.userInfo[NSURLErrorKey] as? URL { return u.path }
        return e.filePath ?? e.url?.path
    }

    static func message(_ e: CocoaError) -> String {
        let verb = e.code.rawValue >= CocoaError.fileReadUnknown.rawValue && e.code.rawValue < CocoaError.fileWriteUnknown.rawValue
            ? "cannot read" : "cannot write"
        let target = path(e).map { " \($0)" } ?? ""
        return "\(verb)\(target): \(reason(e))"
    }

    /// The underlying POSIX reason when there is one (ENOSPC, EACCES, EROFS…), else Foundation's.
    static func reason(_ e: CocoaError) -> String {
        if let underlying = e.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return reason(Int32(underlying.code))
        }
        if let posix = e.userInfo[NSUnderlyingErrorKey] as? POSIXError { return reason(posix.code.rawValue) }
        switch e.code {
        case .fileWriteOutOfSpace: return reason(ENOSPC)
        case .fileWriteNoPermission, .fileReadNoPermission: return reason(EACCES)
        case .fileWriteVolumeReadOnly: return reason(EROFS)
        case .fileNoSuchFile, .fileReadNoSuchFile: return reason(ENOENT)
        case .fileWriteFileExists: return reason(EEXIST)
        default: return "error \(e.code.rawValue)"
        }
    }

    static func reason(_ errno: Int32) -> String { String(cString: strerror(errno)) }

    static func message(_ e: DecodingError) -> String {
        func at(_ path: [CodingKey]) -> String {
            path.isEmpty ? "at the top" : "at " + path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch e {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c):
            return "\(at(c.codingPath)): \(c.debugDescription)"
        case .keyNotFound(let key, let c):
            return "\(at(c.codingPath)): the field '\(key.stringValue)' is missing"
        @unknown default:
            return "\(e)"
        }
    }
}
