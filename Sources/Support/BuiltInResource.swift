/// A table or file kbkit ships, read once. The tests parse every one, so a malformed one is a
/// defect of kbkit itself, not of a workspace: the process stops with the parser's error, which
/// names the file and line, rather than answer without it.
public enum BuiltInResource {
    public static func read<T>(_ parse: () throws -> T) -> T {
        do { return try parse() } catch { fatalError("kbkit's built-in resource is malformed: \(error)") }
    }
}
