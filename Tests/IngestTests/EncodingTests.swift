import Foundation
import Testing
@testable import Ingest

/// Pages in legacy encodings decode to the right characters; an undeclared non-UTF-8 page is refused.
@Suite struct EncodingTests {
    @Test func shiftJIS() throws {
        let doc = try Fixture.extract("shift-jis.html")
        #expect(doc.title == "配送について")
        #expect(doc.language == "ja")
        #expect(doc.text.contains("5,000円以上のご注文で送料無料です。"))
        // Shift_JIS 0x8160 is 〜 in JIS and ～ in Windows-31J, which pages labelled Shift_JIS really use.
        #expect(doc.text.contains("5〜9営業日") || doc.text.contains("5～9営業日"))
        #expect(!doc.text.contains("トップ"))
    }

    @Test func windows1252() throws {
        let doc = try Fixture.extract("windows-1252.html")
        #expect(doc.text.contains("Aucune formalité douanière"))
        #expect(doc.text.contains("« Prix TTC » — œuvre, garçon, élève, à bientôt."))
    }

    @Test func gbkBig5AndEUCKR() throws {
        #expect(try Fixture.extract("gbk.html").text.contains("退货到达后7个工作日内退款到原支付方式。"))
        #expect(try Fixture.extract("big5.html").text.contains("您可以在收到商品後三十天內退貨。"))
        #expect(try Fixture.extract("euc-kr.html").text.contains("주문하신 상품은 영업일 기준 5일 이내에 도착합니다."))
    }

    @Test func aPageSavedAgainAsUTF8UnderItsOldCharsetIsReadAsUTF8() throws {
        let page = "<html lang=zh><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>"
            + "<body><main><p>退货到达后7个工作日内退款到原支付方式。</p></main></body></html>"
        let doc = try Fixture.html(page)
        #expect(doc.text == "退货到达后7个工作日内退款到原支付方式。")
        #expect(doc.warnings == [.declaredEncodingWrong(declared: "gb2312")])
        // The same declaration over real GB18030 bytes is honoured, without a warning (the fixture).
        #expect(try Fixture.extract("gbk.html").warnings.isEmpty)
        // ASCII-only bytes are the same in both: no warning.
        #expect(try Fixture.html("<html><head><meta charset=windows-1252></head><body><main><p>Plain text only, nothing else here.</p></main></body></html>").warnings.isEmpty)
    }

    @Test func undeclaredNonUTF8IsRefusedWithAReason() {
        guard case .undecodable(let why)? = Fixture.failure("undeclared-latin1.html") else {
            Issue.record("expected an undecodable failure"); return
        }
        #expect(why.contains("not UTF-8 and no encoding declared"))
    }

    @Test func binaryIsRefused() {
        #expect(Fixture.failure("binary.html") == .binary)
    }

    @Test func sniffsDeclaredCharsets() {
        #expect(EncodingSniffer.declaredCharset(in: Data(#"<html><head><meta charset="Shift_JIS">"#.utf8)) == "shift_jis")
        #expect(EncodingSniffer.declaredCharset(in: Data(#"<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">"#.utf8)) == "euc-kr")
        #expect(EncodingSniffer.declaredCharset(in: Data("<p>charset=utf-8 in prose</p>".utf8)) == nil)
        #expect(EncodingSniffer.canonicalName("gb2312") == "GB18030")
        #expect(EncodingSniffer.canonicalName("latin1") == "WINDOWS-1252")
    }

    @Test func markdownMustBeUTF8() {
        #expect(throws: IngestFailure.self) {
            try Extractor().extract(data: Data([0x23, 0x20, 0xFC, 0x62, 0x65, 0x72]), format: .markdown, name: "latin1.md")
        }
    }

    // MARK: an unknown or misspelt charset (issue 16.3)

    /// A fixture's bytes with its declared charset replaced by `label`.
    static func relabelled(_ name: String, _ declared: String, as label: String) throws -> Data {
        var bytes = [UInt8](try Data(contentsOf: Fixture.url(name)))
        let from = Array(declared.utf8), to = Array(label.utf8)
        guard let at = (0...(bytes.count - from.count)).first(where: { Array(bytes[$0..<$0 + from.count]) == from }) else {
            throw IngestFailure.unreadable("no \(declared) in \(name)")
        }
        bytes.replaceSubrange(at..<at + from.count, with: to)
        return Data(bytes)
    }

    @Test(arguments: [
        ("shift-jis.html", "Shift_JIS", "CP932", "5,000円以上のご注文で送料無料です。"),
        ("gbk.html", "gb2312", "GB18030", "退货到达后7个工作日内退款到原支付方式。"),
        ("big5.html", "big5", "BIG5-HKSCS", "您可以在收到商品後三十天內退貨。"),
        ("euc-kr.html", "euc-kr", "CP949", "주문하신 상품은 영업일 기준 5일 이내에 도착합니다."),
        ("windows-1252.html", "windows-1252", "WINDOWS-1252", "« Prix TTC » — œuvre, garçon, élève, à bientôt."),
    ])
    func unknownCharsetIsDetectedFromTheBytesWithAWarning(file: String, declared: String, chosen: String, text: String) throws {
        for label in ["shift-jiss", "x-klingon-9"] {
            let doc = try Extractor().extract(data: try Self.relabelled(file, declared, as: label), format: .html, name: file)
            #expect(doc.text.contains(text), "\(file) labelled \(label)")
            #expect(doc.warnings == [.encodingGuessed(declared: label, chosen: chosen)])
        }
    }

    @Test func unknownCharsetOnValidUTF8IsUTF8() throws {
        let doc = try Fixture.html("<meta charset=\"utf-9\"><p>Rücksendung innerhalb von 30 Tagen möglich.</p>")
        #expect(doc.text == "Rücksendung innerhalb von 30 Tagen möglich.")
        #expect(doc.warnings == [.encodingGuessed(declared: "utf-9", chosen: "UTF-8")])
    }

    @Test func unknownCharsetThatNothingDecodesIsRefusedWithTheReason() {
        // 0x81 0x20: undefined in windows-1252, a lead byte without a valid trail byte in every CJK encoding.
        let bytes = Data("<meta charset=\"x-klingon-9\"><p>".utf8) + Data([0x81, 0x20, 0x81, 0x20]) + Data("</p>".utf8)
        #expect(throws: IngestFailure.undecodable("unknown charset 'x-klingon-9' declared, and the bytes are valid in none of UTF-8, CP932, EUC-JP, CP949, GB18030, BIG5-HKSCS, WINDOWS-1252; declare the real encoding")) {
            try Extractor().extract(data: bytes, format: .html, name: "klingon.html")
        }
    }

    @Test func aKnownCharsetIsUsedAsDeclaredWithoutWarning() throws {
        let doc = try Fixture.extract("shift-jis.html")
        #expect(doc.warnings.isEmpty)
    }

    @Test func invalidBytesInTheDeclaredEncodingDoNotDropTheRestOfThePage() throws {
        // libxml2's own decoder stopped at 0xFF 0xFF and dropped everything after it, with exit code 0.
        var bytes = Data(#"<html><head><meta charset="shift_jis"></head><body><main><p>"#.utf8)
        bytes += "はじめの文です。".data(using: .shiftJIS)!
        bytes += Data([0xFF, 0xFF]) + Data("</p><p>After the bad bytes: more text.</p></main></body></html>".utf8)
        let doc = try Extractor().extract(data: bytes, format: .html, name: "bad.html")
        #expect(doc.text.contains("はじめの文です。"))
        #expect(doc.text.contains("After the bad bytes: more text."))
        #expect(doc.warnings == [.invalidBytes(encoding: "CP932", count: 2, firstOffset: 76)])
    }
}
