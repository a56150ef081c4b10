import AnswerEngine
import Foundation

/// What the naturalness judge is measured against (`kbkit-bench --only judge`,
/// `Benchmarks/judge/pairs.tsv`): pairs of answers to the same customer message, in the same
/// language, stating the same facts, one written to read well and one to read poorly. A judge that
/// discriminates at all scores the good one higher. The file's header comment is its schema;
/// every line a reader can get wrong is reported with the file and the line.
public struct NaturalnessPairs: Sendable, Equatable {
    public enum Reads: String, Sendable, Equatable {
        case good, poor
    }

    public struct Answer: Sendable, Equatable {
        public var text: String
        /// 1-based, as an editor shows it.
        public var line: Int
    }

    public struct Pair: Sendable, Equatable {
        public var language: String
        public var message: String
        public var good: Answer
        public var poor: Answer
    }

    public struct Malformed: Error, CustomStringConvertible, Equatable {
        public let file: String
        public let line: Int
        public let reason: String
        public var description: String { "\(file):\(line): \(reason)" }
    }

    public static let columns = ["language", "reads", "message", "text"]

    public let pairs: [Pair]

    public static func load(_ url: URL) throws -> NaturalnessPairs {
        try NaturalnessPairs(String(decoding: try Data(contentsOf: url), as: UTF8.self), file: url.path)
    }

    /// Parses `text` (the file's contents; `file` names it in errors): tab-separated lines as kbkit's
    /// own data files (`ResourceTable`). Two consecutive rows make a pair: same language, same
    /// message, one `good` and one `poor` in either order.
    public init(_ text: String, file: String) throws(Malformed) {
        let table: ResourceTable
        do { table = try ResourceTable(Array(text.utf8), file: file, columns: Self.columns.count, names: Self.columns) } catch {
            throw Malformed(file: error.file, line: error.line, reason: error.reason)
        }
        var rows: [(number: Int, fields: [String], reads: Reads)] = []
        for line in table.lines {
            guard let reads = Reads(rawValue: line.fields[1]) else {
                throw Malformed(file: file, line: line.number, reason: "reads is 'good' or 'poor', not '\(line.fields[1])'")
            }
            rows.append((line.number, line.fields, reads))
        }
        var pairs: [Pair] = []
        var k = 0
        while k < rows.count {
            let first = rows[k]
            guard k + 1 < rows.count else {
                throw Malformed(file: file, line: first.number, reason: "a \(first.reads.rawValue) answer without its pair on the next line")
            }
            let second = rows[k + 1]
            guard second.fields[0] == first.fields[0], second.fields[2] == first.fields[2] else {
                throw Malformed(file: file, line: second.number,
                                reason: "not the pair of line \(first.number): a pair has the same language and message")
            }
            guard second.reads != first.reads else {
                throw Malformed(file: file, line: second.number,
                                reason: "line \(first.number) reads \(first.reads.rawValue) too: a pair is one good and one poor answer")
            }
            let (good, poor) = first.reads == .good ? (first, second) : (second, first)
            pairs.append(Pair(language: first.fields[0], message: first.fields[2],
                              good: Answer(text: Self.unescaped(good.fields[3]), line: good.number),
                              poor: Answer(text: Self.unescaped(poor.fields[3]), line: poor.number)))
            k += 2
        }
        self.pairs = pairs
    }

    /// `\n` in the file is a line break in the answer (a line of the file is one answer).
    static func unescaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\n", with: "\n")
    }
}
