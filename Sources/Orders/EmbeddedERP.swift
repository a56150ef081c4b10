import Foundation
import GRDB

/// The embedded ERP: `kb/erp/schema.sql` then the other `.sql` files in name order, loaded (sandboxed,
/// see `ERPSandbox`) into an in-memory SQLite database with foreign keys on. The engine's embedded connector reads it; the
/// workspace checks use it to know which order numbers exist.
public final class EmbeddedERP: Sendable {
    let queue: DatabaseQueue
    /// Whether the store's schema has the optional `shipments.pickup_point` (read once: the schema
    /// of a loaded ERP does not change, and an order look-up would otherwise ask on every read).
    let shipmentsHavePickupPoint: Bool

    public struct LoadError: Error, CustomStringConvertible, Sendable {
        public var file: String
        public var line: Int?
        public var message: String
        public var description: String { "\(file)\(line.map { ", line \($0)" } ?? ""): \(message)" }
    }

    /// - Parameter displayFolder: how the folder is named in errors ("kb/erp").
    public init(folder: URL, displayFolder: String) throws(LoadError) {
        var config = Configuration()
        config.foreignKeysEnabled = true
        do { queue = try DatabaseQueue(configuration: config) } catch { throw LoadError(file: displayFolder, message: "\(error)") }
        let files = ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "sql" }
            .sorted { a, b in
                // schema.sql first, then the fixtures by name.
                let (ka, kb) = (a.lastPathComponent == "schema.sql" ? "" : a.lastPathComponent, b.lastPathComponent == "schema.sql" ? "" : b.lastPathComponent)
                return ka < kb
            }
        guard !files.isEmpty else { throw LoadError(file: displayFolder, message: "no .sql files (expected schema.sql and fixture files)") }
        // The fixtures run sandboxed (ERPSandbox: no ATTACH, VACUUM INTO, extensions or pragma writes),
        // then the finished database becomes this queue's.
        let sandbox = try ERPSandbox()
        for url in files {
            let display = "\(displayFolder)/\(url.lastPathComponent)"
            let sql: String
            do { sql = try String(contentsOf: url, encoding: .utf8) } catch { throw LoadError(file: display, message: "cannot read: \((error as NSError).localizedDescription)") }
            try sandbox.run(sql: sql, file: display)
        }
        let (bytes, size) = try sandbox.serialized()
        let failure = queue.writeWithoutTransaction { db -> String? in
            guard let connection = db.sqliteConnection else { return "no connection" }
            return ERPSandbox.install(bytes, size: size, into: connection)
        }
        if let failure { throw LoadError(file: displayFolder, message: "cannot load the fixtures: \(failure)") }
        do {
            shipmentsHavePickupPoint = try queue.read { db in try db.columns(in: "shipments").contains { $0.name == "pickup_point" } }
        } catch { throw LoadError(file: displayFolder, message: "cannot read the shipments table: \(error)") }
    }

    public func orderNumbers() throws -> Set<String> {
        try queue.read { db in Set(try String.fetchAll(db, sql: "SELECT number FROM orders")) }
    }

    /// Runs a read-only query (the connector's way in). Not `DatabaseQueue.read`: it turns
    /// `PRAGMA query_only` on and off around every read, and SQLite expires all of a connection's
    /// prepared statements whenever such a flag changes, so each order look-up compiled its six
    /// cached statements again (≈ 4 % of an evaluation's case time). The queue is serial, so no
    /// write comes between the statements of one read; they see one state of the ERP.
    public func read<T>(_ body: (Database) throws -> T) throws -> T { try queue.unsafeRead(body) }
}
