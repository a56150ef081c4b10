import Foundation

/// Batches prepared ahead of the writer: one producer extracts batch after batch (each on all cores)
/// while the import's single SQLite writer stores the earlier ones, up to `ahead` batches in advance.
/// With one batch of look-ahead the cores sat idle whenever the writer was slower than extraction
/// (an import used 1.5 of 2 cores).
final class PreparedBatches<T>: @unchecked Sendable {
    // @unchecked: `ready`, `next` and `stopped` are only touched under `condition`.
    private let condition = NSCondition()
    private var ready: [Int: T] = [:]
    private var stopped = false
    private let ahead: Int
    private var consumed = 0

    /// Starts preparing `count` batches in order on a background thread.
    init(count: Int, ahead: Int = 2, prepare: @escaping @Sendable (Int) -> T) {
        self.ahead = ahead
        Thread.detachNewThread { [self] in
            for i in 0..<count {
                condition.lock()
                while !stopped && i >= consumed + ahead { condition.wait() }
                let stop = stopped
                condition.unlock()
                if stop { return }
                let value = prepare(i)
                condition.lock()
                ready[i] = value
                condition.broadcast()
                condition.unlock()
            }
        }
    }

    /// Waits for batch `i` (asked for in order) and hands it over.
    func take(_ i: Int) -> T {
        condition.lock()
        defer { condition.unlock() }
        while ready[i] == nil { condition.wait() }
        consumed = i + 1
        condition.broadcast()
        return ready.removeValue(forKey: i)!
    }

    /// Tells the producer to stop (the writer failed): what it is preparing is dropped.
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }
}
