import Foundation

/// The engine's trace: each step's time and a one-line account of what it decided.
struct Trace {
    private(set) var steps: [EngineAnswer.TraceStep] = []

    mutating func run<T>(_ step: String, _ body: () -> T) -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        let value = body()
        record(step, start)
        return value
    }

    mutating func runThrowing<T>(_ step: String, _ body: () throws -> T) throws -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        let value = try body()
        record(step, start)
        return value
    }

    private mutating func record(_ step: String, _ start: UInt64) {
        let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        if let i = steps.firstIndex(where: { $0.step == step }) { steps[i].ms += ms } else {
            steps.append(.init(step: step, detail: "", ms: (ms * 1000).rounded() / 1000))
        }
    }

    mutating func note(_ step: String, _ detail: String) {
        if let i = steps.firstIndex(where: { $0.step == step }) { steps[i].detail = detail } else {
            steps.append(.init(step: step, detail: detail, ms: 0))
        }
    }

    func detail(_ step: String) -> String? {
        steps.first { $0.step == step && !$0.detail.isEmpty }?.detail
    }
}
