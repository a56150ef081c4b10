import Foundation

// `make bench`: the figures of the issues' benchmarks, printed next to their targets. Speed is measured
// here, never in unit tests. Usage: kbkit-bench [--corpus DIR] [--only import|langid|lint|...]
var corpus = "../shared/bench-corpus"
var only: String?
var intentDev = "../shared/intent-dev"
var extractionDev = "../shared/extraction-dev"
var listPages = false
var storePath: String?
var judgeURL = ProcessInfo.processInfo.environment["KBKIT_JUDGE_URL"]
var judgeModel = ProcessInfo.processInfo.environment["KBKIT_JUDGE_MODEL"] ?? "local"
var judgePairs: String?
var args = CommandLine.arguments.dropFirst()
while let a = args.popFirst() {
    switch a {
    case "--corpus": corpus = args.popFirst() ?? corpus
    case "--only": only = args.popFirst()
    case "--intent-dev": intentDev = args.popFirst() ?? intentDev
    case "--extraction-dev": extractionDev = args.popFirst() ?? extractionDev
    case "--pages": listPages = true
    case "--store": storePath = args.popFirst()
    case "--judge-url": judgeURL = args.popFirst()
    case "--judge-model": judgeModel = args.popFirst() ?? judgeModel
    case "--judge-pairs": judgePairs = args.popFirst()
    case "-h", "--help":
        print("kbkit-bench [--corpus DIR] [--intent-dev DIR] [--extraction-dev DIR [--pages]] [--store PATH (index: keep the built store there; queries: measure it)] [--judge-url URL [--judge-model NAME] [--judge-pairs TSV]] [--only import|index|queries|understanding|engine|langid|extract|intent-dev|intent-tune|lint|langid-peers|emotion|real-styles|waiting|judge]\n  Prints every benchmark's figures beside their targets (docs/BENCHMARKS.md).\n  judge: the OpenAI-compatible model at --judge-url (or KBKIT_JUDGE_URL) rates Benchmarks/judge/pairs.tsv.")
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
    if only == nil || only == "extract" {
        let dev = URL(fileURLWithPath: extractionDev).standardizedFileURL
        if FileManager.default.fileExists(atPath: dev.appendingPathComponent("pages").path) {
            print(try ExtractionQualityBenchmark.run(dataset: dev, listPages: listPages))
        } else {
            FileHandle.standardError.write(Data("kbkit-bench: no extraction set at \(dev.path) (pass --extraction-dev DIR); extraction quality skipped\n".utf8))
        }
    }
    if only == "extract", FileManager.default.fileExists(atPath: corpusURL.path) { print(try ExtractBenchmark.run(corpus: corpusURL)) }
    if only == nil || only == "lint" { print(try LintBenchmark.run(workspace: repoRoot, corpus: corpusURL)) }
    if only == nil || only == "index" { print(try IndexBenchmark.run(corpus: corpusURL, repoRoot: repoRoot, keepStore: only == "index" ? storePath : nil)) }
    if only == "queries" {
        guard let storePath else { FileHandle.standardError.write(Data("kbkit-bench: --only queries needs --store PATH (an imported and indexed store)\n".utf8)); exit(2) }
        print(try IndexBenchmark.queriesOnly(storePath: storePath, corpus: corpusURL))
    }
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
    if only == nil || only == "langid-peers" { print(try LangIDPeerBenchmark.run(repoRoot: repoRoot)) }
    if only == nil || only == "emotion" { print(try EmotionBenchmark.run(repoRoot: repoRoot)) }
    if only == nil || only == "real-styles" { print(try RealStylesBenchmark.run(workspace: repoRoot)) }
    if only == nil || only == "waiting" { print(try WaitingBenchmark.run(workspace: repoRoot)) }
    if only == nil || only == "judge" {
        let pairs = judgePairs.map { URL(fileURLWithPath: $0) } ?? repoRoot.appendingPathComponent("Benchmarks/judge/pairs.tsv")
        print(try JudgeBenchmark.run(pairsFile: pairs, endpoint: judgeURL.map { JudgeBenchmark.Endpoint(url: $0, model: judgeModel) }))
    }
} catch {
    FileHandle.standardError.write(Data("kbkit-bench: \(error)\n".utf8))
    exit(3)
}
