@testable import AnswerEngine
import Foundation
import HTTPClient
import LoopbackHTTPServer
import Testing
import Workspace

/// The OpenAI-compatible generator's request and response, and one exchange with a loopback server.
struct GeneratorRequestTests {
    @Test(arguments: [
        ("http://localhost:8080", "http://localhost:8080/v1/chat/completions"),
        ("http://localhost:8080/", "http://localhost:8080/v1/chat/completions"),
        ("http://localhost:8080/v1", "http://localhost:8080/v1/chat/completions"),
        ("http://localhost:8080/v1/", "http://localhost:8080/v1/chat/completions"),
        ("http://localhost:8080/v1/chat/completions", "http://localhost:8080/v1/chat/completions"),
        ("http://localhost:11434", "http://localhost:11434/v1/chat/completions"),
        ("https://llm.example.com/openai/v1", "https://llm.example.com/openai/v1/chat/completions"),
        ("https://llm.example.com/api", "https://llm.example.com/api/v1/chat/completions"),
    ])
    func endpointAsUsersWriteIt(base: String, expected: String) {
        #expect(ChatCompletionsEndpoint.url(base: base) == expected)
    }

    static func settings(_ endpoint: String = "http://127.0.0.1:1/v1") -> WorkspaceSettings.OpenAISettings {
        WorkspaceSettings.OpenAISettings(endpoint: endpoint, model: "smollm2", apiKeyEnv: "KBKIT_TEST_KEY", timeoutMs: 5000, retries: 0)
    }

    @Test func bodyCarriesTheLimitsAndTheSamplingSettings() throws {
        var s = Self.settings()
        s.maxTokens = 120
        s.temperature = 0.2
        s.seed = 7
        s.stop = ["Customer:"]
        let data = try ChatCompletionsBody.request(settings: s, messages: [["role": "user", "content": "Hallo"]])
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["model"] as? String == "smollm2")
        #expect(json["max_tokens"] as? Int == 120)
        #expect(json["temperature"] as? Double == 0.2)
        #expect(json["seed"] as? Int == 7)
        #expect(json["stop"] as? [String] == ["Customer:"])
        #expect(json["stream"] as? Bool == false)
        #expect((json["messages"] as? [[String: String]])?.first?["content"] == "Hallo")
    }

    @Test func noSeedAndNoStopAreLeftOut() throws {
        var s = Self.settings()
        s.seed = nil
        let json = try #require(try JSONSerialization.jsonObject(with: ChatCompletionsBody.request(settings: s, messages: [])) as? [String: Any])
        #expect(json["seed"] == nil && json["stop"] == nil)
        #expect(json["max_tokens"] as? Int == 300)  // the default bounds a rambling model
    }

    @Test func answerAndTokenCountsAreReadFromTheResponse() {
        let body = #"{"choices":[{"message":{"role":"assistant","content":"  Guten Tag \n"}}],"usage":{"prompt_tokens":812,"completion_tokens":41}}"#
        #expect(ChatCompletionsBody.answer(from: Data(body.utf8)) == GeneratedAnswer(text: "Guten Tag", promptTokens: 812, completionTokens: 41))
        #expect(ChatCompletionsBody.answer(from: Data(#"{"choices":[{"message":{"content":"   "}}]}"#.utf8)) == nil)
        #expect(ChatCompletionsBody.answer(from: Data("<html>502</html>".utf8)) == nil)
    }

    @Test func settingsAreReadFromKbkitYaml() throws {
        let yaml = """
        name: t
        engine:
          generator: openai
          openai:
            endpoint: http://localhost:8080
            model: m
            max_tokens: 200
            temperature: 0.5
            seed: none
            stop: ["Customer:", "\\n\\n\\n"]
        """
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kbkit-gen-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try yaml.write(to: folder.appendingPathComponent("kbkit.yaml"), atomically: true, encoding: .utf8)
        let o = try #require(try Workspace.open(folder).settings.engine.openAI)
        #expect(o.maxTokens == 200 && o.temperature == 0.5 && o.seed == nil && o.stop == ["Customer:", "\n\n\n"])
        #expect(o.timeoutMs == 20_000 && o.retries == 1)
    }

    @Test func oneExchangeWithALoopbackServer() throws {
        let server = try LoopbackHTTPServer { _ in
            .json(200, #"{"choices":[{"message":{"content":"Guten Tag"}}],"usage":{"prompt_tokens":10,"completion_tokens":3}}"#)
        }
        defer { server.stop() }
        let generator = OpenAICompatibleGenerator(settings: Self.settings(server.baseURL), environment: ["KBKIT_TEST_KEY": "sk-test"])
        let request = try generator.request(GuardrailFixture.input())
        let answer = GeneratedAnswer(text: "Guten Tag", promptTokens: 10, completionTokens: 3)
        #expect(try generator.generate(GuardrailFixture.input()) == answer)
        let seen = try #require(server.requests.first)
        #expect(seen.method == "POST" && seen.path == "/v1/chat/completions")
        #expect(seen.headers["authorization"] == "Bearer sk-test")
        #expect(seen.headers["content-type"] == "application/json")
        #expect(seen.body == request.body)
    }

    @Test func aServerErrorIsThrownWithItsStatus() throws {
        let server = try LoopbackHTTPServer { _ in .json(500, #"{"error":"model not loaded"}"#) }
        defer { server.stop() }
        let generator = OpenAICompatibleGenerator(settings: Self.settings(server.baseURL))
        #expect(throws: OpenAICompatibleGenerator.GenerationError.self) { try generator.generate(GuardrailFixture.input()) }
    }
}
