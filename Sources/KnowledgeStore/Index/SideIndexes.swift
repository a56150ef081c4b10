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

    /// `documents`: how many documents of each language the run indexes, by which the languages are
    /// spread (largest first, each to the side with the fewest so far).
    init(documents: [String: Int], sides wanted: Int = ProcessInfo.processInfo.activeProcessorCount) throws {
        let count = min(max(1, wanted), documents.count)
        var groups = Array(repeating: [String](), count: count)
        var load = Array(repeating: 0, count: count)
        var sideOf: [String: Int] = [:]
        for (lang, n) in documents.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }) {
            let i = load.indices.min { (load[$0], $0) < (load[$1], $1) }!
            groups[i].append(lang)
            load[i] += n
        }
        // Lightest first: `finish` copies each side's tables while the heavier ones still merge.
        let order = load.indices.sorted { (load[$0], $0) < (load[$1], $1) }
        for (position, i) in order.enumerated() { for lang in groups[i] { sideOf[lang] = position } }
        var started: [SideIndex] = []
        do {
            for i in order { started.append(try SideIndex(languages: groups[i].sorted())) }
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

    /// Waits for every side to finish its tables, then creates them in the store (on the writer's
    /// connection `db`, in its transaction) and copies them in.
    mutating func finish(into db: Database) throws {
        send()
        sides.forEach { $0.close() }   // every side merges at once
        for side in sides {
            try side.finish()
            try side.copy(into: db)
        }
    }

    /// The writer failed: the sides stop, and nothing is copied.
    func abandon() {
        sides.forEach { $0.abandon() }
    }
}
