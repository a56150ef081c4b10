internal import CCmarkGFM
import Foundation

/// GitHub-flavoured Markdown → HTML with cmark-gfm, so that Markdown then takes exactly the same libxml2
/// path as HTML pages and both formats give the same document model.
enum CommonMark {
    /// The GFM extensions a help centre's Markdown uses. Each must be attached to every parser: registering
    /// them (once per process, idempotent in cmark-gfm) is not enough.
    private static let extensionNames = ["table", "strikethrough", "autolink", "tasklist"]

    /// cmark-gfm is not re-entrant: a parser with extensions adds their characters to a table shared
    /// by the whole process when it reads inlines and takes them out when it finishes
    /// (`SPECIAL_CHARS` in inlines.c; github/cmark-gfm#176, still open), and registering the
    /// extensions is not thread-safe either. Two imports' parsers at once on two cores corrupted each
    /// other ("finalize: Assertion `b->flags & CMARK_NODE__OPEN' failed", the process aborted), so
    /// one conversion runs at a time; it is a small part of an import, whose HTML reading, analysis
    /// and writing stay parallel.
    private static let serial = NSLock()

    static func html(fromMarkdown markdown: String) -> String {
        serial.withLock { convert(markdown) }
    }

    private static func convert(_ markdown: String) -> String {
        cmark_gfm_core_extensions_ensure_registered()
        // Not CMARK_OPT_UNSAFE: raw HTML in Markdown is kept by cmark as a comment-free placeholder; help
        // centres do embed HTML (tables, <details>), so we allow it — libxml2 then sanitises structure.
        let options = CMARK_OPT_UNSAFE | CMARK_OPT_FOOTNOTES | CMARK_OPT_GITHUB_PRE_LANG
        guard let parser = cmark_parser_new(options) else { return "" }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        var utf8 = markdown
        utf8.withUTF8 { buf in
            buf.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        guard let document = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(document) }
        guard let rendered = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else {
            return ""
        }
        defer { free(rendered) }
        return CJKEmphasis.repaired(String(cString: rendered))
    }
}
