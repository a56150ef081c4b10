import Linguistics

/// One analysed field as the FTS5 `ascii` tokenizer reads it: the terms of a `TermBuffer`, each
/// spelled as `IndexTerms.term` spells it, separated by spaces, built byte by byte into one string.
///
/// Why bytes: a `String` per term, then an array of them and a join, cost more than the analysis
/// they carried. The result is the same text `IndexTerms.term` gives term by term (the tests
/// compare both on every kind of script): ASCII letters lower-cased, ASCII digits kept, other ASCII
/// bytes `_`, every other character kept as it is — `term` also lower-cases those, which changes
/// nothing for a character that `changesWhenLowercased` does not flag (checked for every scalar by a
/// test). A term with a flagged character (Cherokee, a capital the analysis left) or one beyond
/// the BMP takes `term` itself.
struct IndexField {
    private var bytes: [UInt8] = []

    /// The field of `text` analysed by `analyzer`; `scratch` is reused between calls.
    static func text(_ text: String, analyzer: Analyzer, scratch: inout TermBuffer) -> String {
        scratch.removeAll()
        analyzer.terms(text, into: &scratch)
        return spell(scratch)
    }

    /// The terms of `terms`, each spelled as `IndexTerms.term` spells it, joined by spaces.
    static func spell(_ terms: TermBuffer) -> String {
        var field = IndexField()
        field.bytes.reserveCapacity(terms.bytes.count + terms.count)
        terms.bytes.withUnsafeBufferPointer { all in
            for i in 0..<terms.count {
                if i > 0 { field.bytes.append(0x20) }
                field.append(UnsafeBufferPointer(rebasing: all[terms.range(i)]))
            }
        }
        return String(decoding: field.bytes, as: UTF8.self)
    }

    private mutating func append(_ term: UnsafeBufferPointer<UInt8>) {
        if term.allSatisfy({ (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }) {
            bytes.append(contentsOf: term)
            return
        }
        guard Self.lowercaseStable(term) else {
            bytes.append(contentsOf: IndexTerms.term(String(decoding: term, as: UTF8.self)).utf8)
            return
        }
        for b in term {
            switch b {
            case 0x61...0x7A, 0x30...0x39, 0x80...: bytes.append(b)
            case 0x41...0x5A: bytes.append(b + 0x20)
            default: bytes.append(0x5F)   // "_"
            }
        }
    }

    /// No non-ASCII character of the term changes when lower-cased (and none lies beyond the BMP).
    private static func lowercaseStable(_ term: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < term.count {
            let b = term[i]
            if b < 0x80 { i += 1; continue }
            let scalar: Int
            if b & 0xE0 == 0xC0, i + 1 < term.count {
                scalar = Int(b & 0x1F) << 6 | Int(term[i + 1] & 0x3F)
                i += 2
            } else if b & 0xF0 == 0xE0, i + 2 < term.count {
                scalar = Int(b & 0x0F) << 12 | Int(term[i + 1] & 0x3F) << 6 | Int(term[i + 2] & 0x3F)
                i += 3
            } else {
                return false
            }
            if changesWhenLowercased[scalar] { return false }
        }
        return true
    }

    /// Per BMP code point: Unicode's Changes_When_Lowercased (2.6 ms to build, once per process).
    private static let changesWhenLowercased: [Bool] = (0..<0x10000).map { v in
        Unicode.Scalar(UInt32(v))?.properties.changesWhenLowercased ?? true
    }
}
