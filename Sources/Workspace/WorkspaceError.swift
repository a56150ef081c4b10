/// A problem with a workspace file, located: "kb/markets/DE.yaml, line 12, field tone.rules[3].kind: …".
public struct WorkspaceError: Error, CustomStringConvertible, Sendable, Equatable {
    public var file: String
    public var line: Int?
    public var field: String?
    public var message: String

    public init(file: String, line: Int? = nil, field: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    public var description: String {
        var where_ = file
        if let line { where_ += ", line \(line)" }
        if let field, !field.isEmpty { where_ += ", field \(field)" }
        return "\(where_): \(message)"
    }
}

/// No `kbkit.yaml` in this folder or above it.
public struct WorkspaceNotFound: Error, CustomStringConvertible, Sendable {
    public var start: String
    public var description: String {
        "no kbkit workspace here: no kbkit.yaml in \(start) or any folder above it (run `kbkit init` to create one, or pass --workspace DIR)"
    }
}
