import Foundation
import Testing
@testable import Workspace

/// The store's own settings: intent roles and references in the taxonomy, order-number and tracking
/// formats in kbkit.yaml. Each mistake names file, line and field.
@Suite struct StoreSettingsTests {
    func taxonomy(_ yaml: String) throws(WorkspaceError) -> [IntentDefinition] {
        try IntentCatalog.loadTaxonomy(try YAMLNode.parse(yaml, file: "kb/intents/taxonomy.yaml")!)
    }

    static let minimal = """
        intents:
          - id: where_is_it
            role: order_status
            action: order.status
            needs_order: true
          - id: stop_it
            role: order_cancel
            action: order.cancel
            needs_order: true
            if_refused: send_back
          - id: send_back
            follow_up: true
          - id: person
            role: human_request
            escalate: true
          - id: whatever
            role: out_of_scope
        """

    @Test func rolesAndReferencesLoad() throws {
        let intents = try taxonomy(Self.minimal)
        let catalog = IntentCatalog(intents: intents, examples: [:])
        #expect(catalog.id(of: .orderStatus) == "where_is_it")
        #expect(catalog.intent(role: .orderCancel)?.action == .cancel)
        #expect(catalog.intent("stop_it")?.ifRefused == "send_back")
        #expect(catalog.intent("send_back")?.followUp == true)
        #expect(catalog.id(of: .greeting) == nil)
        // The built-in example set defaults to the role's name.
        #expect(catalog.intent("person")?.exampleSet == "human_request")
        #expect(catalog.intent("send_back")?.exampleSet == nil)
    }

    @Test func aMissingRequiredRoleIsNamed() {
        let yaml = Self.minimal.replacingOccurrences(of: "    role: human_request\n", with: "")
        #expect(throws: WorkspaceError(file: "kb/intents/taxonomy.yaml", line: 1, field: "intents",
                                       message: "no intent has the role 'human_request'; the engine needs it (add 'role:' to the intent that means it)")) {
            try taxonomy(yaml)
        }
    }

    @Test func aRoleTwiceIsAnError() {
        let yaml = Self.minimal.replacingOccurrences(of: "  - id: send_back\n", with: "  - id: send_back\n    role: order_status\n")
        #expect(throws: WorkspaceError(file: "kb/intents/taxonomy.yaml", line: 12, field: "intents[2].role",
                                       message: "role 'order_status' is already the role of intent 'where_is_it' (one intent per role)")) {
            try taxonomy(yaml)
        }
    }

    @Test func unknownRoleActionAndReferenceAreNamed() {
        #expect(throws: WorkspaceError(file: "kb/intents/taxonomy.yaml", line: 3, field: "intents[0].role",
                                       message: "unknown value 'order_lookup' (one of: order_status, order_cancel, refund_status, human_request, greeting, thanks, out_of_scope)")) {
            try taxonomy(Self.minimal.replacingOccurrences(of: "role: order_status", with: "role: order_lookup"))
        }
        #expect(throws: WorkspaceError(file: "kb/intents/taxonomy.yaml", line: 4, field: "intents[0].action",
                                       message: "unknown value 'order.track' (one of: order.status, order.cancel)")) {
            try taxonomy(Self.minimal.replacingOccurrences(of: "action: order.status", with: "action: order.track"))
        }
        #expect(throws: WorkspaceError(file: "kb/intents/taxonomy.yaml", line: 10, field: "intents[1].if_refused",
                                       message: "unknown intent 'send_bak' (the taxonomy has: where_is_it, stop_it, send_back, person, whatever)")) {
            try taxonomy(Self.minimal.replacingOccurrences(of: "if_refused: send_back", with: "if_refused: send_bak"))
        }
    }

    func settings(_ yaml: String) throws(WorkspaceError) -> WorkspaceSettings {
        try WorkspaceSettings.load(try YAMLNode.parse(yaml, file: "kbkit.yaml")!)
    }

    @Test func orderFormatsLoadAndCheckTheirExamples() throws {
        let s = try settings("""
            name: Test
            orders:
              number: {format: "SO-######", example: "SO-004211"}
              tracking:
                - {carrier: Posten, pattern: "[A-Z]{2}\\\\d{9}NO", example: "LA123456789NO"}
            """)
        #expect(s.orders.number?.matches("so-004211") == true)
        #expect(s.orders.number?.matches("SO004211") == false)
        #expect(s.orders.tracking.first?.carrier == "Posten")

        #expect(throws: WorkspaceError(file: "kbkit.yaml", line: 3, field: "orders.number.example",
                                       message: "the example 'SO-42' does not have the format 'SO-######'")) {
            try settings("name: Test\norders:\n  number: {format: \"SO-######\", example: \"SO-42\"}\n")
        }
        #expect(throws: WorkspaceError(file: "kbkit.yaml", line: 3, field: "orders.number.format",
                                       message: "'SO-' is no order-number format: it needs at least one '#' (a digit) or '@' (a letter)")) {
            try settings("name: Test\norders:\n  number: {format: \"SO-\", example: \"SO-\"}\n")
        }
        #expect(throws: WorkspaceError(file: "kbkit.yaml", line: 4, field: "orders.tracking[0].pattern",
                                       message: "'[A-Z' is not a regular expression")) {
            try settings("name: Test\norders:\n  tracking:\n    - {carrier: X, pattern: \"[A-Z\"}\n")
        }
    }
}
