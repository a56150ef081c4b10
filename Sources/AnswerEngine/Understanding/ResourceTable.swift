/// A data file kbkit ships (`Resources/`, embedded in the binary), read as tab-separated lines:
/// lines starting with `#` and blank lines are skipped, every other line must have exactly the
/// file's number of fields, none empty. A malformed line is a defect of kbkit itself: the parsers
/// throw with the file and the line, the tests parse every file, and the `static let`s that read
/// them at start-up stop there rather than lose an entry silently. The benchmarks' data files of
/// the same shape (`Benchmarks/judge/pairs.tsv`) are read with it too.
public struct ResourceTable {
    public struct Line {
        /// 1-based, as an editor shows it.
        public let number: Int
        public let fields: [String]
    }

    public struct Malformed: Error, CustomStringConvertible, Equatable {
        public let file: String
        public let line: Int
        public let reason: String
        public var description: String { "\(file):\(line): \(reason)" }
    }

    let file: String
    public let lines: [Line]

    /// Works on the bytes (a tab and a line feed are single bytes in UTF-8): the engine reads these
    /// files at start-up, and splitting a String into Characters would cost grapheme breaking.
    /// `names`: the columns' names, for errors that say which column is wrong ("message is empty");
    /// without them a column is named by its number.
    public init(_ bytes: [UInt8], file: String, columns: Int, names: [String] = []) throws(Malformed) {
        self.file = file
        var lines: [Line] = []
        var number = 0
        for raw in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            number += 1
            let line = raw.last == 0x0D ? raw.dropLast() : raw
            if line.isEmpty || line.first == UInt8(ascii: "#") { continue }
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
            guard fields.count == columns else {
                let listed = names.count == columns ? " (\(names.joined(separator: ", ")))" : ""
                throw Malformed(file: file, line: number, reason: "\(fields.count) tab-separated fields, expected \(columns)\(listed)")
            }
            for (k, field) in fields.enumerated() {
                let scalars = field.unicodeScalars
                let column = names.count == columns ? names[k] : "field \(k + 1)"
                if scalars.allSatisfy(\.properties.isWhitespace) {
                    throw Malformed(file: file, line: number, reason: "\(column) is empty")
                }
                if scalars.first!.properties.isWhitespace || scalars.last!.properties.isWhitespace {
                    throw Malformed(file: file, line: number, reason: "\(column) has spaces around it")
                }
            }
            lines.append(Line(number: number, fields: fields))
        }
        self.lines = lines
    }

    func error(_ line: Line, _ reason: String) -> Malformed {
        Malformed(file: file, line: line.number, reason: reason)
    }
}
