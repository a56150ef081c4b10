internal import CLibXML2
import Foundation

/// Which legacy encoding a page is in when its declared charset is one nobody knows (`shift-jiss`,
/// `x-klingon-9`). The page is decoded with each encoding kbkit supports; an encoding that meets an
/// invalid byte sequence is out; of the rest, the one whose text looks most like one language wins:
/// the most characters of that encoding's script, a bonus for the language's most frequent characters
/// (particles, pronouns: a wrong CJK decoding yields valid but rare ideographs), a penalty for
/// characters of other scripts, symbols and private-use code points.
enum EncodingGuess {
    struct Candidate {
        var name: String
        /// The script its text is written in, and the most frequent characters of its language.
        var script: Script
        var frequent: Set<Unicode.Scalar>
    }

    enum Script { case latin, japanese, korean, han }

    static let candidates: [Candidate] = [
        Candidate(name: "CP932", script: .japanese, frequent: scalars("のにはをたがでてとしいすまなるかれらご")),
        Candidate(name: "EUC-JP", script: .japanese, frequent: scalars("のにはをたがでてとしいすまなるかれらご")),
        Candidate(name: "CP949", script: .korean, frequent: scalars("이다는의에을를하니습고지가서으로도")),
        Candidate(name: "GB18030", script: .han, frequent: scalars("的是不了在有我您们这个后内货款到日")),
        Candidate(name: "BIG5-HKSCS", script: .han, frequent: scalars("的是不了在有我您們這個後內貨款到日")),
        Candidate(name: "WINDOWS-1252", script: .latin, frequent: []),
    ]

    /// The name of the best-fitting encoding, or nil when none decodes the bytes.
    static func guess(_ data: Data) -> String? {
        var best: (name: String, score: Int)?
        for candidate in candidates {
            // Control characters (C1 above all) are what an encoding makes of bytes it does not really
            // define: count them as invalid sequences.
            guard let text = Iconv.decode(data, from: candidate.name),
                  !text.unicodeScalars.contains(where: { ($0.value < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D].contains($0.value))
                                                          || (0x7F...0x9F).contains($0.value) || $0.value == 0xFFFD })
            else { continue }
            let s = score(text, candidate)
            if best == nil || s > best!.score { best = (candidate.name, s) }
        }
        return best?.name
    }

    static func score(_ text: String, _ candidate: Candidate) -> Int {
        var expected = 0, frequent = 0, other = 0
        for u in text.unicodeScalars where u.value >= 0x80 {
            if candidate.frequent.contains(u) { frequent += 1 }
            if fits(u, candidate.script) { expected += 1 } else if !isNeutral(u) { other += 1 }
        }
        return expected + 4 * frequent - 2 * other
    }

    private static func fits(_ u: Unicode.Scalar, _ script: Script) -> Bool {
        let v = u.value
        let han = (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v)
        switch script {
        case .latin: return u.properties.isAlphabetic && v < 0x250
        case .japanese: return han || (0x3040...0x30FF).contains(v) || (0x3000...0x303F).contains(v) || (0xFF01...0xFF5E).contains(v)
        case .korean: return (0xAC00...0xD7A3).contains(v) || (0x3130...0x318F).contains(v) || han || (0x3000...0x303F).contains(v)
        case .han: return han || (0x3000...0x303F).contains(v) || (0xFF01...0xFF5E).contains(v)
        }
    }

    /// Punctuation every script's pages use (no-break space, dashes, quotes, €, …).
    private static func isNeutral(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        return v == 0xA0 || (0x2010...0x2027).contains(v) || v == 0x20AC || v == 0xAB || v == 0xBB || v == 0xB7
    }

    private static func scalars(_ s: String) -> Set<Unicode.Scalar> { Set(s.unicodeScalars) }
}

/// glibc's iconv, for one whole buffer: whether an encoding name is known, whether bytes are valid in
/// it, and the decoding of every non-UTF-8 page (libxml2 then parses UTF-8 only: its own decoder stops
/// at the first invalid byte and drops the rest of the page).
enum Iconv {
    /// Whether iconv can decode `name`.
    static func knows(_ name: String) -> Bool {
        let cd = iconv_open("UTF-8", name)
        if cd == iconv_t(bitPattern: -1) { return false }
        iconv_close(cd)
        return true
    }

    /// The bytes decoded to a String, or nil when the encoding is unknown or meets an invalid or
    /// incomplete sequence.
    static func decode(_ data: Data, from name: String) -> String? {
        let cd = iconv_open("UTF-8", name)
        if cd == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(cd) }
        var input = [UInt8](data)
        var output = [UInt8](repeating: 0, count: data.count * 4 + 16)
        let ok = input.withUnsafeMutableBufferPointer { inBuf -> Int? in
            output.withUnsafeMutableBufferPointer { outBuf -> Int? in
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count
                var outLeft = outBuf.count
                if inLeft == 0 { return 0 }
                if iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) == -1 || inLeft != 0 { return nil }
                return outBuf.count - outLeft
            }
        }
        guard let written = ok else { return nil }
        return String(decoding: output[..<written], as: UTF8.self)
    }

    /// The bytes decoded to UTF-8, every invalid or incomplete sequence replaced by U+FFFD (one byte
    /// skipped per replacement), with how many there were and where the first was. nil when the
    /// encoding is unknown.
    static func decodeReplacingInvalid(_ data: Data, from name: String) -> (utf8: [UInt8], invalid: Int, firstInvalid: Int?)? {
        let cd = iconv_open("UTF-8", name)
        if cd == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(cd) }
        var input = [UInt8](data)
        var out: [UInt8] = []
        out.reserveCapacity(data.count * 2)
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var invalid = 0
        var firstInvalid: Int?
        input.withUnsafeMutableBufferPointer { inBuf in
            guard let inBase = inBuf.baseAddress else { return }
            var consumed = 0
            while consumed < inBuf.count {
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBase + consumed).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count - consumed
                let (result, code, produced) = chunk.withUnsafeMutableBufferPointer { outBuf -> (Int, Int32, Int) in
                    var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                    var outLeft = outBuf.count
                    let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                    return (r, errno, outBuf.count - outLeft)
                }
                out.append(contentsOf: chunk[..<produced])
                consumed = inBuf.count - inLeft
                if result != -1 { break }
                if code == E2BIG { continue }
                // EILSEQ or EINVAL: one byte that is no character here.
                invalid += 1
                if firstInvalid == nil { firstInvalid = consumed }
                out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                consumed += 1
                iconv(cd, nil, nil, nil, nil)  // reset the shift state
            }
        }
        return (out, invalid, firstInvalid)
    }
}
