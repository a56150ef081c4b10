import Support
import Foundation
import Workspace

/// The JSON of one chat-completions exchange: the request body built from the settings and the
/// messages, and the answer and token counts read from the response. Pure, so tests check both.
public enum ChatCompletionsBody {
    public static func request(settings: WorkspaceSettings.OpenAISettings, messages: [[String: String]]) throws -> Data {
        var body: [String: Any] = ["model": settings.model, "messages": messages, "max_tokens": settings.maxTokens,
                                   "temperature": settings.temperature, "stream": false]
        if let seed = settings.seed { body["seed"] = seed }
        if !settings.stop.isEmpty { body["stop"] = settings.stop }
        return try JSONSerialization.data(withJSONObject: body, options: [.sortedKeys])
    }

    /// `choices[0].message.content` and `usage`, or nil when the response has no answer text.
    public static func answer(from data: Data) -> GeneratedAnswer? {
        guard let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let choices = json["choices"] as? [[String: Any]], let message = choices.first?["message"] as? [String: Any],
              let content = message["content"] as? String else { return nil }
        let text = content.trimmedOfWhitespace
        guard !text.isEmpty else { return nil }
        let usage = json["usage"] as? [String: Any]
        return GeneratedAnswer(text: text, promptTokens: usage?["prompt_tokens"] as? Int, completionTokens: usage?["completion_tokens"] as? Int)
    }
}
