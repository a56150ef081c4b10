import Foundation
import Ingest

enum Fixture {
    static func url(_ name: String) -> URL {
        Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures")!
    }

    static func extract(_ name: String) throws -> ExtractedDocument {
        try Extractor().extract(fileAt: url(name))
    }

    static func failure(_ name: String) -> IngestFailure? {
        do { _ = try Extractor().extract(fileAt: url(name)); return nil } catch { return error }
    }

    static func markdown(_ text: String) throws -> ExtractedDocument {
        try Extractor().extract(data: Data(text.utf8), format: .markdown, name: "inline.md")
    }

    static func html(_ text: String) throws -> ExtractedDocument {
        try Extractor().extract(data: Data(text.utf8), format: .html, name: "inline.html")
    }
}
