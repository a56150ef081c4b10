import Foundation

/// Whether a heading or term reads as a customer question, in the languages of the KB: a question mark
/// in any script, or a sentence-final question particle of languages that often omit the mark.
enum Questions {
    private static let finalParticles = ["か", "ですか", "ますか", "吗", "嗎", "呢", "ไหม", "มั้ย", "หรือไม่", "ได้ไหม", "không", "chưa"]

    static func isQuestion(_ text: String) -> Bool {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let last = t.last else { return false }
        if last == "?" || last == "？" || last == "؟" { return true }
        if t.hasPrefix("¿") { return true }
        // A Greek question mark is ';' — only trust it on Greek text.
        if last == ";", t.unicodeScalars.contains(where: { (0x0370...0x03FF).contains($0.value) }) { return true }
        let stripped = t.trimmingCharacters(in: CharacterSet(charactersIn: "。.！!"))
        return finalParticles.contains { stripped.hasSuffix($0) && stripped.count > $0.count + 1 }
    }
}
