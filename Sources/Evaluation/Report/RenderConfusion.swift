/// Reading the confusion matrix (`expected intent → predicted intent → count`) for the reports.
enum IntentConfusion {
    struct Cell: Sendable, Equatable {
        let expected: String
        let predicted: String
        let count: Int
    }

    /// The mistakes, most frequent first (ties by expected, then predicted intent).
    static func offDiagonal(_ matrix: [String: [String: Int]]) -> [Cell] {
        matrix.flatMap { expected, row in
            row.compactMap { predicted, count in
                predicted == expected || count == 0 ? nil : Cell(expected: expected, predicted: predicted, count: count)
            }
        }
        .sorted { ($1.count, $0.expected, $0.predicted) < ($0.count, $1.expected, $1.predicted) }
    }

    /// Every intent that appears on either axis, sorted: the matrix is square.
    static func labels(_ matrix: [String: [String: Int]]) -> [String] {
        Set(matrix.keys).union(matrix.values.flatMap(\.keys)).sorted()
    }
}
