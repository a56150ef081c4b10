import Synchronization

/// Values computed once per key and kept while the engine runs, shared by every thread: what the
/// engine reads from the KB that does not depend on the question (a policy's table rows, a chunk's
/// sentences and terms).
final class ReadOnce<Value: Sendable>: Sendable {
    private let values = Mutex<[String: Value]>([:])

    func value(_ key: String, load: () throws -> Value) rethrows -> Value {
        if let cached = values.withLock({ $0[key] }) { return cached }
        let loaded = try load()
        values.withLock { $0[key] = loaded }
        return loaded
    }
}
