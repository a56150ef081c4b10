import Foundation

/// The files `kbkit init` writes: the smallest workspace that shows every format and passes every check.
public enum StarterWorkspace {
    public static func files(name: String) -> [(path: String, content: String)] {
        [
            ("kbkit.yaml", """
            # kbkit workspace settings (reference: docs/WORKSPACE.md of kbkit)
            name: \(name)
            default_market: US
            paths:
              docs: kb/docs
              markets: kb/markets
              intents: kb/intents
              glossary: kb/glossary.yaml
              erp: kb/erp
              evalsets: evalsets
              reports: reports
            engine:
              generator: embedded
            """),
            (".gitignore", ".kbkit/\nreports/latest\nreports/run-*\n"),
            ("kb/markets/US.yaml", """
            id: US
            name: United States
            languages: [en]
            locale: en-US
            timezone: America/New_York
            currency: {code: USD, pattern: "${amount}", decimal: ".", grouping: ",", decimals: 2}
            dates: {short: "MM/dd/yyyy", long: "MMMM d, yyyy"}
            agents:
              language: en
              timezone: America/New_York
              hours:
                - days: [mon, tue, wed, thu, fri]
                  open: "09:00"
                  close: "18:00"
              after_hours: "A ticket is opened and answered within 12 hours."
            voice:
              en:
                greeting: "Hi there,"
                closing: "Best regards,\\nCustomer Care"
                empathy: "I'm sorry about the trouble with your order."
                apology: "Sorry for the inconvenience."
                not_found: "I don't have a reliable answer to that. I can connect you with a colleague."
                handoff: "I'm connecting you with a member of our customer care team."
                other_language: "We are answering in English, as our help centre is not available in your language."
            tone:
              register: friendly, professional
              rules:
                - id: US.en.no-emoji
                  kind: limit
                  class: emoji
                  max: 0
                  message: "No emoji in answers."
                - id: US.en.exclamations
                  kind: limit
                  class: exclamation
                  max: 1
                  message: "At most one exclamation mark."
                - id: US.en.empathy
                  kind: require
                  when: upset
                  match: substring
                  terms: ["sorry", "apologize", "understand"]
                  message: "Show empathy when the customer is upset."
            """),
            ("kb/intents/taxonomy.yaml", """
            intents:
              - id: returns.policy
                description: How returns work, return windows, return costs.
                topics: [returns]
              - id: agent.request
                description: The customer asks for a human.
                escalate: true
              - id: other
                description: Anything else.
            """),
            ("kb/intents/en.yaml", """
            lang: en
            examples:
              returns.policy:
                - "How do I return an item?"
                - "how many days do i have to send it back"
                - "Can I return something I bought last week?"
              agent.request:
                - "I want to talk to a human"
                - "can i speak to an agent please"
                - "Put me through to a real person"
              other:
                - "What's the weather like?"
                - "tell me a joke"
                - "Are you hiring?"
            """),
            ("kb/glossary.yaml", """
            concepts:
              - id: return
                description: Sending an item back.
                terms:
                  en: [return, send back]
              - id: refund
                description: Money paid back to the customer.
                terms:
                  en: [refund, money back, reimbursement]
            """),
            ("kb/erp/schema.sql", """
            -- The embedded ERP: see the kbkit documentation (docs/WORKSPACE.md, "ERP fixtures").
            CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT, market TEXT NOT NULL, language TEXT, vip INTEGER NOT NULL DEFAULT 0);
            CREATE TABLE orders (number TEXT PRIMARY KEY, market TEXT NOT NULL, customer_id INTEGER REFERENCES customers(id), status TEXT NOT NULL, currency TEXT NOT NULL, total NUMERIC NOT NULL, placed_at TEXT NOT NULL, payment_method TEXT, note TEXT);
            """),
            ("kb/erp/orders.sql", """
            INSERT INTO customers (id, name, email, market, language, vip) VALUES (1, 'Sam Example', 'sam@example.com', 'US', 'en', 0);
            INSERT INTO orders (number, market, customer_id, status, currency, total, placed_at, payment_method) VALUES ('MG00000001', 'US', 1, 'processing', 'USD', 25.00, '2026-01-05T10:00:00', 'Visa');
            """),
            ("kb/docs/en/returns.md", """
            ---
            id: returns
            title: Returns and refunds
            lang: en
            markets: [US]
            type: policy
            updated: 2026-01-01
            tags: [returns, refunds]
            ---
            # Returns and refunds

            You can return any unused item within **30 days** of delivery. Return shipping is free: print the
            prepaid label from your account.

            ## When will I get my refund?

            We refund you within 5 business days after your return arrives, to your original payment method.
            """),
            ("evalsets/starter.yaml", """
            name: starter
            market: US
            cases:
              - id: us-returns-001
                message: "How long do I have to return something?"
                expect:
                  language: en
                  intent: returns.policy
                  sources: [returns]
                  must_include: ["30 days"]
                  escalate: false
              - id: us-agent-001
                message: "I want to talk to a person"
                expect:
                  language: en
                  intent: agent.request
                  escalate: true
            """),
        ]
    }

    /// Writes the starter files under `root` and returns their relative paths.
    public static func write(to root: URL, name: String) throws -> [String] {
        var written: [String] = []
        for (path, content) in files(name: name) {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try (content + "\n").write(to: url, atomically: true, encoding: .utf8)
            written.append(path)
        }
        for folder in ["reports"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        return written
    }
}
