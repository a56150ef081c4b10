import Foundation
import Testing
@testable import Linguistics

/// The machine's Hunspell dictionaries (Debian's hunspell-* packages, which `make test` installs).
struct SpellingDictionariesTests {
    let dictionaries = SpellingDictionaries.installed

    @Test(arguments: [
        ("writing", "en", true), ("retrun", "en", false),
        // Inflections and compounds, from the affix rules.
        ("aufgeladen", "de", true), ("Akkuladung", "de", true), ("Rükerstattung", "de", false),
        ("vaatwasser", "nl", true), ("vaatwaser", "nl", false),
        // Dictionaries written in ISO 8859-2 (Polish) and ISO 8859-1 (Indonesian, Tagalog).
        ("zamówienie", "pl", true), ("zamowienie", "pl", false),
        ("pengiriman", "id", true), ("pengirman", "id", false),
        ("bayad", "fil", true),
    ])
    func wordsAreToldFromSlips(word: String, language: String, isWord: Bool) {
        #expect(dictionaries.isWord(word, language: language) == isWord)
    }

    @Test func aLanguageWithoutADictionaryIsUnknown() {
        #expect(dictionaries.isWord("penghantaran", language: "ms") == nil)
        #expect(!dictionaries.has(language: "ms"))
        #expect(dictionaries.has(language: "nl"))
    }

    @Test func aFolderWithoutTheFilesGivesNone() {
        let empty = SpellingDictionaries(folders: [URL(fileURLWithPath: "/nonexistent")])
        #expect(empty.isWord("writing", language: "en") == nil)
    }

    @Test func theBuiltInTableNamesTheKBLanguages() {
        #expect(SpellingDictionaries.builtinNames["en"] == ["en_US", "en_GB"])
        #expect(SpellingDictionaries.builtinNames["ms"] == nil)
    }
}
