import Foundation
import Support

/// What tells a language's real words from slips: the engine repairs a slip only where a word list
/// says the word is not one ("schon" in Dutch, but not "writing" in English, which the store's own
/// examples lack). A small protocol so that the engine's core reads no files.
public protocol SpellingCheck: Sendable {
    /// Whether the language spells the word so; nil when there is no word list for the language.
    func isWord(_ word: String, language: String) -> Bool?
}

/// The Hunspell dictionaries installed on this machine, per language (`Resources/spelling/
/// dictionaries.tsv` names them), each loaded the first time its language is asked about (tens of
/// milliseconds; most runs need two or three languages).
public final class SpellingDictionaries: SpellingCheck, @unchecked Sendable {
    // @unchecked: `slots` is read and written only under `lock`.
    private let names: [String: [String]]
    private let folders: [URL]
    private let lock = NSLock()
    private var slots: [String: Slot] = [:]

    /// Where Debian installs Hunspell's dictionaries, after the folders of `KBKIT_DICTIONARY_PATH`
    /// (colon-separated), for a machine that keeps them elsewhere.
    public static let defaultFolders: [URL] = {
        let own = (ProcessInfo.processInfo.environment["KBKIT_DICTIONARY_PATH"] ?? "").split(separator: ":").map { URL(fileURLWithPath: String($0)) }
        return own + ["/usr/share/hunspell", "/usr/share/myspell/dicts", "/usr/share/myspell"].map { URL(fileURLWithPath: $0) }
    }()

    /// The machine's dictionaries, shared by every engine of the process.
    public static let installed = SpellingDictionaries(folders: defaultFolders)

    /// - Parameter names: language → dictionary names; by default the built-in table.
    public init(folders: [URL], names: [String: [String]] = SpellingDictionaries.builtinNames) {
        self.folders = folders
        self.names = names
    }

    public func isWord(_ word: String, language: String) -> Bool? {
        let list = dictionaries(language)
        guard !list.isEmpty else { return nil }
        return list.contains { $0.has(word) }
    }

    /// Whether any dictionary of the language is installed.
    public func has(language: String) -> Bool { !dictionaries(language).isEmpty }

    private func dictionaries(_ language: String) -> [SpellingDictionary] {
        lock.lock()
        let slot = slots[language] ?? Slot()
        slots[language] = slot
        lock.unlock()
        // Each language loads under its own lock: a message in another language does not wait for it.
        return slot.dictionaries { (names[language] ?? []).compactMap(open) }
    }

    /// The first folder that has the dictionary wins, as a PATH does. (A plain loop:
    /// `folders.lazy.compactMap { … }.first` opened the dictionary it found twice.)
    private func open(_ name: String) -> SpellingDictionary? {
        for folder in folders { if let dictionary = SpellingDictionary(folder: folder, name: name) { return dictionary } }
        return nil
    }

    /// One language's dictionaries, loaded once.
    private final class Slot: @unchecked Sendable {
        // @unchecked: `loaded` is read and written only under `lock`.
        private let lock = NSLock()
        private var loaded: [SpellingDictionary]?

        func dictionaries(_ load: () -> [SpellingDictionary]) -> [SpellingDictionary] {
            lock.lock()
            defer { lock.unlock() }
            if let loaded { return loaded }
            let found = load()
            loaded = found
            return found
        }
    }

    /// The built-in table: language → Hunspell dictionary names.
    public static let builtinNames: [String: [String]] = {
        var out: [String: [String]] = [:]
        for row in TabSeparated.rows(PackageResources.dictionaries_tsv) {
            // A defect of kbkit's own file; the tests read it.
            precondition(row.fields.count == 2 && !row.fields[1].isEmpty, "spelling/dictionaries.tsv:\(row.line): expected language<TAB>names")
            precondition(out[String(row.fields[0])] == nil, "spelling/dictionaries.tsv:\(row.line): \(row.fields[0]) is listed twice")
            out[String(row.fields[0])] = row.fields[1].split(separator: " ").map(String.init)
        }
        return out
    }()
}
