import Foundation

// `make bench`: the figures of the issues' benchmarks, printed next to their targets. Speed is measured
// here, never in unit tests. Usage: kbkit-bench [--corpus DIR] [--only import|langid|...]
var corpus = "../shared/bench-corpus"
var only: String?
var args = CommandLine.arguments.dropFirst()
while let a = args.popFirst() {
    switch a {
    case "--corpus": corpus = args.popFirst() ?? corpus
    case "--only": only = args.popFirst()
    case "-h", "--help":
        print("kbkit-bench [--corpus DIR] [--only import|index|understanding|engine|langid|langid-peers|emotion|real-styles|extract]\n  Prints import throughput on the bench corpus and the language-identification accuracy table.")
        exit(0)
    default:
        FileHandle.standardError.write(Data("kbkit-bench: unknown argument \(a)\n".utf8))
        exit(2)
    }
}

let corpusURL = URL(fileURLWithPath: corpus).standardizedFileURL
let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

do {
    if only == nil || only == "import" {
        guard FileManager.default.fileExists(atPath: corpusURL.path) else {
            FileHandle.standardError.write(Data("kbkit-bench: no corpus at \(corpusURL.path) (pass --corpus DIR)\n".utf8))
            exit(2)
        }
        print(try ImportBenchmark.run(corpus: corpusURL))
    }
    if only == "extract" { print(try ExtractBenchmark.run(corpus: corpusURL)) }
    if only == nil || only == "index" { print(try IndexBenchmark.run(corpus: corpusURL)) }
    if only == nil || only == "engine" { print(try EngineBenchmark.run(workspace: repoRoot)) }
    if only == nil || only == "understanding" { print(try UnderstandingBenchmark.run(workspace: repoRoot)) }
    if only == nil || only == "langid" {
        print(try LangIDBenchmark.run(dataDirectory: repoRoot.appendingPathComponent("Benchmarks/langid")))
    }
    if only == nil || only == "langid-peers" { print(try LangIDPeerBenchmark.run(repoRoot: repoRoot)) }
    if only == nil || only == "emotion" { print(try EmotionBenchmark.run(repoRoot: repoRoot)) }
    if only == nil || only == "real-styles" { print(try RealStylesBenchmark.run(workspace: repoRoot)) }
} catch {
    FileHandle.standardError.write(Data("kbkit-bench: \(error)\n".utf8))
    exit(3)
}
