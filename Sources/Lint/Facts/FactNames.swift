import Workspace

/// Carrier and payment names as facts, from the workspace's glossary: a concept whose source-language
/// term is kept in every language it lists ("brands keep their names": PayPal, Klarna, DHL) is a
/// name; it and its spellings in other scripts (PayPal, ペイパル, 贝宝), as written, say it. kbkit
/// knows no carrier or payment method itself.
struct FactNames: Sendable {
    private let terms: [(term: NameTerm, concept: String)]
    /// First byte → the terms starting with it, longest first: a text is read once, not once per name.
    private let byFirstByte: [UInt8: [Int]]

    init() {
        terms = []
        byFirstByte = [:]
    }

    init(glossary: Glossary, sourceLanguage: String) {
        var terms: [(NameTerm, String)] = []
        for concept in glossary.concepts where concept.kind == .term {
            guard let name = concept.terms[sourceLanguage]?.first, concept.terms.count >= 2,
                  concept.terms.values.allSatisfy({ $0.contains(name) }) else { continue }
            // The name as written, and its spellings in other scripts (ペイパル, 贝宝); a Latin-script
            // term of another language is a description ("factura electrónica"), not the name.
            let spellings = Set(concept.terms.values.joined().filter { $0 == name || !$0.unicodeScalars.contains(where: Self.isLatinLetter) })
            terms += spellings.sorted { $0.count > $1.count }.map { (NameTerm($0), concept.id) }
        }
        self.terms = terms
        byFirstByte = Dictionary(grouping: terms.indices.filter { !terms[$0].0.bytes.isEmpty }, by: { terms[$0].0.bytes[0] })
    }

    var isEmpty: Bool { terms.isEmpty }

    /// The names a text gives, one fact per concept.
    func facts(in text: String) -> [Fact] {
        guard !terms.isEmpty else { return [] }
        let bytes = Array(text.utf8)
        var seen = Set<String>()
        var out: [Fact] = []
        for i in bytes.indices {
            guard let candidates = byFirstByte[bytes[i]] else { continue }
            for index in candidates {
                let (term, concept) = terms[index]
                guard !seen.contains(concept), Self.matches(term, in: bytes, at: i) else { continue }
                seen.insert(concept)
                out.append(Fact(kind: .name(concept), hundredths: 0, surface: term.text))
            }
        }
        return out
    }

    /// A name as written (case counts: "Maya" the wallet, "maya" a Malay word), with its bytes.
    struct NameTerm: Sendable {
        let text: String
        let bytes: [UInt8]
        /// Names in spaced scripts must stand as words.
        let wordStart: Bool

        init(_ text: String) {
            self.text = text
            bytes = Array(text.utf8)
            wordStart = !(text.unicodeScalars.first.map(FactScanner.isIdeographicOrThai) ?? false)
        }
    }

    static func isLatinLetter(_ s: Unicode.Scalar) -> Bool {
        (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0x61 && s.value <= 0x7A) || (s.value >= 0xC0 && s.value <= 0x24F)
    }

    /// Whether `term` stands at `i` as a whole word: "DHL" in "DHL-Sendungsnummer" and in
    /// "DHLで", not "UPS" in "upstairs". Unlike the glossary's word starts, a Han, kana, Hangul or
    /// Thai character next to a Latin name is a boundary (those scripts write no spaces).
    static func matches(_ term: NameTerm, in bytes: [UInt8], at i: Int) -> Bool {
        let t = term.bytes
        guard i + t.count <= bytes.count, bytes[i..<(i + t.count)].elementsEqual(t) else { return false }
        return !term.wordStart || (!isWordScalar(endingBefore: i, in: bytes) && !isWordScalar(startingAt: i + t.count, in: bytes))
    }

    private static func isWordScalar(endingBefore i: Int, in bytes: [UInt8]) -> Bool {
        guard i > 0 else { return false }
        var start = i - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return isWordScalar(startingAt: start, in: bytes)
    }

    private static func isWordScalar(startingAt i: Int, in bytes: [UInt8]) -> Bool {
        guard i < bytes.count else { return false }
        var end = i + 1
        while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
        guard let scalar = String(decoding: bytes[i..<end], as: UTF8.self).unicodeScalars.first else { return false }
        if scalar.isASCII { return scalar.properties.isAlphabetic || (scalar.value >= 0x30 && scalar.value <= 0x39) }
        return scalar.properties.isAlphabetic && !FactScanner.isIdeographicOrThai(scalar)
    }
}
