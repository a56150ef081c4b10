import Testing
@testable import AnswerEngine
import Linguistics

/// Slips read as the store's words, where the machine's Hunspell dictionaries (installed by
/// `make test`, Makefile `DICTIONARY_PACKAGES`) say a word is none of its language's.
struct SpellingRepairTests {
    let repair = SpellingRepair(words: [
        "nl": ["Hoe maak ik de BlendGo schoon?", "Kan de blender in de vaatwasser?", "Wat kost verzending naar België?"],
        "en": ["How long do I have to return the lantern?", "I'm still waiting for my refund", "Is the Trailglow waterproof?",
               "Does the PackScale show pounds?", "Can I change my address?"],
        "it": ["Quanto tempo per il rimborso?", "Quanto costa la spedizione?"],
        "ms": ["Berapa lama penghantaran?"],
    ], check: SpellingDictionaries.installed)

    @Test(arguments: [
        ("hoe maak je die schon, mag hij in de vaatwaser?", "nl", "hoe maak je die schoon, mag hij in de vaatwasser?"),
        ("how long do I have to retrun the lantren", "en", "how long do I have to return the lantern"),
        ("quanto tempo ci vuole per il rimborzo?", "it", "quanto tempo ci vuole per il rimborso?"),
        // A name keeps the store's own spelling; a sentence's first word keeps its capital.
        ("is the trailgow waterproof? Retrun it?", "en", "is the Trailglow waterproof? Return it?"),
    ])
    func slipsAreReadAsTheStoresWords(message: String, language: String, expected: String) {
        #expect(repair.repaired(message, language: language).text == expected)
    }

    @Test(arguments: [
        // A real word of the language, though the examples lack it and it is one slip from one they use.
        ("I'm writing about my order", "en"),
        // A real English word in another language's message.
        ("ik ben nog aan het waiting", "nl"),
        // A capitalised word inside a sentence is a name.
        ("Which MRT line goes to Changi Airport?", "en"),
        // Short words are one slip from too many others.
        ("hoe lang duurt het?", "nl"),
        // No word list for Malay on Debian: no slips are read.
        ("Berapa lama penghantarn?", "ms"),
    ])
    func wordsThatAreNoSlipsStayAsWritten(message: String, language: String) {
        #expect(repair.repaired(message, language: language).text == message)
    }

    @Test func theRepairsAreListedForTheTrace() {
        let read = repair.repaired("schon en vaatwaser", language: "nl").repairs
        #expect(read == [.init(written: "schon", read: "schoon"), .init(written: "vaatwaser", read: "vaatwasser")])
    }

    @Test func aSlipOneAwayFromTwoWordsUsedAsOftenIsLeft() {
        let tied = SpellingRepair(words: ["en": ["the parcel", "both parcels"]], check: SpellingDictionaries.installed)
        #expect(tied.repaired("where is my parcell", language: "en").repairs.isEmpty)
        let one = SpellingRepair(words: ["en": ["the parcel"]], check: SpellingDictionaries.installed)
        #expect(one.repaired("where is my parcell", language: "en").text == "where is my parcel")
    }
}
