import Foundation
import GRDB

/// The languages whose tables an index run builds from nothing, spread over side indexes
/// (`SideIndex`, one per core): the writer adds each chunk's row, hands them over batch by batch,
/// and at the end copies the finished tables into its transaction. Tables that already exist are
/// changed in place by the writer (a few documents' rows: not worth a copy of the whole table).
struct SideIndexes {
    private let sides: [SideIndex]
    private let sideOf: [String: Int]
    private var outgoing: [[SideIndex.Row]]
    /// Signalled once by each side when it has finished.
    private let anyFinished = DispatchSemaphore(value: 0)

    /// `bytes`: the source bytes of the documents of each language the run indexes, by which the
    /// languages are spread (largest first, each to the side with the fewest so far). Bytes, not
    /// documents: on the bench corpus, counting documents put 14.5 MB of tables on one side and 9.4
    /// on the other (Japanese documents are few and long), bytes 11.8 and 11.0.
    init(bytes: [String: Int], sides wanted: Int = ProcessInfo.processInfo.activeProcessorCount) throws {
        let count = min(max(1, wanted), bytes.count)
        var groups = Array(repeating: [String](), count: count)
        var load = Array(repeating: 0, count: count)
        var sideOf: [String: Int] = [:]
        for (lang, n) in bytes.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }) {
            let i = load.indices.min { (load[$0], $0) < (load[$1], $1) }!
            groups[i].append(lang)
            load[i] += n
        }
        for (i, group) in groups.enumerated() { for lang in group { sideOf[lang] = i } }
        var started: [SideIndex] = []
        do {
            for group in groups { started.append(try SideIndex(languages: group.sorted(), finishedAny: anyFinished)) }
        } catch {
            started.forEach { $0.abandon() }
            throw error
        }
        sides = started
        self.sideOf = sideOf
        outgoing = Array(repeating: [], count: count)
    }

    /// This run builds `lang`'s table on a side.
    func covers(_ lang: String) -> Bool { sideOf[lang] != nil }

    mutating func add(lang: String, rowid: Int64, fields: Indexer.IndexFields) {
        outgoing[sideOf[lang]!].append(SideIndex.Row(lang: lang, rowid: rowid, fields: fields))
    }

    /// Hands the rows added since the last call to their sides.
    mutating func send() {
        for i in sides.indices where !outgoing[i].isEmpty {
            sides[i].send(outgoing[i])
            outgoing[i] = []
        }
    }

    /// Waits for every side to finish its tables, and creates them in the store (on the writer's
    /// connection `db`, in its transaction) and copies them in.
    mutating func finish(into db: Database) throws {
        send()
        sides.forEach { $0.close() }   // every side merges at once
        // Each side is copied as soon as it is done, while the others still merge.
        var waiting = sides
        while !waiting.isEmpty {
            anyFinished.wait()
            guard let i = waiting.firstIndex(where: \.isFinished) else { continue }
            let side = waiting.remove(at: i)
            try side.finish()
            try side.copy(into: db)
        }
    }

    /// The writer failed: the sides stop, and nothing is copied.
    func abandon() {
        sides.forEach { $0.abandon() }
    }
}
