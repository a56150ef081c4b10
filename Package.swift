// swift-tools-version:6.1
import PackageDescription

// Modules follow the pipeline of DESIGN.md; each imports only modules above it (checked by
// scripts/check-module-imports.sh, which `make test` runs):
// Support → HTTPClient → Linguistics → Workspace → Ingest → KnowledgeStore → Orders → AnswerEngine → Evaluation → kbkit.
// Every C library sits behind its own small target; no C type leaves the Swift wrapper that owns it.

// Built-in data files (docs/RESOURCES.md), embedded in the binary one by one; each list matches a
// table in the module's Swift (StopWords.files, EmotionLexicon.files, BuiltInExampleSets.files).
let stopWordLanguages = ["ar", "cs", "de", "en", "es", "fil", "fr", "hi", "id", "it", "ja", "ko",
                         "ms", "nl", "pl", "pt", "ro", "ru", "sv", "th", "tr", "uk", "vi", "zh"]
let emotionLanguages = ["da", "de", "en", "es", "fi", "fil", "fr", "id", "it", "ja", "ko", "ms", "nb", "nl", "pl", "pt", "sv", "th",
                         "vi", "zh"]
let exampleLanguages = ["ar", "cs", "hi", "ko", "pt", "ro", "ru", "sv", "tr", "uk"]
let langIDFiles = ["ar", "cs", "da", "de", "en", "es", "fi", "fil", "fr", "han", "hi", "id", "it", "ja", "letters", "ms", "nb", "nl",
                   "pl", "pt", "ro", "ru", "sv", "tr", "uk", "vi"]
let phraseLanguages = ["en", "de", "fr", "es", "it", "nl", "pl", "ja", "th", "vi", "id", "ms", "fil", "zh"]

let package = Package(
    name: "kbkit",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kbkit", targets: ["kbkit"]),
        .executable(name: "kbkit-bench", targets: ["kbkit-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // C libraries (Debian packages; see the Makefile's `deps`).
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CCmarkGFM", providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),
        .systemLibrary(name: "CHunspell", pkgConfig: "hunspell", providers: [.apt(["libhunspell-dev"])]),
        // ICU and CLD2 need shims: see the comments in their sources.
        .target(name: "CICU", linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n"), .linkedLibrary("icudata")]),
        .target(name: "CCLD2", linkerSettings: [.linkedLibrary("cld2"), .linkedLibrary("stdc++")]),
        // BM25 with the document frequencies given by the searcher (see its header: why not FTS5's bm25()).
        .target(name: "CFTS5Rank", linkerSettings: [.linkedLibrary("sqlite3")]),
        // libcurl's easy interface, loaded with dlopen (see its header: why not URLSession, why no headers).
        .target(name: "CCurl"),

        // Helpers several modules share (parallel result slots, language tags).
        .target(name: "Support"),
        // One blocking HTTP exchange that waits without spinning: the ERP connector's and the generator's.
        .target(name: "HTTPClient", dependencies: ["CCurl"]),
        // A stand-in HTTP server on 127.0.0.1 (the ERP, the model server) for tests and the benchmark of
        // waiting for a slow server; no kbkit command uses it.
        .target(name: "LoopbackHTTPServer"),
        // Stop words and language-ID word lists and letter cues (docs/RESOURCES.md), one entry per file.
        .target(name: "Linguistics", dependencies: ["Support", "CICU", "CCLD2", "CStemmer", "CHunspell"],
                resources: stopWordLanguages.map { .embedInCode("Resources/stopwords/stopwords_\($0).txt") }
                    + langIDFiles.map { .embedInCode("Resources/langid/langid-\($0).tsv") }
                    + [.embedInCode("Resources/spelling/dictionaries.tsv"), .embedInCode("Resources/sentences/space-joiners.tsv")]
                    // Large tables are read at run time from the resource bundle (Support/BundledResource.swift):
                    // as embedded byte arrays they took minutes to compile.
                    + [.copy("Resources/langid/langid-ngrams.bin")]),
        .target(name: "Workspace", dependencies: ["Support", "Yams"], resources: [.embedInCode("Resources/starter-workspace.txt")]),
        .target(name: "Ingest", dependencies: ["CLibXML2", "CCmarkGFM", "Yams", "Support", "Linguistics", "Workspace"],
                resources: [.embedInCode("Resources/page-evidence.tsv")]),
        .target(name: "KnowledgeStore", dependencies: [
            "Support", "Ingest", "CFTS5Rank", "Workspace", "Linguistics", .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
        ]),
        // The ERP: order records, the embedded SQLite ERP of kb/erp, the HTTP connector.
        .target(name: "Orders", dependencies: ["Support", "HTTPClient", "Workspace", .product(name: "GRDB", package: "GRDB.swift"),
                                              .product(name: "GRDBSQLite", package: "GRDB.swift")]),
        .target(name: "AnswerEngine", dependencies: ["Support", "HTTPClient", "Linguistics", "Workspace", "KnowledgeStore", "Orders"],
                resources: [.embedInCode("Resources/carriers.tsv"), .embedInCode("Resources/payment-methods.tsv"),
                            .embedInCode("Resources/guardrails/role-text.tsv"),
                            .embedInCode("Resources/request-joiners.tsv"), .embedInCode("Resources/question-cues.tsv"),
                            .embedInCode("Resources/clause-subordinators.tsv"), .embedInCode("Resources/chat-shorthand.tsv"),
                            .embedInCode("Resources/mail-footers.tsv"), .embedInCode("Resources/mark-words.tsv"),
                            .embedInCode("Resources/emotion/not-shouting.txt")]
                    // How answers read: table column lexicon, navigation sentences (docs/RESOURCES.md, "Reading").
                    + [.embedInCode("Resources/reading/columns.tsv"), .embedInCode("Resources/reading/navigation.tsv"),
                       .embedInCode("Resources/reading/market-aliases.tsv"), .embedInCode("Resources/reading/closed-endings.tsv"),
                       .embedInCode("Resources/reading/predicate-endings.tsv"),
                       .embedInCode("Resources/reading/yes-no.tsv"), .embedInCode("Resources/reading/amount-bounds.tsv"),
                       .embedInCode("Resources/reading/rule-words.tsv"),
                       .embedInCode("Resources/reading/range-words.tsv")]
                    // One file per language: Resources/phrases/<lang>.yaml (docs/RESOURCES.md, "Phrases").
                    + phraseLanguages.map { .embedInCode("Resources/phrases/\($0).yaml") }
                    + emotionLanguages.map { .embedInCode("Resources/emotion/emotion_\($0).tsv") }
                    + exampleLanguages.map { .embedInCode("Resources/examples/examples_\($0).tsv") }),
        .target(name: "Evaluation", dependencies: ["Support", "HTTPClient", "AnswerEngine", "Orders", "Workspace", "Linguistics"]),
        // `kbkit lint`: checks of the knowledge base itself; its words are data (Resources/, docs/RESOURCES.md, "Lint").
        .target(name: "Lint", dependencies: ["Support", "Linguistics", "Workspace", "KnowledgeStore", "Evaluation"],
                resources: [.embedInCode("Resources/fact-units.tsv"), .embedInCode("Resources/fact-currencies.tsv"),
                            .embedInCode("Resources/number-words.tsv"), .embedInCode("Resources/fact-ignore.tsv"),
                            .embedInCode("Resources/register.tsv"), .embedInCode("Resources/language-neighbours.tsv"),
                            .embedInCode("Resources/month-names.tsv"), .embedInCode("Resources/date-markers.tsv")]),
        .executableTarget(name: "kbkit", dependencies: [
            "Support", "Ingest", "Workspace", "KnowledgeStore", "Linguistics", "Orders", "AnswerEngine", "Evaluation", "Lint",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "kbkit-bench", dependencies: ["Support", "Ingest", "Workspace", "KnowledgeStore", "Linguistics", "Orders",
                                                              "AnswerEngine", "Evaluation", "Lint", "HTTPClient", "LoopbackHTTPServer"]),

        .testTarget(name: "LinguisticsTests", dependencies: ["Linguistics", "Support"]),
        .testTarget(name: "IngestTests", dependencies: ["Ingest"], resources: [.copy("Fixtures")]),
        .testTarget(name: "WorkspaceTests", dependencies: ["Workspace", "Support"]),
        .testTarget(name: "KnowledgeStoreTests", dependencies: ["KnowledgeStore", "Ingest"]),
        .testTarget(name: "SampleWorkspaceTests", dependencies: ["Workspace", "KnowledgeStore", "Orders"]),
        .testTarget(name: "AnswerEngineTests", dependencies: ["AnswerEngine", "Orders", "Workspace", "KnowledgeStore", "Linguistics",
                                                           "LoopbackHTTPServer"]),
        .testTarget(name: "EvaluationTests", dependencies: ["Evaluation", "AnswerEngine", "Orders", "Workspace", "KnowledgeStore",
                                                          "HTTPClient", "LoopbackHTTPServer"]),
        .testTarget(name: "CLITests", dependencies: ["kbkit", "KnowledgeStore"]),
        .testTarget(name: "LintTests", dependencies: ["Lint", "Workspace", "KnowledgeStore"]),
    ],
    swiftLanguageModes: [.v6]
)

// `make fuzz` only (KBKIT_FUZZ=1, built with -sanitize=fuzzer,address): libFuzzer targets for every parser
// of outside input. Left out of every other build: it has no `main` of its own (libFuzzer's is linked).
if Context.environment["KBKIT_FUZZ"] == "1" {
    package.products.append(.executable(name: "kbkit-fuzz", targets: ["kbkit-fuzz"]))
    package.targets.append(.executableTarget(name: "kbkit-fuzz", dependencies: ["Ingest", "Orders", "Workspace"],
                                             swiftSettings: [.unsafeFlags(["-parse-as-library"])]))
}
