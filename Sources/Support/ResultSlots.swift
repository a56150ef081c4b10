import Foundation

/// Fixed-size result slots that `DispatchQueue.concurrentPerform` workers fill, each its own index:
/// the importer's and indexer's parallel extraction and analysis, the evaluation's cases. (It lives
/// in Support, above every module of the pipeline, so that all of them share the one helper.)
public final class ResultSlots<T>: @unchecked Sendable {
    // @unchecked: every access to `slots` happens under `lock`.
    private var slots: [T?]
    private let lock = NSLock()

    public init(count: Int) { slots = Array(repeating: nil, count: count) }

    public func set(_ i: Int, _ value: T) {
        lock.lock()
        slots[i] = value
        lock.unlock()
    }

    /// Every slot, nil where no worker wrote.
    public var values: [T?] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
