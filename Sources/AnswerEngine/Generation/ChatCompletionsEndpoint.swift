import Support
/// The chat-completions URL from a base URL as users write it. Servers document their base URL
/// either with `/v1` (OpenAI, vLLM, llama.cpp's README: `http://localhost:8080/v1`) or without
/// (Ollama's `http://localhost:11434`); some users paste the whole endpoint. All three work:
///
/// | endpoint | request goes to |
/// |---|---|
/// | `http://localhost:8080` | `http://localhost:8080/v1/chat/completions` |
/// | `http://localhost:8080/v1` (or `/v1/`) | `http://localhost:8080/v1/chat/completions` |
/// | `http://localhost:8080/v1/chat/completions` | itself |
/// | `https://host/openai/v1` | `https://host/openai/v1/chat/completions` |
public enum ChatCompletionsEndpoint {
    public static func url(base: String) -> String {
        var base = base.trimmedOfWhitespace
        while base.hasSuffix("/") { base.removeLast() }
        if base.hasSuffix("/chat/completions") { return base }
        if let last = base.split(separator: "/").last, last.count >= 2, last.first == "v", last.dropFirst().allSatisfy(\.isNumber),
           base.contains("://"), base.split(separator: "/").count > 2 {
            return base + "/chat/completions"
        }
        return base + "/v1/chat/completions"
    }
}
