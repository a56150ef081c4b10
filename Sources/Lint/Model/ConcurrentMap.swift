import Dispatch
import Support

extension Array where Element: Sendable {
    /// `map` with one item per worker on every core, results in order. The rules read documents
    /// independently of each other (pure functions of the context), so each document is a task.
    func concurrentMap<T>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let slots = ResultSlots<T>(count: count)
        withoutActuallyEscaping(transform) { transform in
            let work: @Sendable (Int) -> Void = { i in slots.set(i, transform(self[i])) }
            DispatchQueue.concurrentPerform(iterations: count, execute: work)
        }
        return slots.values.map { $0! }
    }
}
