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
}
