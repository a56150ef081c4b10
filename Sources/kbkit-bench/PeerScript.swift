import Foundation

/// A peer's Python script in the benchmark venv (`make bench-peers`, `.venv-bench`), run once as a
/// process: kbkit's figures are printed beside what it reports in the same run.
struct PeerScript {
    let python: URL
    let script: URL

    init(repoRoot: URL, script name: String) {
        python = repoRoot.appendingPathComponent(".venv-bench/bin/python")
        script = repoRoot.appendingPathComponent("Benchmarks/peers/\(name)")
    }

    /// The script's standard output, or nil when the venv is missing or the script fails.
    /// `input` is written from another thread: the pipes' buffers are smaller than a benchmark's texts.
    func run(_ arguments: [String], input: Data? = nil) -> Data? {
        guard FileManager.default.isExecutableFile(atPath: python.path) else { return nil }
        let process = Process()
        process.executableURL = python
        process.arguments = [script.path] + arguments
        let output = Pipe()
        process.standardOutput = output
        let stdin = input.map { _ in Pipe() }
        if let stdin { process.standardInput = stdin }
        do { try process.run() } catch { return nil }
        if let stdin, let input {
            DispatchQueue.global().async {
                stdin.fileHandleForWriting.write(input)
                try? stdin.fileHandleForWriting.close()
            }
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? data : nil
    }
}
