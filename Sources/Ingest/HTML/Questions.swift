import Foundation

/// Whether a heading or term reads as a customer question, in the languages of the KB: a question mark
/// in any script, or a sentence-final question particle of languages that often omit the mark.
enum Questions {
    private static let finalParticles = ["か", "ですか", "ますか", "吗", "嗎", "呢", "ไหม", "มั้ย", "หรือไม่", "ได้ไหม", "không", "chưa"]

    /// Runs on every heading of every document: scalar checks only, no CharacterSet trimming.
    static func isQuestion(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard var end = scalars.indices.last else { return false }
        while scalars[end].properties.isWhitespace {
            guard end > scalars.startIndex else { return false }
            end = scalars.index(before: end)
        }
        let last = scalars[end]
        if last == "?" || last == "？" || last == "؟" { return true }
        if scalars.first == "¿" { return true }
        // A Greek question mark is ';' — only trust it on Greek text.
        if last == ";" { return scalars.contains { (0x0370...0x03FF).contains($0.value) } }
        // Particles only matter for scripts that use them (Japanese, Chinese, Thai, Vietnamese).
        guard scalars.contains(where: { $0.value >= 0x0E00 }) || text.hasSuffix("không") || text.hasSuffix("chưa") else { return false }
        var stripped = text
        while let c = stripped.last, "。.！! \n".contains(c) { stripped.removeLast() }
        return finalParticles.contains { stripped.hasSuffix($0) && stripped.count > $0.count + 1 }
    }
}
