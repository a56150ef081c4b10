import Foundation

/// Multinomial logistic regression over sparse hashed features, trained by stochastic gradient
/// descent. Chosen over naive Bayes because its probabilities are calibrated enough to threshold
/// (`other` below a confidence) and because overlapping views of the text (terms, words, character
/// grams) would be counted several times over by a model that assumes independent features.
///
/// Training is deterministic: each epoch visits the examples in an order keyed by their content (a
/// hash of an example's features and class, salted per epoch and by the seed), and feature rows are
/// allocated in the order features are first seen. Keyed, not shuffled: a seeded shuffle of n
/// examples is another permutation altogether once one example is added, so one new training
/// message moved 6–10 unrelated intents of the sample evalsets; a keyed order puts the new example
/// in its place and leaves the others' sequence as it was (1 intent moved; docs/BENCHMARKS.md).
struct SoftmaxRegression: Sendable {
    struct Options: Sendable {
        var epochs = 12
        var learningRate: Float = 1
        var l2: Float = 1e-5
        /// Salts the epochs' keyed orders. 4: the best of five salts (0x6B626B6974 "kbkit", 1–4) on the
        /// development evalsets, as the shuffle's seed was; over the five, pass rates 88.4–88.6 %
        /// (docs/BENCHMARKS.md, "Training order and L2").
        var seed: UInt64 = 4
    }

    let classCount: Int
    /// Hashed feature id → row of `weights`. Features never seen in training have no row.
    private let rows: FeatureIndex
    /// Row-major: `classCount` weights per feature.
    private let weights: [Float]
    private let bias: [Float]

    /// `examples`: feature vectors with their class index (0..<classCount).
    init(examples: [(FeatureVector, Int)], classCount: Int, options: Options = Options()) {
        self.classCount = classCount
        var rows = FeatureIndex()
        let sparse: [([Int32], [Float], Int)] = examples.map { vector, label in
            (vector.ids.map { rows.insert($0) }, vector.values, label)
        }
        var weights = [Float](repeating: 0, count: rows.count * classCount)
        var bias = [Float](repeating: 0, count: classCount)
        let keys = examples.map { Self.contentKey($0.0, label: $0.1) }
        var order = Array(sparse.indices)
        var scores = [Float](repeating: 0, count: classCount)
        var step: Float = 0
        let k = classCount
        weights.withUnsafeMutableBufferPointer { w in
            bias.withUnsafeMutableBufferPointer { b in
                scores.withUnsafeMutableBufferPointer { z in
                    for epoch in 0..<options.epochs {
                        order = Self.keyedOrder(keys, salt: options.seed &+ UInt64(epoch) &* 0x9E37_79B9_7F4A_7C15)
                        for index in order {
                            let (r, v, label) = sparse[index]
                            Self.scores(rows: r, values: v, weights: UnsafeBufferPointer(w), bias: UnsafeBufferPointer(b), k: k, into: z)
                            Self.softmax(z)
                            let lr = options.learningRate / (1 + step / Float(sparse.count * 4))
                            step += 1
                            let shrink = 1 - lr * options.l2
                            for c in 0..<k {
                                let g = z[c] - (c == label ? 1 : 0)
                                // Classes the model already rules out learn nothing here; skipping
                                // them makes later epochs several times faster.
                                if abs(g) < Self.negligibleGradient { continue }
                                b[c] -= lr * g
                                for j in 0..<r.count {
                                    let at = Int(r[j]) * k + c
                                    w[at] = w[at] * shrink - lr * g * v[j]
                                }
                            }
                        }
                    }
                }
            }
        }
        self.rows = rows
        self.weights = weights
        self.bias = bias
    }

    static let negligibleGradient: Float = 1e-3

    /// An example's identity: its features and class (FNV-1a over them), whatever its position.
    static func contentKey(_ vector: FeatureVector, label: Int) -> UInt64 {
        var h = FeatureHashing.combine(0, UInt64(label), UInt64(vector.ids.count))
        for id in vector.ids { h = FeatureHashing.combine(1, h, id) }
        return h
    }

    /// The examples' order in one epoch: by their keys mixed with the epoch's salt (SplitMix64's
    /// finaliser, so that nearby salts give unrelated orders); equal keys keep their positions.
    static func keyedOrder(_ keys: [UInt64], salt: UInt64) -> [Int] {
        let mixed = keys.map { key -> UInt64 in
            var z = key ^ salt
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        return keys.indices.sorted { mixed[$0] != mixed[$1] ? mixed[$0] < mixed[$1] : $0 < $1 }
    }

    /// Class probabilities for one feature vector. `temperature` divides the scores first
    /// (temperature scaling: above 1 softens overconfident probabilities without changing their order).
    func probabilities(_ vector: FeatureVector, temperature: Float = 1) -> [Double] {
        var r: [Int32] = []
        var v: [Float] = []
        r.reserveCapacity(vector.ids.count)
        v.reserveCapacity(vector.ids.count)
        for (id, value) in zip(vector.ids, vector.values) {
            if let row = rows.row(id) { r.append(row); v.append(value) }
        }
        var z = [Float](repeating: 0, count: classCount)
        weights.withUnsafeBufferPointer { w in
            bias.withUnsafeBufferPointer { b in
                z.withUnsafeMutableBufferPointer { z in
                    Self.scores(rows: r, values: v, weights: w, bias: b, k: classCount, into: z)
                    if temperature != 1 { for c in z.indices { z[c] /= temperature } }
                    Self.softmax(z)
                }
            }
        }
        return z.map(Double.init)
    }

    private static func scores(rows: [Int32], values: [Float], weights: UnsafeBufferPointer<Float>, bias: UnsafeBufferPointer<Float>,
                               k: Int, into z: UnsafeMutableBufferPointer<Float>) {
        for c in 0..<k { z[c] = bias[c] }
        for j in 0..<rows.count {
            let base = Int(rows[j]) * k
            let x = values[j]
            for c in 0..<k { z[c] += weights[base + c] * x }
        }
    }

    private static func softmax(_ z: UnsafeMutableBufferPointer<Float>) {
        var top = -Float.infinity
        for c in z.indices { top = max(top, z[c]) }
        var sum: Float = 0
        for c in z.indices { z[c] = exp(z[c] - top); sum += z[c] }
        for c in z.indices { z[c] /= sum }
    }
}
