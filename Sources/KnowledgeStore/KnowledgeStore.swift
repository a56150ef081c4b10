import Foundation
import GRDB

/// The SQLite store of a workspace (`.kbkit/kb.sqlite`, WAL). Reads run concurrently; every import is a
/// single write transaction, so a killed process leaves the store exactly as it was before.
public final class KnowledgeStore: Sendable {
    let pool: DatabasePool
    public let path: String
    /// Chunk texts, made from their versions' blocks when read (ChunkTexts).
    let chunkTexts = ChunkTexts()
    /// Query phrases' document frequencies, kept between searches (TermStatistics).
    let termStatistics = TermStatistics()
    /// Each language's chunk lengths, for the rank function (DocumentLengths).
    let documentLengths = DocumentLengthsCache()
    /// The common phrases' postings pruned queries refine with (TermPostings).
    let termPostings = TermPostingsCache()

    public init(path: String) throws(StoreError) {
        self.path = path
        do {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            var config = Configuration()
            config.foreignKeysEnabled = true
            config.busyMode = .timeout(10)
            config.prepareDatabase { db in try RankFunction.register(db) }
            pool = try DatabasePool(path: path, configuration: config)
            try Schema.migrator.migrate(pool)
        } catch let error as DatabaseError {
            throw .cannotOpen(path: path, reason: error.message ?? "\(error)")
        } catch let error as CocoaError {
            // An unwritable or full folder: the POSIX reason, not Foundation's NSError dump.
            let posix = (error.userInfo[NSUnderlyingErrorKey] as? NSError).map { String(cString: strerror(Int32($0.code))) }
            throw .cannotOpen(path: path, reason: posix ?? error.localizedDescription)
        } catch {
            throw .cannotOpen(path: path, reason: "\(error)")
        }
    }

    /// The store of a workspace rooted at `root`.
    public static func defaultPath(workspaceRoot root: URL) -> String {
        root.appendingPathComponent(".kbkit/kb.sqlite").path
    }

    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do { return try pool.read(body) } catch let e as StoreError { throw e } catch { throw .database("\(error)") }
    }

    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do { return try pool.write(body) } catch let e as StoreError { throw e } catch { throw .database("\(error)") }
    }

    /// Moves the write-ahead log into the database file and truncates it: after an import or an index
    /// build the log held as much again as the store (94 MB beside 143 MB on the bench corpus), and
    /// SQLite's own checkpoints never shrink the file. Best effort: a reader still on an older
    /// snapshot makes it return early, and the next write's checkpoint catches up.
    public func checkpoint() {
        _ = try? pool.writeWithoutTransaction { try $0.checkpoint(.truncate) }
    }

    /// Runs SQLite's own consistency checks (used by the crash-safety test and `kbkit docs --check`).
    public func integrityCheck() throws(StoreError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }
}
