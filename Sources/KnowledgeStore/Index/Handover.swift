import Foundation

/// Work handed from one thread to another, first in first out, at most `capacity` items waiting: the
/// index's writer hands each side index (`SideIndex`) its rows, and waits when a side falls behind
/// rather than holding the whole corpus's rows in memory.
final class Handover<T>: @unchecked Sendable {
    // @unchecked: `items` and `closed` are only touched under `condition`.
    private let condition = NSCondition()
    private var items: [T] = []
    private var closed = false
    private let capacity: Int

    init(capacity: Int) {
        precondition(capacity > 0)
        self.capacity = capacity
    }

    /// Waits while `capacity` items are waiting. An item sent after `close` is dropped.
    func send(_ item: T) {
        condition.lock()
        defer { condition.unlock() }
        while !closed && items.count >= capacity { condition.wait() }
        guard !closed else { return }
        items.append(item)
        condition.broadcast()
    }

    /// The next item; nil once the hand-over is closed and empty.
    func receive() -> T? {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty && !closed { condition.wait() }
        guard !items.isEmpty else { return nil }
        condition.broadcast()
        return items.removeFirst()
    }

    /// No more items: `receive` returns what is waiting, then nil.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }
}
