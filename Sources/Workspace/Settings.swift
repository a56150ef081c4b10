import Foundation

/// `kbkit.yaml`: the workspace's name, default market, paths and engine options.
public struct WorkspaceSettings: Sendable, Equatable {
    public var name: String
    public var defaultMarket: String?
    /// The line of `default_market` in kbkit.yaml (errors about an unknown market point there).
    public var defaultMarketLine: Int?
    /// The date the engine takes as "today" (ERP fixtures are relative to it); nil = the real date.
    public var today: String?
    public var paths: Paths
    public var engine: EngineSettings
    /// The `erp:` block: which order connector the engine uses (embedded by default).
    public var erp = ERPSettings()
    /// The `orders:` block: the store's order-number and tracking-number formats.
    public var orders = OrderFormats()
    /// The `lint:` block: `kbkit lint`'s source language, severities, rules off and exceptions.
    public var lint = LintSettings()

    public init(name: String = "kbkit workspace", defaultMarket: String? = nil, today: String? = nil, paths: Paths = Paths(),
                engine: EngineSettings = EngineSettings()) {
        self.name = name
        self.defaultMarket = defaultMarket
        self.today = today
        self.paths = paths
        self.engine = engine
    }

    public struct Paths: Sendable, Equatable {
        public var docs = "kb/docs"
        public var markets = "kb/markets"
        public var intents = "kb/intents"
        public var glossary = "kb/glossary.yaml"
        public var phrases = "kb/phrases"
        public var erp = "kb/erp"
        public var evalsets = "evalsets"
        public var reports = "reports"
        public init() {}
    }

    public struct EngineSettings: Sendable, Equatable {
        public var generator = "embedded"
        public var openAI: OpenAISettings?
        public init() {}
    }

    /// `engine.openai`: the server, the model and how it is asked (docs/WORKSPACE.md, "engine").
    public struct OpenAISettings: Sendable, Equatable {
        /// The server's base URL as users write it: with or without `/v1`, or the full
        /// `/v1/chat/completions` URL.
        public var endpoint: String
        public var model: String
        public var apiKeyEnv: String?
        public var timeoutMs: Int
        public var retries: Int
        /// An upper bound on the answer's length: without it a small model may ramble into the timeout.
        public var maxTokens: Int = 300
        public var temperature: Double = 0
        /// Sent when set: servers that honour it (llama.cpp, vLLM, OpenAI) then answer reproducibly.
        public var seed: Int? = 42
        /// Sequences that end the answer (a model that starts writing the next "Customer:" turn).
        public var stop: [String] = []

        public init(endpoint: String, model: String, apiKeyEnv: String?, timeoutMs: Int, retries: Int) {
            self.endpoint = endpoint
            self.model = model
            self.apiKeyEnv = apiKeyEnv
            self.timeoutMs = timeoutMs
            self.retries = retries
        }

        static func load(_ o: YAMLNode) throws(WorkspaceError) -> OpenAISettings {
            try o.allowOnly(["endpoint", "model", "api_key_env", "timeout_ms", "retries", "max_tokens", "temperature", "seed", "stop"])
            var s = OpenAISettings(endpoint: try o.string("endpoint"), model: try o.string("model"),
                                   apiKeyEnv: try o.optionalString("api_key_env"),
                                   timeoutMs: try o["timeout_ms"]?.int() ?? 20_000, retries: try o["retries"]?.int() ?? 1)
            s.maxTokens = try o["max_tokens"]?.int() ?? s.maxTokens
            guard s.maxTokens > 0 else { throw o["max_tokens"]!.error("max_tokens must be positive") }
            guard s.timeoutMs > 0 else { throw o["timeout_ms"]!.error("timeout_ms must be positive") }
            if let t = o["temperature"] {
                guard let value = Double(try t.string()), (0...2).contains(value) else { throw t.error("temperature is a number from 0 to 2") }
                s.temperature = value
            }
            if let seed = o["seed"] { s.seed = try seed.string() == "none" ? nil : try seed.int() }
            s.stop = try o["stop"]?.strings() ?? []
            return s
        }
    }

    static func load(_ node: YAMLNode) throws(WorkspaceError) -> WorkspaceSettings {
        try node.allowOnly(["name", "default_market", "today", "paths", "engine", "erp", "orders", "description", "lint"])
        var paths = Paths()
        if let p = node["paths"] {
            try p.allowOnly(["docs", "markets", "intents", "glossary", "phrases", "erp", "evalsets", "reports"])
            paths.docs = try p.optionalString("docs") ?? paths.docs
            paths.markets = try p.optionalString("markets") ?? paths.markets
            paths.intents = try p.optionalString("intents") ?? paths.intents
            paths.glossary = try p.optionalString("glossary") ?? paths.glossary
            paths.phrases = try p.optionalString("phrases") ?? paths.phrases
            paths.erp = try p.optionalString("erp") ?? paths.erp
            paths.evalsets = try p.optionalString("evalsets") ?? paths.evalsets
            paths.reports = try p.optionalString("reports") ?? paths.reports
        }
        var engine = EngineSettings()
        if let e = node["engine"] {
            engine.generator = try e.optionalString("generator") ?? "embedded"
            guard ["embedded", "openai"].contains(engine.generator) else {
                throw e["generator"]!.error("unknown generator '\(engine.generator)' (embedded or openai)")
            }
            if let o = e["openai"] {
                engine.openAI = try OpenAISettings.load(o)
            } else if engine.generator == "openai" {
                throw e.error("generator openai needs an `openai:` block with endpoint and model")
            }
        }
        let today = try node.optionalString("today")
        if let today, ISODate(today) == nil { throw node["today"]!.error("'\(today)' is not a date (YYYY-MM-DD)") }
        var settings = WorkspaceSettings(name: try node.optionalString("name") ?? "kbkit workspace",
                                         defaultMarket: try node.optionalString("default_market")?.uppercased(),
                                         today: today, paths: paths, engine: engine)
        settings.defaultMarketLine = node["default_market"]?.line
        settings.erp = try ERPSettings.load(node["erp"])
        settings.orders = try OrderFormats.load(node["orders"])
        settings.lint = try LintSettings.load(node["lint"])
        return settings
    }
}

/// A calendar date without time zone.
public struct ISODate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int, month: Int, day: Int

    public init?(_ s: String) {
        let parts = s.prefix(10).split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), (1...31).contains(d) else { return nil }
        year = y; month = m; day = d
    }

    public var description: String { String(format: "%04d-%02d-%02d", year, month, day) }
    public static func < (a: ISODate, b: ISODate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
}
