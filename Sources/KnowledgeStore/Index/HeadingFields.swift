import Linguistics

/// The headings field and the heading-path JSON of a document's chunks, made once per run of chunks
/// that share a heading path: a section cut into several chunks (and the FAQ pairs under one
/// heading) repeats its path in every chunk, and analysing and encoding it again for each was about
/// a twentieth of the index build's CPU. Both are functions of the path alone, so the chunk gets
/// the same text either way.
struct HeadingFields {
    private var path: [String]?
    private var field = ""
    private var json = ""

    /// The analysed headings field and the JSON of `path`.
    mutating func of(_ path: [String], analyzer: Analyzer, scratch: inout TermBuffer) -> (field: String, json: String) {
        if path != self.path {
            self.path = path
            field = IndexField.text(path.joined(separator: " "), analyzer: analyzer, scratch: &scratch)
            json = JSONArray.encode(path)
        }
        return (field, json)
    }
}
