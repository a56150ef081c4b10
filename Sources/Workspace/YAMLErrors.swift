import Yams

/// Turns a Yams error into the line it points at and a one-line message, so that every YAML problem
/// (front matter, workspace files) can be reported as "file, line N: what is wrong".
public enum YAMLErrors {
    public static func locate(_ error: Error) -> (line: Int?, message: String) {
        guard let yaml = error as? YamlError else { return (nil, "\(error)") }
        switch yaml {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let ctx = context.map { "\($0.text): " } ?? ""
            return (mark.line, "\(ctx)\(problem) (column \(mark.column))")
        case let .reader(problem, _, _, _):
            return (nil, problem)
        case let .duplicatedKeysInMapping(duplicates, context):
            return (context.mark.line, "duplicate keys: \(duplicates.joined(separator: ", "))")
        default:
            return (nil, "\(yaml)")
        }
    }
}
