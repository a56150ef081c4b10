import Foundation
import Testing
@testable import Linguistics

/// The character n-gram model (Resources/langid/langid-ngrams.bin) on words that are in no word
/// list, and the identifier naming a short line that word lists and CLD2 alone left "und".
@Suite struct CharacterNGramsTests {
    let model = CharacterNGrams.shared!
    let latinCore: Set<String> = ["en", "de", "fr", "es", "it", "nl", "pl", "pt", "vi", "id", "ms", "fil", "tr", "sv", "cs", "ro"]

    private func best(_ word: String, among languages: Set<String>) -> String? {
        model.logLikelihoods(word.lowercased()) { languages.contains($0) }.perLanguage
            .max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
    }

    @Test(arguments: [("ongelooflijk", "nl"), ("acquisizione", "it"), ("desenvolvimento", "pt"),
                      ("Schmetterling", "de"), ("wiewiórka", "pl"), ("bezpečnost", "cs"),
                      ("ağaçlandırma", "tr"), ("förhoppningsvis", "sv"), ("chaleureusement", "fr")])
    func aWordInNoListIsPlacedByItsLetters(_ word: String, _ language: String) {
        #expect(best(word, among: latinCore) == language)
    }

    /// The hash table finds every key of the file with the entry the binary search finds, and
    /// nothing for keys the file lacks (neighbours of its keys, letters it does not hold, zero).
    @Test func theSlotsAnswerAsTheBinarySearch() {
        let keys = model.fileKeys
        #expect(keys.count > 100_000)
        var mismatches = 0
        for key in keys where model.entryBySlots(key) != model.entryBySearch(key) || model.entryBySlots(key) == nil { mismatches += 1 }
        #expect(mismatches == 0)
        let known = Set(keys)
        let absent = keys.prefix(20_000).flatMap { [$0 &+ 1, $0 &- 1, $0 << 16 | 0x7A] }.filter { !known.contains($0) } + [0, 0xFFFF_FFFF_FFFF_FFFF]
        #expect(absent.count > 10_000)
        for key in absent where model.entryBySlots(key) != nil || model.entryBySearch(key) != nil { mismatches += 1 }
        #expect(mismatches == 0)
    }

    @Test func everyShippedLanguageIsRead() {
        #expect(Set(model.languages) == latinCore.union(["ru", "uk", "nb", "da", "fi", "ca"]))
    }

    @Test func onlyTheAdmittedLanguagesAreScored() {
        let scores = model.logLikelihoods("привітання") { $0 == "ru" || $0 == "uk" }.perLanguage
        #expect(Set(scores.keys) == ["ru", "uk"])
        #expect(scores["uk"]! > scores["ru"]!)        // "і" is Ukrainian, not Russian
        #expect(model.logLikelihoods("1234 !!") { _ in true }.perLanguage.isEmpty)
    }

    @Test func opposedLanguagesStayOutUnlessAMarketListsThem() {
        // Danish is opt-in: without a Danish market its n-grams do not pull a Swedish line away.
        let identifier = LanguageIdentifier()
        #expect(!identifier.identify("förhoppningsvis snart").candidates.contains { $0.language == "da" })
    }

    /// The plausibility gate: a keyboard mash's likeliest language still explains its letters
    /// badly, real words of any modelled language well.
    @Test(arguments: ["asdkjh qwe", "zxcv bnm", "qwrtz"])   // "xkcd blorp fnord" (3.99, pronounceable) is left "und" by the rest of the evidence
    func aKeyboardMashIsImplausibleEverywhere(_ text: String) {
        let cost = model.logLikelihoods(text) { latinCore.contains($0) }.bestMeanCost
        #expect(cost! > Evidence.ngramPlausibleCost, "\(cost!)")
    }

    @Test(arguments: ["ongelooflijk mooi", "obrigado pela ajuda", "gdzie jest paczka", "terima kasih banyak", "wo bleibt mein paket"])
    func realWordsArePlausible(_ text: String) {
        let cost = model.logLikelihoods(text) { latinCore.contains($0) }.bestMeanCost
        #expect(cost! < Evidence.ngramPlausibleCost, "\(cost!)")
    }

    private func key(_ s: String) -> UInt64? { CharacterNGrams.key(Array(s.unicodeScalars)[...]) }

    /// Version 2 holds five-grams under a hashed key: the value is pinned here as
    /// scripts/langid-ngrams.py computes it, so the two stay one function.
    @Test func fiveGramsAreKeyedAsTheScriptKeysThem() {
        #expect(model.longestOrder == 5)
        #expect(key("ção") == 0x00E7_00E3_006F)
        #expect(key("ation") == 0xEC11_ED63_27BB_4677)
        #expect(model.entryBySlots(key("ation")!) != nil)
        #expect(model.entryBySlots(key("qxzvw")!) == nil)
        #expect(key("a読") == nil)         // U+8AAD, from U+8000 up: no model n-gram holds it
        #expect(key("abcdef") == nil)
    }

    /// Malay and Indonesian spell many loanwords apart; at version 1's quarter nats the letters of
    /// most other words scored alike in both and the lean between them was a coin toss.
    @Test(arguments: [("kualiti", "ms"), ("kualitas", "id"), ("universiti", "ms"), ("universitas", "id"),
                      ("kerajaan", "ms"), ("pemerintah", "id")])
    func malayAndIndonesianSpellingsLeanTheirWay(_ word: String, _ language: String) {
        #expect(best(word, among: ["id", "ms"]) == language)
    }

    @Test func aDamagedTableIsRefused() {
        #expect(throws: CharacterNGrams.FormatError.self) { try CharacterNGrams(data: Data("KBNG".utf8)) }
        var header = Data("KBNG".utf8)
        for v: UInt32 in [1, 2, 1000, 8, 5] { withUnsafeBytes(of: v.littleEndian) { header.append(contentsOf: $0) } }
        #expect(throws: CharacterNGrams.FormatError.self) { try CharacterNGrams(data: header) }   // version 1
        header.replaceSubrange(4..<8, with: [2, 0, 0, 0])
        #expect(throws: CharacterNGrams.FormatError.self) { try CharacterNGrams(data: header) }
    }
}
