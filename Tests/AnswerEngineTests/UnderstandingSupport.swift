import AnswerEngine
import Foundation
import Workspace

/// The sample workspace (the repository root) and the models trained on it, shared by the
/// understanding tests: training once keeps the suite fast.
enum UnderstandingFixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let content: WorkspaceContent = {
        do {
            return try WorkspaceContent.load(try Workspace.open(root))
        } catch {
            fatalError("the sample workspace does not load: \(error)")
        }
    }()

    static let classifier = IntentClassifier(catalog: content.intents, orders: content.settings.orders, glossary: content.glossary)
    /// The sample store's formats (kbkit.yaml: MG + 8 digits).
    static let extractor = EntityExtractor(orders: content.settings.orders)
    static let detector = EmotionDetector()
}
