extension PhraseTables {
    /// The other languages' tables (one file each: PhrasesGerman.swift, …), registered here.
    static let others: [String: Phrases] = [
        "de": german, "fr": french, "es": spanish, "it": italian, "nl": dutch, "pl": polish, "ja": japanese,
        "th": thai, "vi": vietnamese, "id": indonesian, "ms": malay, "fil": filipino, "zh": chinese,
    ]
}
