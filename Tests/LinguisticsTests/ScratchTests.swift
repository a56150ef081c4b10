import Testing
@testable import Linguistics
@Test func scratch() {
    for t in ["geld terugstorten", "param ne zaman", "asdkjh qwe", "xkcd blorp fnord", "zxcv bnm", "hjkl", "ok", "lol", "hmm", "test", "hello", "hola", "merci"] {
        let r = LanguageIdentifier(threshold: 0).identify(t)
        print(t, r.language, r.candidates.prefix(3).map { "\($0.language):\(String(format: "%.2f", $0.score))" })
    }
}
