// swift-tools-version:6.1
import PackageDescription

// Modules follow the pipeline of DESIGN.md; each imports only modules above it:
// Linguistics → Ingest → Workspace → KnowledgeStore → (AnswerEngine → Evaluation) → kbkit.
// Every C library sits behind its own small target; no C type leaves the Swift wrapper that owns it.
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
        // ICU and CLD2 need shims: see the comments in their sources.
        .target(name: "CICU", linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n"), .linkedLibrary("icudata")]),
        .target(name: "CCLD2", linkerSettings: [.linkedLibrary("cld2"), .linkedLibrary("stdc++")]),

        // Language-ID word lists and letter cues (schema: docs/RESOURCES.md), one entry per file.
        .target(name: "Linguistics", dependencies: ["CICU", "CCLD2", "CStemmer"], resources: [
            .embedInCode("Resources/langid/langid-ar.tsv"),
            .embedInCode("Resources/langid/langid-cs.tsv"),
            .embedInCode("Resources/langid/langid-da.tsv"),
            .embedInCode("Resources/langid/langid-de.tsv"),
            .embedInCode("Resources/langid/langid-en.tsv"),
            .embedInCode("Resources/langid/langid-es.tsv"),
            .embedInCode("Resources/langid/langid-fi.tsv"),
            .embedInCode("Resources/langid/langid-fil.tsv"),
            .embedInCode("Resources/langid/langid-fr.tsv"),
            .embedInCode("Resources/langid/langid-han.tsv"),
            .embedInCode("Resources/langid/langid-hi.tsv"),
            .embedInCode("Resources/langid/langid-id.tsv"),
            .embedInCode("Resources/langid/langid-it.tsv"),
            .embedInCode("Resources/langid/langid-letters.tsv"),
            .embedInCode("Resources/langid/langid-ms.tsv"),
            .embedInCode("Resources/langid/langid-nb.tsv"),
            .embedInCode("Resources/langid/langid-nl.tsv"),
            .embedInCode("Resources/langid/langid-pl.tsv"),
            .embedInCode("Resources/langid/langid-pt.tsv"),
            .embedInCode("Resources/langid/langid-ro.tsv"),
            .embedInCode("Resources/langid/langid-ru.tsv"),
            .embedInCode("Resources/langid/langid-sv.tsv"),
            .embedInCode("Resources/langid/langid-tr.tsv"),
            .embedInCode("Resources/langid/langid-uk.tsv"),
            .embedInCode("Resources/langid/langid-vi.tsv"),
        ]),
        .target(name: "Ingest", dependencies: ["CLibXML2", "CCmarkGFM", "Yams", "Linguistics"]),
        .target(name: "Workspace", dependencies: ["Yams", "Ingest", "Linguistics"]),
        .target(name: "KnowledgeStore", dependencies: [
            "Ingest", "Workspace", "Linguistics", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .target(name: "AnswerEngine", dependencies: ["Linguistics", "Workspace", "KnowledgeStore", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(name: "Evaluation", dependencies: ["AnswerEngine", "Workspace", "Linguistics"]),
        .executableTarget(name: "kbkit", dependencies: [
            "Ingest", "Workspace", "KnowledgeStore", "Linguistics", "AnswerEngine", "Evaluation",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "kbkit-bench", dependencies: ["Ingest", "Workspace", "KnowledgeStore", "Linguistics", "AnswerEngine", "Evaluation"]),

        .testTarget(name: "LinguisticsTests", dependencies: ["Linguistics"]),
        .testTarget(name: "IngestTests", dependencies: ["Ingest"], resources: [.copy("Fixtures")]),
        .testTarget(name: "WorkspaceTests", dependencies: ["Workspace"]),
        .testTarget(name: "KnowledgeStoreTests", dependencies: ["KnowledgeStore", "Ingest"]),
        .testTarget(name: "SampleWorkspaceTests", dependencies: ["Workspace", "KnowledgeStore"]),
        .testTarget(name: "AnswerEngineTests", dependencies: ["AnswerEngine", "Workspace", "KnowledgeStore", "Linguistics"]),
        .testTarget(name: "EvaluationTests", dependencies: ["Evaluation", "AnswerEngine", "Workspace"]),
        .testTarget(name: "CLITests", dependencies: ["kbkit", "KnowledgeStore"]),
    ],
    swiftLanguageModes: [.v6]
)
