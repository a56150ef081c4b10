internal import CHunspell
import Foundation

/// One Hunspell dictionary (`<name>.aff` and `<name>.dic`): whether a word is spelt as the language
/// spells it, with its inflections and compounds ("Akkuladung", "aufgeladen"). Hunspell keeps
/// per-call state in its handle, so calls are serialised; a check takes microseconds.
final class SpellingDictionary: @unchecked Sendable {
    // @unchecked: `handle` is used only under `lock`.
    private let handle: OpaquePointer
    private let lock = NSLock()
    /// The encoding the dictionary's words are written in (its .aff file's SET): Hunspell compares
    /// bytes, so a word is converted to it first.
    private let encoding: String.Encoding

    let name: String

    /// Nil when either file is missing or the dictionary's encoding is one this wrapper cannot write.
    init?(folder: URL, name: String) {
        let aff = folder.appendingPathComponent(name + ".aff").path, dic = folder.appendingPathComponent(name + ".dic").path
        guard FileManager.default.isReadableFile(atPath: aff), FileManager.default.isReadableFile(atPath: dic),
              let handle = Hunspell_create(aff, dic) else { return nil }
        guard let encoding = Self.encoding(String(cString: Hunspell_get_dic_encoding(handle))) else {
            Hunspell_destroy(handle)
            return nil
        }
        self.handle = handle
        self.encoding = encoding
        self.name = name
    }

    deinit { Hunspell_destroy(handle) }

    /// Whether the dictionary has the word (as written, or capitalised as a sentence's first word:
    /// Hunspell reads the case). A word its encoding cannot write is not one of its words.
    func has(_ word: String) -> Bool {
        guard var bytes = word.data(using: encoding) else { return false }
        bytes.append(0)
        return bytes.withUnsafeBytes { raw in
            lock.lock()
            defer { lock.unlock() }
            return Hunspell_spell(handle, raw.baseAddress!.assumingMemoryBound(to: CChar.self)) != 0
        }
    }

    /// The encodings Debian's dictionaries use (UTF-8 and the ISO 8859 sets of Polish, Indonesian
    /// and Tagalog among them).
    private static func encoding(_ set: String) -> String.Encoding? {
        switch set.uppercased().replacingOccurrences(of: "_", with: "-") {
        case "UTF-8", "UTF8": .utf8
        case "ISO8859-1", "ISO-8859-1": .isoLatin1
        case "ISO8859-2", "ISO-8859-2": .isoLatin2
        case "CP1250", "WINDOWS-1250": .windowsCP1250
        case "CP1252", "WINDOWS-1252": .windowsCP1252
        default: nil
        }
    }
}
