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

        .target(name: "Linguistics", dependencies: ["CICU", "CCLD2", "CStemmer"]),
        .target(name: "Ingest", dependencies: ["CLibXML2", "CCmarkGFM", "Yams", "Linguistics"]),
        .target(name: "Workspace", dependencies: ["Yams", "Ingest"], resources: [.embedInCode("Resources/starter-workspace.txt")]),
        .target(name: "KnowledgeStore", dependencies: [
            "Ingest", "Workspace", "Linguistics", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .target(name: "AnswerEngine", dependencies: ["Linguistics", "Workspace", "KnowledgeStore", .product(name: "GRDB", package: "GRDB.swift")],
                resources: [
                    .embedInCode("Resources/carriers.tsv"),
                    // One file per language: Resources/phrases/<lang>.yaml (docs/RESOURCES.md, "Phrases").
                    .embedInCode("Resources/phrases/en.yaml"), .embedInCode("Resources/phrases/de.yaml"),
                    .embedInCode("Resources/phrases/fr.yaml"), .embedInCode("Resources/phrases/es.yaml"),
                    .embedInCode("Resources/phrases/it.yaml"), .embedInCode("Resources/phrases/nl.yaml"),
                    .embedInCode("Resources/phrases/pl.yaml"), .embedInCode("Resources/phrases/ja.yaml"),
                    .embedInCode("Resources/phrases/th.yaml"), .embedInCode("Resources/phrases/vi.yaml"),
                    .embedInCode("Resources/phrases/id.yaml"), .embedInCode("Resources/phrases/ms.yaml"),
                    .embedInCode("Resources/phrases/fil.yaml"), .embedInCode("Resources/phrases/zh.yaml"),
                ]),
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
