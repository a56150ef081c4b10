/// One decision of main-content extraction about one element of a page: kept or dropped, and why.
/// `kbkit extract --explain` prints them, so that an editor can see why a paragraph is missing.
public struct ExtractionDecision: Sendable, Equatable {
    public enum Verdict: String, Sendable, Codable { case kept, dropped }

    public enum Reason: Sendable, Equatable {
        /// Never content: scripts, styles, forms, navigation, struck-through text.
        case neverContent(tag: String)
        /// Site chrome by tag outside the article (<header>, <footer>, <aside>).
        case chromeTag(String)
        /// A role that marks chrome (navigation, banner, complementary…).
        case chromeRole(String)
        /// A chrome word in the class or id (page-evidence.tsv, kind `chrome`).
        case chromeWord(String)
        /// Hidden (hidden attribute, aria-hidden, display:none).
        case hidden
        /// An unlikely word in the class or id (kind `unlikely`), before scoring.
        case unlikelyWord(String)
        /// The page's own hint for its main content.
        case pageHint(String)
        /// The element with the highest text score (paragraph text, commas, few links).
        case highestScore(Double)
        /// A sibling of the best element with enough score or text of its own.
        case siblingOfArticle
        /// Outside the element chosen as the article.
        case outsideArticle
        /// Inside the article, but mostly link text (a list of links, a tag cloud).
        case linkDense(Double)
        /// Inside the article, with a negative word in its class or id and little text.
        case negativeWord(String)
        /// Inside the article, more list items, images or inputs than paragraphs: a widget.
        case widget(String)
        /// Too little text to be content (a label, an empty box).
        case tooShort
    }

    /// The element as a CSS-like selector: `div.comments#c12`.
    public var element: String
    public var verdict: Verdict
    public var reason: Reason
    /// The length of its visible text, and its first words.
    public var characters: Int
    public var preview: String

    public init(element: String, verdict: Verdict, reason: Reason, characters: Int, preview: String) {
        self.element = element
        self.verdict = verdict
        self.reason = reason
        self.characters = characters
        self.preview = preview
    }
}

extension ExtractionDecision.Reason: CustomStringConvertible {
    /// A short, stable code for JSON output.
    public var code: String {
        switch self {
        case .neverContent: "never-content"
        case .chromeTag: "chrome-tag"
        case .chromeRole: "chrome-role"
        case .chromeWord: "chrome-word"
        case .hidden: "hidden"
        case .unlikelyWord: "unlikely-word"
        case .pageHint: "page-hint"
        case .highestScore: "highest-score"
        case .siblingOfArticle: "sibling-of-article"
        case .outsideArticle: "outside-article"
        case .linkDense: "link-dense"
        case .negativeWord: "negative-word"
        case .widget: "widget"
        case .tooShort: "too-short"
        }
    }

    public var description: String {
        switch self {
        case .neverContent(let tag): "<\(tag)> is never content"
        case .chromeTag(let tag): "<\(tag)> outside the article is site chrome"
        case .chromeRole(let role): "role=\(role) is site chrome"
        case .chromeWord(let word): "class/id word '\(word)' marks site chrome"
        case .hidden: "hidden on the page"
        case .unlikelyWord(let word): "class/id word '\(word)' is rarely the article"
        case .pageHint(let hint): "the page marks it as its main content (\(hint))"
        case .highestScore(let score): "highest text score (\(Int(score.rounded())): paragraph text, commas, few links)"
        case .siblingOfArticle: "next to the article, with enough text of its own"
        case .outsideArticle: "outside the article"
        case .linkDense(let d): "mostly links (\(Int((d * 100).rounded()))% of its text)"
        case .negativeWord(let word): "class/id word '\(word)' and little text"
        case .widget(let what): "a widget, not text (\(what))"
        case .tooShort: "too little text"
        }
    }
}
