import GRDB

extension EmbeddedERP {
    /// Runs a statement block in one write transaction: the embedded connector's `order.cancel`
    /// checks the status and updates it atomically. Changes live in the in-memory database only,
    /// never in the fixture files (kb/erp/README.md, "How kbkit uses it").
    public func write<T>(_ body: (Database) throws -> T) throws -> T { try queue.write(body) }
}
