/// Per-code-unit facts the tokenizer needs in its inner loop, computed once from ICU's character
/// properties into flat arrays. Looking a class up in a 64 K array is what lets the analyzer walk
/// UTF-16 buffers at tens of MB/s instead of asking ICU (or Swift's Unicode tables) per character.
final class CharTable: @unchecked Sendable {
    // @unchecked: the tables are written once in init and only read afterwards; they live as long
    // as the process (a singleton), so the raw pointer handed to hot loops never dangles.
    static let shared = CharTable()

    /// How the tokenizer treats a character.
    enum Class: UInt8 {
        case separator = 0  // spaces, punctuation, symbols, emoji, apostrophes
        case word           // letters, digits and marks of space-separated scripts
        case complex        // Thai, Lao, Khmer, Myanmar: words are found by ICU's dictionaries
        case han            // ideographs
        case hiragana
        case katakana       // including the long-vowel mark ー
        case hangul
    }

    private let classes: [UInt8]       // Class raw values, for U+0000...U+FFFF
    /// `classes` as a raw pointer for inner loops (valid for the life of the process).
    let classPointer: UnsafePointer<UInt8>
    private let scripts: [UInt8]       // 0 = none, else Script index + 1 (letters only)
    private static let allScripts = Script.allCases

    private init() {
        var classes = [UInt8](repeating: 0, count: 0x10000)
        var scripts = [UInt8](repeating: 0, count: 0x10000)
        for c in 0..<0x10000 {
            if c >= 0xD800 && c <= 0xDFFF { continue }    // surrogates: handled by the caller
            let cls = Self.classify(UInt32(c))
            classes[c] = cls.rawValue
            if let s = Self.letterScriptSlow(UInt32(c)) {
                scripts[c] = UInt8(Self.allScripts.firstIndex(of: s)! + 1)
            }
        }
        self.classes = classes
        self.scripts = scripts
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: classes.count)
        p.initialize(from: classes, count: classes.count)
        classPointer = UnsafePointer(p)
    }

    @inline(__always) func classOf(unit: UInt16) -> Class {
        Class(rawValue: classes.withUnsafeBufferPointer { $0[Int(unit)] })!
    }

    @inline(__always) func rawClass(_ unit: UInt16) -> UInt8 {
        classes.withUnsafeBufferPointer { $0[Int(unit)] }
    }

    /// The class of any code point, including those beyond the BMP.
    func classOf(scalar c: UInt32) -> Class {
        if c < 0x10000 { return Class(rawValue: classes[Int(c)])! }
        return Self.classify(c)
    }

    func letterScript(_ c: UInt32) -> Script? {
        if c < 0x10000 {
            let s = scripts[Int(c)]
            return s == 0 ? nil : Self.allScripts[Int(s) - 1]
        }
        return Self.letterScriptSlow(c)
    }

    private static func letterScriptSlow(_ c: UInt32) -> Script? {
        let cat = ICU.category(c)
        // UCharCategory 1...5 are the letter categories (Lu, Ll, Lt, Lm, Lo).
        guard cat >= 1 && cat <= 5 else { return nil }
        return Script(icuCode: ICU.script(c))
    }

    static func classify(_ c: UInt32) -> Class {
        if c == 0x30FC || c == 0xFF70 { return .katakana }      // ー is "Common" to ICU
        if c == 0x3005 || c == 0x3007 { return .han }           // 々 〇
        let alnum = ICU.isAlnum(c)
        let mark = ICU.isMark(c)
        guard alnum || mark else { return .separator }
        switch ICU.script(c) {
        case 38, 24, 23, 28: return .complex                     // Thai, Lao, Khmer, Myanmar
        case 17: return .han
        case 20: return .hiragana
        case 22, 54: return .katakana
        case 18: return .hangul
        default: return .word
        }
    }
}
