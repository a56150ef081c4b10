import Foundation
import Orders
import AnswerEngine
import KnowledgeStore
import Workspace

/// The sample workspace (the repository root) as the order and formatting tests read it.
enum OrdersFixture {
    static let root: URL = {
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: dir.appendingPathComponent("kbkit.yaml").path) {
            dir = dir.deletingLastPathComponent()
        }
        return dir
    }()

    static func workspace() throws -> Workspace { try Workspace.open(root) }

    /// A fresh embedded ERP: every call loads kb/erp again, so a test that cancels an order
    /// changes only its own copy.
    static func erp() throws -> EmbeddedERP {
        let ws = try workspace()
        return try EmbeddedERP(folder: ws.url(ws.settings.paths.erp), displayFolder: ws.settings.paths.erp)
    }

    /// One ERP shared by the tests that only read (none of them may cancel through it).
    static let sharedERP: Result<EmbeddedERP, any Error> = Result { try erp() }

    static func readOnlyConnector() throws -> EmbeddedOrderConnector { EmbeddedOrderConnector(erp: try sharedERP.get()) }

    static func markets() throws -> [String: Market] {
        try WorkspaceContent.load(try workspace(), evalsets: false).markets
    }
}
