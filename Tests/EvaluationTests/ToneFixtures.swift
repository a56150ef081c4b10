import Foundation
import Workspace
@testable import Evaluation

/// The sample workspace's market profiles (the repository root is the workspace), loaded once for
/// all tone tests.
enum ToneFixtures {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private static let loaded: Result<[String: Market], WorkspaceError> = {
        do { return .success(try WorkspaceContent.load(try Workspace.open(repo), evalsets: false).markets) }
        catch let e as WorkspaceError { return .failure(e) }
        catch { return .failure(WorkspaceError(file: repo.path, message: "\(error)")) }
    }()

    static func market(_ id: String) throws -> Market {
        guard let m = try loaded.get()[id] else { throw WorkspaceError(file: "kb/markets", message: "no market \(id)") }
        return m
    }

    static func markets() throws -> [Market] { try loaded.get().values.sorted { $0.id < $1.id } }

    static func check(_ text: String, market: String, language: String, upset: Bool = false) throws -> ToneReport {
        ToneChecker(market: try Self.market(market)).check(text, language: language, customerUpset: upset)
    }

    /// A sentence per KB language that neither addresses the customer nor apologises: it must not
    /// change any rule's verdict, and it is long enough for the language check to read it.
    static let neutral: [String: String] = [
        "de": "Die Lieferung dauert in der Regel drei bis sechs Werktage ab dem Versand.",
        "en": "Standard delivery usually takes four to seven working days from dispatch.",
        "es": "El envío estándar suele tardar entre tres y siete días laborables.",
        "fr": "La livraison standard prend généralement trois à six jours ouvrés.",
        "it": "La consegna standard richiede di solito da quattro a sette giorni lavorativi.",
        "nl": "Standaardverzending duurt meestal één tot drie werkdagen na verzending.",
        "pl": "Standardowa dostawa trwa zwykle od trzech do sześciu dni roboczych.",
        "ja": "通常配送の場合、発送から五から九営業日でお届けとなります。",
        "th": "การจัดส่งแบบปกติใช้เวลาประมาณเจ็ดถึงสิบสองวันทำการ",
        "vi": "Thời gian giao hàng tiêu chuẩn thường từ bảy đến mười bốn ngày làm việc.",
        "id": "Pengiriman standar biasanya memakan waktu tujuh sampai empat belas hari kerja.",
        "ms": "Penghantaran standard biasanya mengambil masa enam hingga dua belas hari bekerja.",
        "fil": "Karaniwang inaabot ng pito hanggang labing-apat na araw ng trabaho bago dumating ang padala.",
        "zh": "标准配送通常需要四到七个工作日。",
    ]

    /// Every (market, language) pair of the sample workspace.
    static func marketLanguages() throws -> [(Market, String)] {
        try markets().flatMap { m in m.languages.map { (m, $0) } }
    }
}

extension ToneReport {
    func result(_ id: String) -> ToneRuleResult? { results.first { $0.id == id } }
    func offending(_ id: String) -> [String]? { result(id)?.offending }
    var failedIDs: [String] { failures.map(\.id) }
}
