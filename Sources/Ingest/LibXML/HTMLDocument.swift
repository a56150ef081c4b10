internal import CLibXML2
import Foundation

/// A parsed HTML document. Owns the libxml2 tree and frees it; nodes handed out by `root` are valid only
/// while this object lives, so they never leave the Ingest module.
final class HTMLDocument {
    private let doc: htmlDocPtr

    /// Parses with libxml2's HTML parser in recovery mode: broken markup still yields a tree. NONET forbids
    /// any network access and the HTML parser never loads external entities.
    /// - Parameter encoding: an IANA name to force, or nil to let libxml2 honour the page's own declaration.
    init(data: Data, encoding: String?, url: String) throws(IngestFailure) {
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        let parsed: htmlDocPtr? = data.withUnsafeBytes { raw -> htmlDocPtr? in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
            if let encoding {
                // The caller sniffed the encoding; the page's own hint must not switch it mid-parse.
                return htmlReadMemory(base, Int32(raw.count), url, encoding, options | Int32(HTML_PARSE_IGNORE_ENC.rawValue))
            }
            return htmlReadMemory(base, Int32(raw.count), url, nil, options)
        }
        guard let parsed else { throw IngestFailure.unparsable("libxml2 could not build a document tree") }
        doc = parsed
    }

    deinit { xmlFreeDoc(doc) }

    var root: HTMLNode? {
        guard let node = xmlDocGetRootElement(doc) else { return nil }
        return HTMLNode(node)
    }
}
