import Testing
@testable import Evaluation

/// The small pure helpers every report relies on: escaping, number formats, colour bands, source ids.
struct ReportEscapeTests {
    @Test func markupEscapesScriptQuotesAndAmpersands() {
        #expect(RenderEscape.markup("<script>alert(\"x\") && 'y'</script>")
                == "&lt;script&gt;alert(&quot;x&quot;) &amp;&amp; &#39;y&#39;&lt;/script&gt;")
        #expect(RenderEscape.markup("AT&T &amp; co") == "AT&amp;T &amp;amp; co")  // already-escaped text is text too
    }

    @Test func markupKeepsNonLatinTextAndEmojiAsTheyAre() {
        let text = "ご注文MG10000005は発送済みです 🙂 สวัสดีค่ะ Xin chào 订单 ¥5,000"
        #expect(RenderEscape.markup(text) == text)
    }

    @Test func markupReplacesCharactersXMLForbids() {
        #expect(RenderEscape.markup("a\u{1}b\u{1B}c\u{FFFE}d") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d")
        #expect(RenderEscape.markup("line\nnext\ttab") == "line\nnext\ttab")
    }

    @Test func attributesKeepNewlinesAsReferences() {
        #expect(RenderEscape.attribute("one\ntwo \"3\"") == "one&#10;two &quot;3&quot;")
    }

    @Test func markdownEscapesTableBreakersAndMarkup() {
        #expect(RenderEscape.markdown("a|b\nc <b>x</b> *y* [z](u) ~5~9 `q` \\") ==
                "a\\|b<br>c &lt;b&gt;x&lt;/b&gt; \\*y\\* \\[z\\](u) \\~5\\~9 \\`q\\` \\\\")
        #expect(RenderEscape.markdown("返品は14日以内 🙂") == "返品は14日以内 🙂")
        #expect(RenderEscape.markdown("Windows\r\nline") == "Windows<br>line")
    }

    @Test func markdownCodeSpansSurviveBackticksAndPipes() {
        #expect(RenderEscape.markdownCode("returns-de-de-001") == "`returns-de-de-001`")
        #expect(RenderEscape.markdownCode("a`b") == "``a`b``")
        #expect(RenderEscape.markdownCode("`x`") == "`` `x` ``")
        #expect(RenderEscape.markdownCode("a|b\nc") == "`a\\|b c`")
    }

    @Test func htmlAnchorsAreSafeAndDistinct() {
        #expect(HTML.anchor("case", "returns-de-de-001") == "case-returns--de--de--001")
        #expect(HTML.anchor("case", "a b") != HTML.anchor("case", "a-b"))
        #expect(HTML.anchor("case", "\"><script>").allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) })
    }

    @Test func numbersHaveFixedFormats() {
        #expect(RenderNumber.percent(0.8734) == "87.3%")
        #expect(RenderNumber.percent(1) == "100.0%")
        #expect(RenderNumber.percent(0) == "0.0%")
        #expect(RenderNumber.percent(2.0 / 3.0) == "66.7%")
        #expect(RenderNumber.percent(nil) == "—")
        #expect(RenderNumber.percent(.nan) == "—")
        #expect(RenderNumber.score(0.88888) == "0.889")
        #expect(RenderNumber.milliseconds(12.3456) == "12.35 ms")
        #expect(RenderNumber.milliseconds(3) == "3.00 ms")
        #expect(RenderNumber.seconds(fromMilliseconds: 1234.6) == "1.235")
        #expect(RenderNumber.fixed(-0.0004, decimals: 3) == "0.000")
        #expect(RenderNumber.fixed(-1.25, decimals: 1) == "-1.3")  // half away from zero, exact in binary
        #expect(RenderNumber.fixed(1234567.891, decimals: 2) == "1234567.89")
        #expect(RenderNumber.delta("pass_rate", baseline: 0.9, current: 0.85) == "-5.0 pp")
        #expect(RenderNumber.delta("mrr", baseline: 0.5, current: 0.75) == "+0.250")
        #expect(RenderNumber.delta("latency_p50_ms", baseline: 2, current: 2) == "+0.00 ms")
        #expect(RenderNumber.delta("pass_rate", baseline: nil, current: 0.85) == nil)
    }

    @Test func retrievedChunksCountForTheirDocument() {
        #expect(CaseSides.documentID(of: "en/customs-duties#1") == "customs-duties")
        #expect(CaseSides.documentID(of: "returns-policy") == "returns-policy")
        #expect(CaseSides.documentID(of: "ja/manual-blendgo-350") == "manual-blendgo-350")
        #expect(CaseSides.rankedDocuments(["de/customs-duties#1", "de/customs-duties#2", "de/shipping#1", "de/faq#0"])
                == ["customs-duties", "shipping", "faq"])
    }

    @Test func bandsFollowTheDocumentedThresholds() {
        #expect(ScoreBand.of("pass_rate", 0.9) == .good)
        #expect(ScoreBand.of("pass_rate", 0.8999) == .fair)
        #expect(ScoreBand.of("pass_rate", 0.75) == .fair)
        #expect(ScoreBand.of("pass_rate", 0.7499) == .poor)
        #expect(ScoreBand.of("mrr", 0.95) == .good)
        #expect(ScoreBand.of("forbidden_rate", 0.02) == .good)
        #expect(ScoreBand.of("forbidden_rate", 0.03) == .fair)
        #expect(ScoreBand.of("forbidden_rate", 0.06) == .poor)
        #expect(ScoreBand.of("latency_p95_ms", 5000) == nil)
        #expect(ScoreBand.of("pass_rate", nil) == nil)
    }
}
