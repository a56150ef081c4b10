import Foundation

// `make bench`: the figures of the issues' benchmarks, printed next to their targets. Speed is measured
// here, never in unit tests. Usage: kbkit-bench [--corpus DIR] [--only import|langid|lint|...]
var corpus = "../shared/bench-corpus"
var only: String?
var intentDev = "../shared/intent-dev"
var args = CommandLine.arguments.dropFirst()
while let a = args.popFirst() {
    switch a {
    case "--corpus": corpus = args.popFirst() ?? corpus
    case "--only": only = args.popFirst()
    case "--intent-dev": intentDev = args.popFirst() ?? intentDev
    case "-h", "--help":
        print("kbkit-bench [--corpus DIR] [--intent-dev DIR] [--only import|index|understanding|engine|langid|extract|intent-dev|intent-tune|lint]\n  Prints import throughput on the bench corpus and the language-identification accuracy table.")
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
    if only == nil || only == "lint" { print(try LintBenchmark.run(workspace: repoRoot, corpus: corpusURL)) }
    if only == nil || only == "index" { print(try IndexBenchmark.run(corpus: corpusURL)) }
    if only == nil || only == "engine" { print(try EngineBenchmark.run(workspace: repoRoot)) }
    if only == nil || only == "understanding" { print(try UnderstandingBenchmark.run(workspace: repoRoot)) }
    let intentDevURL = URL(fileURLWithPath: intentDev).standardizedFileURL
    if only == "intent-dev" || (only == nil && FileManager.default.fileExists(atPath: intentDevURL.path)) {
        print(try IntentDevBenchmark.run(data: intentDevURL))
    }
    if only == "intent-tune" { print(try IntentDevBenchmark.tune(data: intentDevURL)) }
    if only == nil || only == "langid" {
        print(try LangIDBenchmark.run(dataDirectory: repoRoot.appendingPathComponent("Benchmarks/langid")))
    }
} catch {
    FileHandle.standardError.write(Data("kbkit-bench: \(error)\n".utf8))
    exit(3)
}
