import Foundation
import Support
import Testing
@testable import Ingest

/// An ordered list of several items is a procedure: its items keep their numbers from the markup
/// through the chunk's text, where `ListLine` reads them back.
@Suite struct OrderedListTests {
    func items(_ html: String) throws -> [Block] {
        let page = "<html lang=en><body><main><h1>Guide</h1>\(html)</main></body></html>"
        let doc = try Extractor().extract(data: Data(page.utf8), format: .html, name: "guide.html")
        return doc.sections.flatMap(\.blocks).filter { $0.kind == .listItem }
    }

    @Test func anOrderedListsItemsAreNumberedFromItsStart() throws {
        #expect(try items("<ol><li>Fill the jar.</li><li>Blend.</li><li>Rinse.</li></ol>").map(\.ordinal) == [1, 2, 3])
        #expect(try items("<ol start='4'><li>Dry it.</li><li>Store it.</li></ol>").map(\.ordinal) == [4, 5])
        // A bullet list, and an ordered list of one item (no procedure), have no numbers.
        #expect(try items("<ul><li>Visa</li><li>PayPal</li></ul>").map(\.ordinal) == [nil, nil])
        #expect(try items("<ol><li>Only this.</li></ol>").map(\.ordinal) == [nil])
        // A bullet list nested in a step: the step keeps its number, the bullets have none.
        let nested = try items("<ol><li>Choose a mode:<ul><li>white</li><li>red</li></ul></li><li>Press the button.</li></ol>")
        #expect(nested.map(\.text) == ["Choose a mode:", "white", "red", "Press the button."])
        #expect(nested.map(\.ordinal) == [1, nil, nil, 2])
    }

    @Test func aMarkdownOrderedListIsNumberedToo() throws {
        let md = "# Cleaning\n\n1. Fill the jar with warm water.\n2. Blend for 20 seconds.\n\n- The base is not dishwasher-safe.\n"
        let doc = try Extractor().extract(data: Data(md.utf8), format: .markdown, name: "cleaning.md")
        let items = doc.sections.flatMap(\.blocks).filter { $0.kind == .listItem }
        #expect(items.map(\.ordinal) == [1, 2, nil])
    }

    @Test func theChunkWritesStepsWithTheirNumbersAndListLineReadsThemBack() throws {
        let section = Section(headingPath: ["Cleaning"], blocks: [
            Block(.paragraph, "The quickest way is to let it clean itself:"),
            Block(.listItem, "Fill the jar.", ordinal: 1), Block(.listItem, "Blend for 20 seconds.", ordinal: 2),
            Block(.listItem, "Never in the dishwasher.", depth: 1),
        ])
        let text = try #require(Chunker().chunks(sections: [section], faq: [], language: "en").first?.text)
        #expect(text == "The quickest way is to let it clean itself:\n1. Fill the jar.\n2. Blend for 20 seconds.\n  - Never in the dishwasher.")
        let lines = text.split(separator: "\n").map { ListLine($0) }
        #expect(lines.map { $0?.ordinal } == [nil, 1, 2, nil])
        #expect(lines[0] == nil, "a paragraph is no list item")
        #expect(lines[2]?.text == "Blend for 20 seconds.")
        #expect(lines[3]?.depth == 1 && lines[3]?.text == "Never in the dishwasher.")
    }

    @Test func aFigureOrADateIsNoStep() {
        #expect(ListLine("3.5 hours to charge") == nil)
        #expect(ListLine("2024.") == nil)
        #expect(ListLine("1234. Too many digits for a step") == nil)
        #expect(ListLine("12. Twelfth step")?.ordinal == 12)
    }
}
