import Foundation

/// Results of a costly pure function of a text, shared by the workers of a rule: each distinct
/// text is computed once (two workers may both compute a text the first time; the result is the same).
final class Memo<Value: Sendable>: @unchecked Sendable {
    // @unchecked: `values` is read and written only under `lock`.
    private var values: [String: Value] = [:]
    private let lock = NSLock()

    func get(_ text: String, _ compute: (String) -> Value) -> Value {
        lock.lock()
        let known = values[text]
        lock.unlock()
        if let known { return known }
        let value = compute(text)
        lock.lock()
        values[text] = value
        lock.unlock()
        return value
    }
}
