import Synchronization

/// Values of a costly pure function, computed once per key and shared by every thread: what the
/// engine reads from the KB that does not depend on the question (a chunk's sentences, a table's
/// rows), what lint and the evaluation find in a sentence (its language). Two threads may both
/// compute a key the first time; the result is the same, and the lock is never held while computing.
public final class Memo<Value: Sendable>: Sendable {
    private let values = Mutex<[String: Value]>([:])

    public init() {}

    public func value(_ key: String, compute: () throws -> Value) rethrows -> Value {
        if let known = values.withLock({ $0[key] }) { return known }
        let computed = try compute()
        values.withLock { $0[key] = computed }
        return computed
    }
}
