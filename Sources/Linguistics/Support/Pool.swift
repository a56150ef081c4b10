import Foundation

/// A small free list of non-thread-safe workers (ICU break iterators, Snowball stemmers and their
/// scratch buffers). Callers check one out for the length of one call and give it back, so any
/// number of threads can share one `Analyzer` while no worker is ever used by two threads at once.
/// Creating a worker costs microseconds to a millisecond; pooling makes that a one-time cost.
final class Pool<Element: AnyObject>: @unchecked Sendable {
    // @unchecked: every access to `free` happens under `lock`.
    private let lock = NSLock()
    private var free: [Element] = []
    private let make: @Sendable () -> Element
    private let limit: Int

    init(limit: Int = 16, make: @escaping @Sendable () -> Element) {
        self.make = make
        self.limit = limit
    }

    func withElement<R>(_ body: (Element) throws -> R) rethrows -> R {
        lock.lock()
        let element = free.popLast()
        lock.unlock()
        let worker = element ?? make()
        defer {
            lock.lock()
            if free.count < limit { free.append(worker) }
            lock.unlock()
        }
        return try body(worker)
    }
}
